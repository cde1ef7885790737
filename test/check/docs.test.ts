/**
 * The README's and docs/check.md's tables of criteria and thresholds (and docs/check.md's
 * evidence texts) are generated from the registries: this test fails when they drift. `UPDATE_DOCS=1` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/criteria/index.js';
import { GENERATED, GENERATED_IN, updateGenerated } from '../../src/render/check/docs-tables.js';
import { ROOT } from '../helpers/cli.js';

for (const name of ['README.md', 'docs/check.md']) {
  describe(name, () => {
    const path = join(ROOT, name);
    it('has the generated tables between their markers, up to date', () => {
      let text = readFileSync(path, 'utf8');
      if (process.env.UPDATE_DOCS) {
        text = updateGenerated(text);
        writeFileSync(path, text);
      }
      for (const marker of GENERATED_IN[name]!) expect(text).toContain(`<!-- ${marker}:start -->\n${GENERATED[marker]!()}\n<!-- ${marker}:end -->`);
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
  it('validate, then check with annotations or a JUnit report', () => {
    const gh = readFileSync(join(ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8');
    expect(gh).toContain('ecomplan validate projects/*.ecomplan.yaml --format github');
    expect(gh).toContain('ecomplan check projects --format github');
    const gl = readFileSync(join(ROOT, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8');
    expect(gl).toContain('junit: ecomplan-junit.xml');
  });
});
