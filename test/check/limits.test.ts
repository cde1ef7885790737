/**
 * Issue 24, finding 9: on worker threads, a file that exceeds the time or memory limit of one
 * file is reported as such in its row (not judged, exit 2) and the batch goes on. The limits are
 * lowered through the environment so that a 2.5 MB file (seconds and hundreds of MB) exceeds them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manyKeys } from '../../bench/hostile.js';
import { run } from '../helpers/cli.js';
import { COMPLETE } from './fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecomplan-limits-'));
  mkdirSync(join(dir, 'classe'));
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'classe', `candidat-${String(i).padStart(2, '0')}.ecomplan.yaml`), COMPLETE);
  writeFileSync(join(dir, 'classe', 'candidat-99.ecomplan.yaml'), manyKeys(2_500_000, { same: true }));
});

/** The class table's rows (under its header). */
const rows = (stdout: string) => stdout.split('\n').slice(1, 14);

describe('the limits of one file on worker threads', () => {
  it('a file over the time limit is « not judged », the others are', () => {
    const r = run(['check', 'classe', '--jobs', '2'], { cwd: dir, env: { ECOMPLAN_CHECK_FILE_TIMEOUT_MS: '1500' } });
    expect(r.code).toBe(2);
    const out = rows(r.stdout.replace(/[\u00A0\u202F]/g, ' '));
    expect(out).toHaveLength(13);
    expect(out.filter((l) => l.endsWith('✔'))).toHaveLength(12);
    expect(out[12]).toMatch(/^classe\/candidat-99\.ecomplan\.yaml +– +illisible : Non jugé : la vérification de ce fichier a dépassé 1,50 s$/);
  }, 120_000);
  it('a file over the memory limit is « not judged », the others are', () => {
    const r = run(['check', 'classe', '--jobs', '2', '--format', 'json', '--lang', 'en'], { cwd: dir, env: { ECOMPLAN_CHECK_FILE_MEMORY_MB: '64' } });
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as Array<{ file: string; state: string; diagnostics?: Array<{ code: string; message: string }> }>;
    expect(files.filter((f) => f.state === 'checked')).toHaveLength(12);
    expect(files[12]).toMatchObject({
      file: 'classe/candidat-99.ecomplan.yaml',
      state: 'unreadable',
      diagnostics: [{ code: 'check.file_memory_limit', message: 'Not judged: checking this file needed more than 64 MB of memory' }],
    });
  }, 120_000);
});
