/**
 * `ecomplan check` of a batch on worker threads: the same bytes, exit code and stderr as the
 * one-core run (`--jobs 1`), whatever the format; a broken config stops both runs the same way.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, encode, MIN_FILES_PER_POOL, usePool } from '../../src/cli/run/check-pool.js';
import { Decimal } from '../../src/model/decimal.js';
import { run } from '../helpers/cli.js';
import { COMPLETE, edited, type Edit } from './fixtures.js';

/** The three folders of a batch, named one by one: each is judged with its own config (groupe-1 has one). */
const groups = (dir: string) => [0, 1, 2].map((i) => join(dir, `groupe-${i}`));

/** 14 files (a pool from 12) in 3 folders, one with its own config: variants, one invalid, one unreadable. */
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-parallel-'));
  const sections = ['company', 'inventory', 'shipping', 'channels', 'acquisition', 'legal'];
  for (let i = 0; i < 14; i++) {
    const group = join(dir, `groupe-${i % 3}`);
    mkdirSync(group, { recursive: true });
    let text: string;
    if (i === 5) text = COMPLETE.replace('  start: 2027-01\n', '');
    else if (i === 9) text = 'ecomplan: 1\n\u0000binary';
    else {
      const edits: Edit[] = i % 4 === 0 ? [] : [['delete', [sections[i % sections.length]!]]];
      if (i % 6 === 0) edits.push(['set', ['legal', 'withdrawal_days'], 10]);
      text = edited(edits);
    }
    writeFileSync(join(group, `candidat-${String(i).padStart(2, '0')}.ecomplan.yaml`), text);
  }
  writeFileSync(join(dir, 'groupe-1', '.ecomplanrc.yaml'), 'ignore: [C2.2]\nthresholds:\n  min_order_steps: 6\n');
  return dir;
}

describe('check on every core', () => {
  let dir: string;
  beforeAll(() => {
    dir = batch();
  });
  it.each(['stylish', 'json', 'csv', 'sarif', 'junit', 'md', 'github'])('%s: the same bytes, exit code and stderr as --jobs 1', (format) => {
    const one = run(['check', ...groups(dir), '-f', format, '--jobs', '1']);
    const two = run(['check', ...groups(dir), '-f', format, '--jobs', '2']);
    expect(one.code).toBe(2);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two).toEqual(one);
  });
  it('--lang en and --min-score travel to the workers', () => {
    const args = ['check', ...groups(dir), '-f', 'json', '--lang', 'en', '--min-score', '60', '--ignore', 'C3.5'];
    const two = run([...args, '--jobs', '3']);
    expect(two).toEqual(run([...args, '--jobs', '1']));
    expect(two.stdout).toContain('"C3.5"');
  });
  it('a broken config stops both runs with the same message and diagnostics (exit 2)', () => {
    const broken = batch();
    writeFileSync(join(broken, 'groupe-2', '.ecomplanrc.yaml'), 'tresholds: {}\n');
    const one = run(['check', ...groups(broken), '--jobs', '1']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('Clé inconnue « tresholds »');
    expect(one.stderr).toContain('ecomplan: Configuration invalide');
    expect(run(['check', ...groups(broken), '--jobs', '2'])).toEqual(one);
  });
  it('--jobs takes a whole number from 1', () => {
    const r = run(['check', dir, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/[\u00A0\u202F]/g, ' ')).toBe(
      'ecomplan: Nombre de fils d’exécution invalide « 0 » : un entier à partir de 1 (1 = sans parallélisme)\n  ↳ Sans --jobs, ecomplan utilise tous les cœurs.\n',
    );
  });
});

describe('when a batch goes to workers', () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => `f${i}.yaml`);
  it('never for one job, a small batch or stdin', () => {
    expect(usePool(files(100), 1)).toBe(false);
    expect(usePool(files(MIN_FILES_PER_POOL - 1), 4)).toBe(false);
    expect(usePool([...files(MIN_FILES_PER_POOL), '-'], 4)).toBe(false);
  });
  it('Decimals cross the thread boundary digit for digit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 40 }), (n, scale) => {
        const d = new Decimal(n.toString()).div(new Decimal(10).pow(scale));
        const back = decode(structuredClone(encode({ a: [d, { b: d }], s: 'x', n: 1 }))) as {
          a: [Decimal, { b: Decimal }];
          s: string;
          n: number;
        };
        expect(back.a[0].eq(d) && back.a[1].b.toString() === d.toString()).toBe(true);
        expect(back.a[0]).toBeInstanceOf(Decimal);
        expect([back.s, back.n]).toEqual(['x', 1]);
      }),
    );
  });
  it('a key named __proto__ stays data', () => {
    const o = JSON.parse('{"__proto__": {"polluted": 1}}') as object;
    const back = decode(encode(o)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__']);
  });
});
