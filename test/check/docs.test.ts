/**
 * The README's and docs/check.md's tables of criteria and thresholds are generated
 * from the registries: this test fails when they drift. `UPDATE_DOCS=1` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/criteria/index.js';
import { GENERATED, updateGenerated } from '../../src/render/check/docs-tables.js';
import { ROOT } from '../helpers/cli.js';

for (const name of ['README.md', join('docs', 'check.md')]) {
  describe(name, () => {
    const path = join(ROOT, name);
    it('has the generated tables between their markers, up to date', () => {
      let text = readFileSync(path, 'utf8');
      if (process.env.UPDATE_DOCS) {
        text = updateGenerated(text);
        writeFileSync(path, text);
      }
      for (const [marker, make] of Object.entries(GENERATED)) expect(text).toContain(`<!-- ${marker}:start -->\n${make()}\n<!-- ${marker}:end -->`);
      expect(updateGenerated(text)).toBe(text);
    });
  });
}

describe('the criteria table', () => {
  it('has one row per criterion, in order', () => {
    const rows = GENERATED.criteria!().split('\n').slice(2);
    expect(rows.map((r) => r.split(' | ')[0]!.slice(2))).toEqual(CRITERIA.map((c) => c.id));
  });
});

describe('the CI examples', () => {
  it('validate, then check with annotations or a JUnit report, with the trainer’s config and a minimum score on every check', () => {
    const gh = readFileSync(join(ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8');
    expect(gh).toContain('ecomplan validate projects/*.ecomplan.yaml --format github');
    expect(gh).toContain('ecomplan check projects --config "$RUNNER_TEMP/ecomplanrc.yaml" --format github --min-score 80');
    const gl = readFileSync(join(ROOT, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8');
    expect(gl).toContain('junit: ecomplan-junit.xml');
    // Issue 24: a candidate's own .ecomplanrc.yaml in the repository never judges them.
    for (const ci of [gh, gl])
      for (const line of ci.split('\n').filter((l) => l.includes('ecomplan check '))) expect(line).toMatch(/--config "\$\w+(\/ecomplanrc\.yaml)?" .*--min-score 80|--min-score 80 .*--config/);
  });
});
