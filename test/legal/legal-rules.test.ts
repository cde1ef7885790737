import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGAL_RULES_FR, RULES_DATE, legalRule } from '../../src/model/rules-fr.js';
import { date } from '../../src/render/helpers.js';
import { ROOT } from '../helpers/cli.js';

describe('dated legal rules (issue 12, items 11–12; issue 20)', () => {
  it('each rule has a source and a date not after the rules date', () => {
    for (const r of LEGAL_RULES_FR) {
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.inForceFrom <= RULES_DATE, r.id).toBe(true);
      expect(r.inForceFrom, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(LEGAL_RULES_FR.map((r) => r.id)).size).toBe(LEGAL_RULES_FR.length);
    expect(legalRule('withdrawal_function').inForceFrom).toBe('2026-06-19');
    expect(legalRule('late_delivery_refund').source).toContain('L216-3');
    expect(legalRule('guarantee_harmonised_notice').inForceFrom).toBe('2026-09-27');
  });

  it('the rules date is the latest date of the table', () => {
    expect(RULES_DATE).toBe(
      [...LEGAL_RULES_FR]
        .map((r) => r.inForceFrom)
        .sort()
        .at(-1),
    );
  });

  /** Each page: where it gives the rules date, and the word its table uses for each certainty. */
  const PAGES = [
    {
      page: join('docs', 'legal.md'),
      dateSentence: `actuellement le **${date(RULES_DATE, 'fr')}**`,
      certainty: { primary: 'primaire', secondary: 'secondaire', uncertain: 'incertaine' },
    },
    {
      page: join('docs', 'en', 'legal.md'),
      dateSentence: `currently **${date(RULES_DATE, 'en').replace(/^(\w+) (\d+), (\d+)$/, '$2 $1 $3')}**`,
      certainty: { primary: 'primary', secondary: 'secondary', uncertain: 'uncertain' },
    },
  ] as const;

  for (const { page, dateSentence, certainty } of PAGES)
    it(`${page} gives the rules date and every row of the table, in order, with its date and certainty`, () => {
      const md = readFileSync(join(ROOT, page), 'utf8');
      expect(md).toContain(dateSentence);
      const table = md.slice(md.indexOf('<!-- rules-table -->'), md.indexOf('<!-- /rules-table -->'));
      const rows = [...table.matchAll(/^\| `([a-z_]+)` \| (\d{4}-\d{2}-\d{2}) \| [^|]+ \| ([^|]+) \| [^|]+ \|$/gm)].map((m) => [m[1], m[2], m[3]]);
      expect(rows).toEqual(LEGAL_RULES_FR.map((r) => [r.id, r.inForceFrom, certainty[r.certainty]]));
    });
});
