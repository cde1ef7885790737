/**
 * Issue 24, finding 3: order exports are read within a budget of lines and cells for the whole
 * run (every export of `actuals` or `report --actuals`): 49 MB of one-line orders took 2.7 GB
 * (3.7 GB with the dossier), 49 MB of one-letter cells 1.7 GB. Over the budget, a located message
 * (exit 1) before anything is parsed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBudget, spendExport } from '../../src/cli/run/actuals-limits.js';
import { example, run } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'ecomplan-actuals-limits-'));
const PROJECT = example('bougies-atelier-lumiere.ecomplan.yaml');
const MAPPING = join(DIR, 'colonnes.yaml');
writeFileSync(MAPPING, 'order_id: o\ndate: d\nquantity: q\nsku: s\nunit_price: p\ntotal: t\n');

/** An export of `count` one-line orders in the mapping's columns. */
function orders(name: string, count: number): string {
  const lines = ['o,d,q,s,p,t'];
  for (let n = 0; n < count; n++) lines.push(`${n},2027-03-1${n % 9},1,bougie-classique,24,24`);
  const path = join(DIR, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('the budget of the exports of a run', () => {
  it('200 000 lines: the line after them is located, before anything is parsed', () => {
    const path = orders('a.csv', 200_000);
    const r = run(['actuals', PROJECT, path, '--mapping', MAPPING]);
    expect(r.code).toBe(1);
    expect(plain(r.stderr)).toContain(`${path}:200001:1  erreur  Export trop long : plus de 200 000 lignes pour l’ensemble des exports`);
  });
  it('the budget is for all the exports of the run', () => {
    const budget = exportBudget();
    const lines = (n: number) => new TextEncoder().encode(`o;d\n${'1;2\n'.repeat(n - 1)}`);
    expect(spendExport(lines(150_000), budget)).toBeUndefined();
    expect(budget).toEqual({ lines: 50_000, cells: 8_000_000 - 300_000 });
    expect(spendExport(lines(60_000), budget)).toMatchObject({ code: 'actuals.too_many_lines', line: 50_001 });
  });
  it('8 000 000 cells (one-letter cells) are refused the same way', () => {
    const path = join(DIR, 'cells.csv');
    writeFileSync(path, `o,d,q,s,p,t\n${'x,'.repeat(8_000_000)}x\n`);
    const r = run(['report', PROJECT, '--actuals', path, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(plain(r.stderr)).toContain(`${path}:2:1  erreur  Export trop dense : plus de 8 000 000 cellules pour l’ensemble des exports`);
  });
});
