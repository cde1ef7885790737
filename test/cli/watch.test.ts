/**
 * `ecomplan watch` from the command line (issue 23, item 1): refusals before any server starts (exit 2),
 * and one spawned run stopped by Ctrl-C (SIGINT): it prints its address, serves, then stops cleanly —
 * exit 0, nothing listens any more.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, run } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ecomplan-watch-cli-'));
const file = join(dir, 'projet.ecomplan.yaml');
copyFileSync(join(ROOT, 'test/fixtures/forecast/atelier.ecomplan.yaml'), file);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ecomplan watch: refused before serving (exit 2)', () => {
  it('a missing file, stdin, a port out of range', () => {
    const missing = run(['watch', join(dir, 'absent.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Fichier introuvable');
    const stdin = run(['watch', '-']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('l’entrée standard (« - ») ne peut pas être surveillée');
    const port = run(['watch', file, '--port', '70000', '--lang', 'en']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('Invalid port `70000`: a number from 0 to 65535 is expected');
  });

  it('a port already taken says so, with a hint', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen({ host: '127.0.0.1', port: 0 }, done));
    const port = (taken.address() as { port: number }).port;
    try {
      const r = run(['watch', file, '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Le port ${port} est déjà utilisé`);
      expect(r.stderr).toContain('--port');
    } finally {
      taken.close();
    }
  });
});

describe('ecomplan watch: Ctrl-C stops it cleanly', () => {
  it('prints the loopback address, serves the page, and on SIGINT closes everything and exits 0', async () => {
    const child = spawn(process.execPath, [BIN, 'watch', file], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (b) => void (stderr += b));
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (b) => {
        stdout += b;
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (m) done(m[0]);
      });
      child.on('exit', () => fail(new Error(`watch exited early: ${stderr}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<iframe id="dossier"');
    const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stdout).toContain('Arrêté : plus rien n’écoute.');
    expect(stderr).toContain('✔ version 1 : dossier à jour');
    await expect(fetch(url)).rejects.toThrow();
  });
});
