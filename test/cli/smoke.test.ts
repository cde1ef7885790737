/**
 * The real launcher, spawned (`node bin/ecomplan.js …`): the rest of the CLI tests run in
 * process through `main(argv, io)`; these few prove the launcher, its exit code, its
 * streams and its stdin are wired the same way.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, ROOT, run, spawnRun } from '../helpers/cli.js';

const KISSA = example('the-kissa-import.ecomplan.yaml');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('node bin/ecomplan.js, spawned', () => {
  it('--version prints the package version, exit 0', () => {
    expect(spawnRun(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
  it('validate: a valid example exits 0 and says so', () => {
    expect(spawnRun(['validate', 'examples/the-kissa-import.ecomplan.yaml'])).toEqual({
      code: 0,
      stdout: '✔ examples/the-kissa-import.ecomplan.yaml : projet valide\n',
      stderr: '',
    });
  });
  it('forecast from stdin (-): the same bytes as in process, exit 0', () => {
    const text = readFileSync(KISSA, 'utf8');
    const spawned = spawnRun(['forecast', '-', '--scenario', 'all'], { input: text });
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toContain('Synthèse des scénarios');
    expect(spawned.stderr).toBe('');
    expect(spawned).toEqual(run(['forecast', '-', '--scenario', 'all'], { input: text }));
  });
  it('a missing file: one located line on stderr, exit 2, no stack trace', () => {
    const r = spawnRun(['validate', 'examples/nope.ecomplan.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^examples\/nope\.ecomplan\.yaml:1:1 +erreur +Fichier introuvable\n/);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.stderr).toBe('');
  });
  it('a reader that closes early is not an error (EPIPE)', () => {
    const cmd = `"${process.execPath}" bin/ecomplan.js forecast "${KISSA}" --scenario all --format json --monthly | head -c 1; echo " \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('{ 0\n');
    expect(r.stderr).toBe('');
  });
});
