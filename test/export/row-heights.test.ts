/**
 * Wrapped headers of the workbook (issue 23, item 5): the two-line year headers used to overlap the
 * first row of figures when LibreOffice opened the file (no row height was set). Checked on
 * LibreOffice's own PDF export, read back with pdftotext (Debian poppler-utils, installed by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/export/index.js';
import { wrappedLayout, wrappedLines } from '../../src/export/row-heights.js';
import { writeXlsx } from '../../src/export/xlsx.js';
import { loadProject } from '../../src/model/load.js';
import { exampleFiles } from '../helpers/projects.js';
import { findSoffice } from './recalc.js';

describe('wrapped header cells: lines counted between words', () => {
  it('packs whole words into the column, a word longer than the column takes its own lines', () => {
    // capacity of a 24-wide column: floor(23 × 0.85) = 19 characters
    expect(wrappedLines('Année 1 (septembre 2027 – août 2028)', 24)).toBe(2);
    expect(wrappedLines('Prix HT', 24)).toBe(1);
    expect(wrappedLines('a b c', 2)).toBe(3);
    expect(wrappedLines('Contribution', 5)).toBe(4); // capacity 3: 12 letters on 4 lines
  });

  it('every wrapped header of the workbook: a column as wide as its longest word, a row as tall as its text', async () => {
    const project = (await loadProject(exampleFiles().find((f) => f.includes('kissa'))!)).project!;
    const wb = buildWorkbook(project, { scenario: 'base', lang: 'fr' });
    const income = wb.sheets.find((s) => s.name === 'Compte de résultat')!;
    const { widths, heights } = wrappedLayout(income);
    // Row 3 holds « Année 1 (septembre 2027 – août 2028) »: two lines of 15 points.
    expect(heights.get(3)).toBe(30);
    expect(widths[1]).toBe(24);
    const hyp = wrappedLayout(wb.sheets[0]!);
    expect(Math.min(...hyp.widths.filter((w) => w !== undefined))).toBeGreaterThan(0);
  });
});

describe('the workbook in LibreOffice: year headers above the figures, not over them', () => {
  it('the income statement exported to PDF by LibreOffice: the header’s second line, then the revenue line alone', async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
    const project = (await loadProject(exampleFiles().find((f) => f.includes('kissa'))!)).project!;
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-lo-pdf-'));
    try {
      mkdirSync(join(dir, 'profile'));
      const xlsx = join(dir, 'plan.xlsx');
      writeFileSync(xlsx, await writeXlsx(buildWorkbook(project, { scenario: 'base', lang: 'fr' })));
      execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
        stdio: 'pipe',
        timeout: 170_000,
        env: { ...process.env, HOME: dir },
      });
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
      const lines = text.split('\n');
      const title = lines.findIndex((l) => l.trim() === 'Compte de résultat prévisionnel');
      expect(title).toBeGreaterThan(0);
      const header = lines.findIndex((l, i) => i > title && l.includes('Année 1 (septembre 2027'));
      // The header's second line holds only its end; the revenue line follows with its figures and nothing of the header.
      expect(lines[header + 1]!.trim()).toMatch(/^– août 2028\)\s+– août 2029\)\s+– août 2030\)$/);
      // Amounts as LibreOffice's locale writes them (62,175.69 € or 62 175,69 €).
      const amount = (whole: string, cents: string) => `${whole.replace(/(\d)(\d{3})$/, '$1[ ,.\u00a0\u202f]?$2')}[.,]${cents} €`;
      expect(lines[header + 2]).toMatch(new RegExp(`^Chiffre d’affaires HT\\s+${amount('62175', '69')}\\s+${amount('103451', '18')}\\s+${amount('142413', '14')}$`));
      expect(readFileSync(join(dir, 'plan.pdf')).length).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
