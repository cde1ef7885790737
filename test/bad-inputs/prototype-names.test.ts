/**
 * Issue 24, finding 6: names of Object.prototype (`toString`, `constructor`…) as ids, supplier
 * criteria and score keys are data like any other. The example with its ids renamed so gives the
 * same verdicts and figures, and every command answers; a criterion named `toString` that no
 * supplier scores leaves C2.1 partial (it passed: `scores.toString` is a function).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers/cli.js';

const BOUGIES = readFileSync(example('bougies-atelier-lumiere.ecomplan.yaml'), 'utf8');

/** Ids (as whole ids) and the prototype names they become. */
const RENAME: Array<[string, string]> = [
  ['bougie-classique', 'toString'],
  ['bougie-grand-modele', 'constructor'],
  ['fondants-parfumes', 'valueOf'],
  ['cire-soja', 'hasOwnProperty'],
  ['cire-du-sud', 'isPrototypeOf'],
  ['cirexport', 'propertyIsEnumerable'],
  ['etsy', 'toLocaleString'],
  ['claire', 'valueOf'],
];

function renamed(): string {
  let text = BOUGIES;
  for (const [from, to] of RENAME) text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}_.-])${from}(?![\\p{L}\\p{N}_.-])`, 'gu'), to);
  // The supplier criteria (with every supplier's scores): prix, délai, RSE → toString, constructor, valueOf.
  return text.replace(/(\{ name: |, |\{ )(prix|délai|RSE)(?=[:,])/g, (_m, lead: string, name: string) => `${lead}${{ prix: 'toString', délai: 'constructor', RSE: 'valueOf' }[name]}`);
}

const json = (args: string[], input: string) => {
  const r = run([...args, '-', '--format', 'json'], { input });
  expect([args.join(' '), r.code, r.stderr]).toEqual([args.join(' '), 0, '']);
  return JSON.parse(r.stdout);
};

describe('prototype names as ids, criteria and score keys', () => {
  it('the renamed example: the same verdicts and figures', () => {
    const text = renamed();
    expect(text).toContain('{ name: toString, weight: 25% }');
    expect(text).toContain('scores: { qualité: 4, toString: 3, constructor: 5, valueOf: 4 }');
    const statuses = (t: string) => json(['check'], t).files[0].criteria.map((c: { id: string; status: string }) => `${c.id} ${c.status}`);
    expect(statuses(text)).toEqual(statuses(BOUGIES));
    const totals = (t: string) => json(['forecast'], t).years.map((y: { revenue_ht: string; result_before_tax: string }) => [y.revenue_ht, y.result_before_tax]);
    expect(totals(text)).toEqual(totals(BOUGIES));
  });
  it('every command answers on it', () => {
    const text = renamed();
    for (const args of [['report', '--format', 'md'], ['margin'], ['stock'], ['sensitivity'], ['legal'], ['forecast', '--format', 'csv', '--scenario', 'all']]) {
      const r = run([args[0]!, '-', ...args.slice(1)], { input: text });
      expect([args.join(' '), r.code, r.stderr.includes('Erreur interne')]).toEqual([args.join(' '), 0, false]);
    }
  });
  it('a criterion named toString that no supplier scores leaves C2.1 partial', () => {
    const text = BOUGIES.replace('- { name: RSE, weight: 15% }', '- { name: RSE, weight: 10% }\n      - { name: toString, weight: 5% }');
    const c21 = json(['check'], text).files[0].criteria.find((c: { id: string }) => c.id === 'C2.1');
    expect(c21.status).toBe('partial');
    expect(c21.gaps[0]).toMatchObject({ id: 'gap.supplier_unscored', data: { criteria: ['toString'] } });
    const r = run(['report', '-', '--format', 'md'], { input: text });
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});
