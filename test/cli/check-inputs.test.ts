/** `ecomplan check` over inputs that hold no project: say what it looks for. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecomplan-check-inputs-'));
  mkdirSync(join(dir, 'classe'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check: an empty folder or a glob that matches nothing', () => {
  it('exit 2, located message and a hint naming what is searched', () => {
    const r = run(['check', 'classe'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stdout.replace(/[\u00A0\u202F]/g, ' ').split('\n');
    expect(lines[0]).toBe('classe:1:1  erreur  Aucun fichier de projet trouvé pour « classe »');
    expect(lines[1]).toBe("    ↳ Un dossier est parcouru pour les fichiers *.ecomplan.yaml et les .yaml qui commencent par « ecomplan: » ; un motif s’écrit entre guillemets ('classe/**/*.yaml').");
  });
  it('in English', () => {
    const r = run(['check', 'nothing/*.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'nothing/*.yaml:1:1  error  No project file found for `nothing/*.yaml`',
      "    ↳ A folder is searched for *.ecomplan.yaml files and .yaml files starting with `ecomplan:`; quote a glob pattern ('classe/**/*.yaml').",
    ]);
  });
});
