/**
 * The HTML dossier of a project (`ecomplan report <project> -o dossier.html`), written once per
 * test process and shared by the browser test files that open it: each test opens it in a page
 * of its own and none changes the file. Rendering it is the costly part (forecast, sensitivity,
 * charts), and the output is the same bytes for the same project.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { run } from '../helpers/cli.js';

const written = new Map<string, string>();

export function dossierHtml(project: string): string {
  const done = written.get(project);
  if (done) return done;
  const file = join(mkdtempSync(join(tmpdir(), 'ecomplan-dossier-')), 'dossier.html');
  const r = run(['report', project, '-o', file]);
  expect(r.code, r.stderr).toBe(0);
  written.set(project, file);
  return file;
}
