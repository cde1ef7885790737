/**
 * Issue 13 #10 and item 5: an interrupted write leaves nothing behind and exits 130 (SIGINT) or
 * 143 (SIGTERM); `legal` and `report` with charts write their files as one set. Signals need a
 * real process: these tests run the built CLI (npm run build first).
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, example } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

/** Start a command whose write pauses once its temporary files exist; interrupt it then. */
async function interrupted(args: string[], folder: string, signal: 'SIGINT' | 'SIGTERM'): Promise<number | null> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1', ECOMPLAN_TEST_WRITE_PAUSE_MS: '20000' },
    stdio: 'ignore',
  });
  const started = Date.now();
  while (!readdirSync(folder).some((f) => f.startsWith('.')) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
  child.kill(signal);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('interrupts', () => {
  it('SIGINT in the middle of report -o x.html: exit 130, no temporary file, no output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-int-'));
    const code = await interrupted(['report', example('bougies-atelier-lumiere.ecomplan.yaml'), '-o', join(dir, 'x.html')], dir, 'SIGINT');
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  }, 90_000);
  it('SIGTERM in the middle of legal -o folder: exit 143, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-term-'));
    const code = await interrupted(['legal', example('bougies-atelier-lumiere.ecomplan.yaml'), '-o', dir], dir, 'SIGTERM');
    expect(code).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  }, 90_000);
});

describe('sets are written all or nothing', () => {
  it('legal writes every draft and leaves no temporary folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-set-'));
    const r = await runInProcess(['legal', example('bougies-atelier-lumiere.ecomplan.yaml'), '-o', dir]);
    expect(r.code).toBe(0);
    const names = readdirSync(dir);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
  });
  it('report --format md into a folder writes the dossier and its charts together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-md-'));
    const r = await runInProcess(['report', example('bougies-atelier-lumiere.ecomplan.yaml'), '--format', 'md', '-o', `${dir}/`]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'dossier.md'))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
