/**
 * Issue 13: a corpus of broken and hostile project files (test/bad-inputs/files), each with its
 * expected exit code, first error code and line (expected.json), run in process over validate,
 * forecast, check, report and legal. Every output format is scanned for leaks: NaN, Infinity,
 * undefined, null, [object Object], unfilled {placeholders}, stack traces.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { leaksInOutput } from './leaks.js';

const DIR = join(ROOT, 'test/bad-inputs/files');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'test/bad-inputs/expected.json'), 'utf8')) as Record<string, { exit: number; code?: string; line?: number }>;
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const RUNS: string[][] = [
  ['validate', '--format', 'stylish'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'github'],
  ['validate', '--lang', 'en'],
  ['forecast'],
  ['forecast', '--format', 'json'],
  ['check'],
  ['check', '--format', 'json'],
  ['check', '--format', 'junit'],
  ['check', '--format', 'sarif'],
  ['check', '--format', 'github'],
  ['check', '--format', 'csv'],
  ['check', '--format', 'md'],
  ['report', '--format', 'md'],
  ['legal'],
];

describe('the bad-input corpus', () => {
  it('holds at least 80 files, each with its expectation', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(80);
    expect(Object.keys(EXPECTED).sort()).toEqual(FILES);
  });

  it.each(FILES)('%s', async (name) => {
    const file = join(DIR, name);
    const want = EXPECTED[name]!;
    const v = await runInProcess(['validate', file, '--format', 'json']);
    expect(v.code).toBe(want.exit);
    const first = (JSON.parse(v.stdout) as Array<{ diagnostics: Array<{ code: string; line: number; severity: string }> }>)[0]!.diagnostics.find((d) => d.severity === 'error');
    expect(first ? { code: first.code, line: first.line } : {}).toEqual(want.code ? { code: want.code, line: want.line } : {});
    for (const [command, ...opts] of RUNS) {
      const r = await runInProcess([command!, file, ...opts]);
      // An invalid or unreadable file stops every command: the same exit code (check: 2 for any file it cannot judge, docs/check.md).
      if (want.exit !== 0) expect([command, opts.join(' '), r.code]).toEqual([command, opts.join(' '), command === 'check' ? 2 : want.exit]);
      expect([command, opts.join(' '), leaksInOutput(r.stdout, r.stderr)]).toEqual([command, opts.join(' '), []]);
      expect(r.stderr).not.toContain('Erreur interne');
    }
  });
});
