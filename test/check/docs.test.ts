/**
 * The criteria and thresholds tables of README.md, docs/check.md (French) and docs/en/README.md,
 * docs/en/check.md (English), and the check pages' evidence texts, are generated from the registries:
 * this test fails when they drift. `UPDATE_DOCS=1` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/criteria/index.js';
import type { Lang } from '../../src/i18n/format.js';
import { GENERATED, GENERATED_IN, updateGenerated } from '../../src/render/check/docs-tables.js';
import { ROOT } from '../helpers/cli.js';

const PAGES: Array<[string, Lang]> = [
  ['README.md', 'fr'],
  ['docs/check.md', 'fr'],
  ['docs/en/README.md', 'en'],
  ['docs/en/check.md', 'en'],
];

for (const [name, lang] of PAGES) {
  describe(name, () => {
    const path = join(ROOT, name);
    it(`has the generated tables between their markers, up to date, in ${lang === 'fr' ? 'French' : 'English'}`, () => {
      let text = readFileSync(path, 'utf8');
      if (process.env.UPDATE_DOCS) {
        text = updateGenerated(text, lang);
        writeFileSync(path, text);
      }
      for (const marker of GENERATED_IN[name]!) expect(text).toContain(`<!-- ${marker}:start -->\n${GENERATED[marker]!(lang)}\n<!-- ${marker}:end -->`);
      expect(updateGenerated(text, lang)).toBe(text);
    });
  });
}

describe('the criteria table', () => {
  it('has one row per criterion, in order, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const rows = GENERATED.criteria!(lang).split('\n').slice(2);
      expect(rows.map((r) => r.split(' | ')[0]!.slice(2))).toEqual(CRITERIA.map((c) => c.id));
    }
  });
  it('is French on French pages: the jury’s words, what passes in French, French typography', () => {
    const fr = GENERATED.criteria!('fr');
    expect(fr.split('\n')[0]).toBe('| ID | Critère (jury) | Pour le valider | Clés lues |');
    expect(fr).toContain('| C2.4 | Délivrer rapidement\u00A0: maîtrise des stocks |');
    expect(fr).not.toContain('Every product');
    expect(GENERATED.thresholds!('fr')).toContain('| `markup_target` | 30% | C2.3 | taux de marque minimal de chaque produit sur son canal principal |');
    expect(GENERATED.thresholds!('en')).toContain('| `markup_target` | 30% | C2.3 | minimum taux de marque of every product on its main channel |');
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
