/**
 * The fuzzer's leak detector tells a leak from the user's own words: a description that says « null » is echoed
 * by the dossier, and that is data, not a leak (found by `npm run fuzz`, seed 751698272, case 14 530).
 */
import { describe, expect, it } from 'vitest';
import { leaksInOutput } from '../bad-inputs/leaks.js';
import { mutate } from './mutate.js';
import { runCase } from './pipeline.js';

describe('leaks against the input', () => {
  it('a word the user wrote is not a leak', () => {
    const input = 'positioning: face à la mode rapide par la preuve : null\n  conseils d’entretien.';
    expect(leaksInOutput('Stratégie : … face à la mode rapide par la preuve : null conseils d’entretien.', '', input)).toEqual([]);
  });

  it('a null the program wrote still is, even when the input holds a null', () => {
    expect(leaksInOutput('Taux de conversion de null % : trop bas', '', 'conversion_rate: null')).toEqual(['null']);
    expect(leaksInOutput('Montant : null', '', 'conversion_rate: null')).toEqual(['null']);
    expect(leaksInOutput('Le mois Infinity est au-delà de l’horizon', '', 'from: Infinity')).toEqual(['Infinity']);
  });

  it('without the input, every match counts (the bad-input corpus)', () => {
    expect(leaksInOutput('la preuve : null conseils', '')).toEqual(['null']);
  });

  it('replays the fuzz case: a description ending in « null » goes through every command with no finding', async () => {
    // The line of « … par la preuve : » in the strategy of the example (line indexes wrap around the file).
    const text = mutate({ example: 2, mutations: [{ kind: 'value', line: 412, value: 'null' }] });
    expect(text).toContain('par la preuve : null');
    const r = await runCase(text, { full: true });
    expect(r.valid).toBe(true);
    expect(r.findings).toEqual([]);
  }, 120_000);
});
