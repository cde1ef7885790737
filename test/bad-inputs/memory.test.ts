/**
 * Issue 24, finding 3: 1 000 products × 1 000 channels (a 190 KB file) made `report` die of a heap
 * overflow at 4.7 GB and `margin --format csv` fail with « Invalid string length »: a million
 * unit-economics rows, computed for every scenario. The rows (products with their alternative
 * strategies × channels) are limited to 50 000, a located error in every command.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productsByChannels } from '../../bench/hostile.js';
import { run } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'ecomplan-memory-'));
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('products × channels', () => {
  it('1 000 × 1 000: a located error, in validate, margin and report', () => {
    const file = join(DIR, 'grand.ecomplan.yaml');
    writeFileSync(file, productsByChannels(1000, 1000));
    const message = `${file}:8:1  erreur  1 000 produits (stratégies alternatives comprises) × 1 000 canaux = 1 000 000 lignes d’économie unitaire : au plus 50 000  (channels)`;
    const v = run(['validate', file]);
    expect([v.code, plain(v.stdout)]).toEqual([1, expect.stringContaining(message)]);
    // The same error stops margin and report, before any computation (a smaller file over the limit: 300 × 200).
    const over = join(DIR, 'over.ecomplan.yaml');
    writeFileSync(over, productsByChannels(300, 200));
    for (const args of [
      ['margin', '--format', 'csv'],
      ['report', '--format', 'md'],
    ]) {
      const r = run([args[0]!, over, ...args.slice(1)]);
      expect([args[0], r.code, plain(r.stderr)]).toEqual([args[0], 1, expect.stringContaining('300 produits (stratégies alternatives comprises) × 200 canaux = 60 000 lignes')]);
    }
  });
  it('1 000 × 50 is within the limit', () => {
    const file = join(DIR, 'moyen.ecomplan.yaml');
    writeFileSync(file, productsByChannels(1000, 50));
    expect(run(['validate', file]).code).toBe(0);
  });
});
