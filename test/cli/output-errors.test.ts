/** `-o` to a path that cannot be written is a user's mistake: one line, a hint, exit 2 — not an internal error. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, run } from '../helpers/cli.js';

const KISSA = example('the-kissa-import.ecomplan.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecomplan-output-'));
  writeFileSync(join(dir, 'afile'), 'keep');
  mkdirSync(join(dir, 'adir'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('-o to a path that cannot be written', () => {
  it('under a file: says a file stands where a folder is needed', () => {
    const r = run(['forecast', KISSA, '-o', 'afile/prev.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ecomplan: Impossible d’écrire afile/prev.txt : un élément du chemin est un fichier, pas un dossier\n  ↳ Choisissez un autre chemin avec -o.\n');
  });
  it('onto a folder, with --force: says it is a folder (English)', () => {
    const r = run(['forecast', KISSA, '-o', 'adir', '--force', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ecomplan: Cannot write adir: it is a folder\n  ↳ Choose another path with -o.\n');
    expect(readdirSync(dir).sort()).toEqual(['adir', 'afile']); // no temporary file left behind
  });
});
