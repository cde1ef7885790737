/**
 * Issue 24, findings 2 and 9: small files that cost super-linear time (a backtracking regex, an
 * unbounded « did you mean », the YAML parser's duplicate-key check), generated at 1 MB by
 * bench/hostile.js. Each must give its located answer within a generous bound (60 s, where the
 * linear code takes about a second and the super-linear one minutes to hours); the bench
 * (`npm run bench -- --only hostile`) measures them at 5 MB.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indentSpaces, longNames, manyKeys, recipientParens, transfersSpaces } from '../../bench/hostile.js';
import { closest } from '../../src/model/suggest.js';
import { run } from '../helpers/cli.js';

const SIZE = 1_000_000;
const BOUND_MS = 60_000;
const DIR = mkdtempSync(join(tmpdir(), 'ecomplan-hostile-'));

function file(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

interface Diag {
  code: string;
  line: number;
  path: string;
  message: string;
}
const validate = (path: string) => {
  const r = run(['validate', path, '--format', 'json'], { timeoutMs: BOUND_MS });
  return { code: r.code, diagnostics: (JSON.parse(r.stdout) as Array<{ diagnostics: Diag[] }>)[0]!.diagnostics };
};
const check = (path: string) => {
  const r = run(['check', path, '--format', 'json'], { timeoutMs: BOUND_MS });
  return { code: r.code, file: JSON.parse(r.stdout).files[0] as { criteria: Array<{ id: string; status: string; gaps: Array<{ id: string }> }> } };
};

describe('linear on 1 MB hostile inputs (a generous bound, not a timing)', () => {
  it(
    'C5.4 reads a `transfers` text of « aucun », spaces and a letter as a declared transfer',
    () => {
      const path = file('transfers.ecomplan.yaml', transfersSpaces(SIZE));
      expect(validate(path).code).toBe(0);
      const { file: f } = check(path);
      expect(f.criteria.find((c) => c.id === 'C5.4')!.status).toBe('pass');
    },
    2 * BOUND_MS,
  );
  it(
    'C5.4 compares a recipient made of a million `(` with every tool',
    () => {
      const path = file('parens.ecomplan.yaml', recipientParens(SIZE));
      const { file: f } = check(path);
      expect(f.criteria.find((c) => c.id === 'C5.4')!.gaps.map((g) => g.id)).toEqual(['gap.rgpd_recipient_not_tool']);
    },
    2 * BOUND_MS,
  );
  it(
    'a key under a line of spaces is located without backtracking over the spaces',
    () => {
      const v = validate(file('indent.yaml', indentSpaces(SIZE)));
      expect(v.code).toBe(1);
      expect(v.diagnostics[0]).toMatchObject({ code: 'yaml.syntax', line: 3 });
    },
    BOUND_MS,
  );
  it(
    'references 40 000 characters long get no « did you mean » (it would compare them letter by letter)',
    () => {
      const v = validate(file('long.ecomplan.yaml', longNames(SIZE)));
      expect(v.code).toBe(1);
      expect(v.diagnostics.length).toBeGreaterThan(20);
      expect(new Set(v.diagnostics.map((d) => d.code))).toEqual(new Set(['ref.unknown']));
    },
    BOUND_MS,
  );
  it(
    '77 000 duplicate keys: read in one pass, the first 500 located, the others counted (finding 9)',
    () => {
      const v = validate(file('keys.yaml', manyKeys(SIZE, { same: true })));
      expect(v.code).toBe(1);
      expect(v.diagnostics).toHaveLength(501);
      expect(v.diagnostics[0]).toMatchObject({ code: 'yaml.duplicate_key', line: 8, path: 'suppliers.list[0].scores.k' });
      expect(v.diagnostics[500]).toMatchObject({ code: 'file.too_many_problems', line: 507 });
      expect(v.diagnostics[500]!.message.replace(/[\u00A0\u202F]/g, ' ')).toMatch(/^… et 76 \d{3} autre\(s\) problème\(s\) non affiché\(s\) : seuls les 500 premiers le sont$/);
    },
    BOUND_MS,
  );
});

describe('« did you mean » is bounded', () => {
  it('no suggestion for a word or candidate beyond a few dozen characters', () => {
    expect(closest('fournisseur-principal-du-sud', ['fournisseur-principal-du-sud-2'])).toBe('fournisseur-principal-du-sud-2');
    const long = 'x'.repeat(100);
    expect(closest(`${long}a`, [`${long}b`])).toBeUndefined();
    expect(closest('cire', [`${long}b`, 'cires'])).toBe('cires');
  });
});
