/**
 * The dossier as PDF (issue 12, items 1 and 4): read back with `pdftotext` (Debian
 * poppler-utils, installed by .ci/run), every year of the cash plan holds its twelve
 * months; the file carries a title, a language and tags, and no time stamp.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import { run } from '../helpers/cli.js';
import { exampleFiles, projectName } from '../helpers/projects.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The first PDF printed for each project: the reproducibility test compares it with a second print. */
const printed = new Map<string, string>();

function pdf(project: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ecomplan-pdf-')), 'dossier.pdf');
  const r = run(['report', project, '--format', 'pdf', '-o', file]);
  expect(r.code, r.stderr).toBe(0);
  if (!printed.has(project)) printed.set(project, file);
  return file;
}

describe('report --format pdf, read back', () => {
  it.each(exampleFiles().map((p) => [projectName(p), p]))('%s: the cash plan of each year holds its 12 months and the total', (_name, project) => {
    const file = pdf(project);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const p = loadText({ name: project, text: readFileSync(project, 'utf8') }).project!;
    const years = Math.ceil(p.project.horizon_months / 12);
    const start = text.indexOf('Plan de trésorerie\n');
    expect(start).toBeGreaterThan(0);
    const cash = text.slice(start, text.indexOf('Trésorerie la plus basse :', start));
    for (let n = 1; n <= years; n++) {
      const from = cash.search(new RegExp(`Année ${n}[ ,(]`));
      const to = n < years ? cash.search(new RegExp(`Année ${n + 1}[ ,(]`)) : cash.length;
      expect(from, `year ${n}`).toBeGreaterThanOrEqual(0);
      const year = cash.slice(from, to);
      // A month as a column header: its name not followed by a year (captions say « juillet 2027 »).
      const missing = MONTHS.filter((m) => !new RegExp(`(^|\\s)${m}(?!\\s+\\d{4})(\\s|$)`, 'm').test(year));
      expect(missing, `year ${n}`).toEqual([]);
      expect(year).toContain(`Total année ${n}`);
    }
  });

  it('has the banker’s sections, and its balance sheet balances as printed (issue 19)', () => {
    const project = exampleFiles().find((f) => f.includes('kissa')) as string;
    const text = execFileSync('pdftotext', ['-layout', printed.get(project) ?? pdf(project), '-'], { encoding: 'utf8' });
    for (const title of ['Bilan prévisionnel', 'Soldes intermédiaires de gestion', 'Capacité d’autofinancement et remboursement', 'Tableau d’emprunt', 'Plan de financement à 3 ans'])
      expect(text, title).toContain(title);
    const totals = (label: string) => {
      const line = text.split('\n').find((l) => l.trim().startsWith(label))!;
      return [...line.matchAll(/-?[\d\u202f\u00a0 ]+,\d\d\s€/g)].map((m) => m[0].replace(/\s/g, ''));
    };
    const assets = totals('Total actif');
    expect(assets).toHaveLength(3);
    expect(totals('Total passif')).toEqual(assets);
  });

  it('carries a title, the language and tags, no creation date; the same project gives the same bytes', () => {
    const project = exampleFiles()[0] as string;
    // Two prints of the same project, each by its own `report --format pdf` run (and its own Chromium).
    const a = printed.get(project) ?? pdf(project);
    const b = pdf(project);
    const info = execFileSync('pdfinfo', [a], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Dossier e-commerce — /m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).not.toMatch(/CreationDate|ModDate/);
    expect(readFileSync(a, 'latin1')).toContain('/Lang (fr)');
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});
