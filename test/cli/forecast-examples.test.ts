/**
 * Every forecast command on every shipped example: exit 0, the JSON contracts hold,
 * and the base scenario of an example raises no warning (examples are meant to be sound).
 */
import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers/cli.js';

const FILES = ['bougies-atelier-lumiere.ecomplan.yaml', 'vetements-maison-oree.ecomplan.yaml', 'the-kissa-import.ecomplan.yaml'];
const AMOUNT = /^-?\d+\.\d{2}$/;

describe.each(FILES)('%s', (name) => {
  const file = example(name);

  it('forecast: four tables, no warning in the base scenario', () => {
    const r = run(['forecast', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.months).toHaveLength(36);
    expect(j.years).toHaveLength(3);
    // Examples starting in 2027 use the URSSAF barème (issue 19: no social_rate), whose 2027 row is not published yet.
    expect(j.warnings.filter((w: { code: string }) => w.code !== 'forecast.social_rules_year')).toEqual([]);
    for (const m of j.months) expect(m.cash_end).toMatch(AMOUNT);
    // the cash plan adds up, month by month, to the cent
    let previous = 0n;
    const cents = (s: string) => BigInt(s.replace('.', ''));
    for (const m of j.months) {
      const expected = previous + cents(m.cash_in) - cents(m.cash_out);
      expect(cents(m.cash_end) - expected).toBeGreaterThanOrEqual(-2n);
      expect(cents(m.cash_end) - expected).toBeLessThanOrEqual(2n);
      previous = cents(m.cash_end);
    }
  });

  it('forecast --scenario all, margin, stock, sensitivity exit 0 with their contracts', () => {
    expect(JSON.parse(run(['forecast', file, '--scenario', 'all', '--format', 'json']).stdout).scenarios).toHaveLength(3);
    const margin = JSON.parse(run(['margin', file, '--format', 'json']).stdout);
    expect(margin.rows.length).toBeGreaterThan(0);
    const stock = JSON.parse(run(['stock', file, '--format', 'json']).stdout);
    expect(stock.products.length).toBe(margin.rows.filter((r: { variant: unknown; channel: string }) => r.variant === 'main' && r.channel === margin.rows[0].channel).length);
    const sensitivity = run(['sensitivity', file, '--format', 'json']);
    expect(sensitivity.code).toBe(0);
    expect(JSON.parse(sensitivity.stdout).rows).toHaveLength(9);
  });
});
