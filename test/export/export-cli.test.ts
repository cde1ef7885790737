/** `ecomplan export`: the command's contract (files, refusals, languages) and the workbook's layout. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, engineFigures } from '../../src/export/index.js';
import { loadProject } from '../../src/model/load.js';
import { run } from '../helpers/cli.js';
import { exampleFiles } from '../helpers/projects.js';
import { runInPty } from '../helpers/pty.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'ecomplan-export-'));
const bougies = exampleFiles().find((f) => f.includes('bougies'))!;
const kissa = exampleFiles().find((f) => f.includes('kissa'))!;

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe('ecomplan export --format xlsx', () => {
  it('writes the workbook with -o: eight sheets, formulas without cached values, French formats, frozen headers, A4', async () => {
    const out = join(tmp(), 'plan.xlsx');
    const r = run(['export', kissa, '--format', 'xlsx', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`✔ Tableur écrit : ${out}\n`);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hypothèses', 'Mensuel', 'Compte de résultat', 'Plan de financement', 'Trésorerie', 'Seuil de rentabilité', 'SIG et CAF', 'Bilan']);
    const monthly = wb.getWorksheet('Mensuel')!;
    expect(monthly.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(monthly.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect(monthly.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    // Month 1 in column C; the first line under « Demande » is a formula over « Hypothèses », with no cached result.
    expect(monthly.getCell('C3').value).toBe('septembre 2027');
    const visitors = monthly.getColumn(1).values.indexOf('Visiteurs');
    const cell = monthly.getCell(visitors, 3);
    expect((cell.value as ExcelJS.CellFormulaValue).formula).toMatch(/lever_traffic/);
    expect((cell.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    const revenue = monthly.getColumn(1).values.indexOf('Chiffre d’affaires HT');
    expect(monthly.getCell(revenue, 3).numFmt).toBe('#,##0.00 "€";[Red]-#,##0.00 "€"');
    // A value line says why it is a value.
    const social = monthly.getColumn(1).values.indexOf('Cotisations sociales');
    expect(String(monthly.getCell(social, 1).note)).toMatch(/^Valeur calculée par ecomplan : cotisations selon le barème/);
    // Hypothèses: the conversion rate is a named cell, with its key and line in the project file.
    const hyp = wb.getWorksheet('Hypothèses')!;
    const conv = hyp.getColumn(1).values.indexOf('Taux de conversion');
    expect(hyp.getCell(conv, 2).value).toBe(0.022);
    expect(hyp.getCell(conv, 2).numFmt).toBe('0.0%');
    expect(String(hyp.getCell(conv, 4).value)).toMatch(/^demand\.conversion_rate \(ligne \d+\)$/);
    expect(wb.definedNames.getNames(`Hypothèses!$B$${conv}`)).toEqual(['conversion_rate']);
  });

  it('names the sheets and labels in English with --lang en', async () => {
    const out = join(tmp(), 'plan.xlsx');
    expect(run(['export', bougies, '--lang', 'en', '-o', out]).code).toBe(0);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Assumptions', 'Monthly', 'Income statement', 'Financing plan', 'Cash plan', 'Break-even', 'SIG and CAF', 'Balance sheet']);
    expect(wb.getWorksheet('Monthly')!.getCell('C3').value).toBe('January 2027');
  });

  it('puts the scenario’s multipliers in « Hypothèses » (bougies, pessimistic: traffic −30 %, conversion −20 %, costs +10 %)', () => {
    return loadProject(bougies, undefined, async () => Buffer.from('')).then(({ project }) => {
      const model = buildWorkbook(project!, { scenario: 'pessimistic', lang: 'fr' });
      const hyp = model.sheets[0]!;
      const at = (name: string) => hyp.cells.get(model.names.find((n) => n.name === name)!.ref.replace(/^.*!\$([A-Z]+)\$(\d+)$/, '$1$2'))!.value!.toString();
      expect([at('lever_traffic'), at('lever_conversion'), at('lever_costs')]).toEqual(['0.7', '0.8', '1.1']);
      expect(hyp.cells.get('A1')!.value).toBe('Hypothèses — Atelier Lumière — scénario pessimiste');
    });
  });

  it('refuses to replace a file without --force, replaces it with --force', () => {
    const out = join(tmp(), 'plan.xlsx');
    writeFileSync(out, 'mine');
    const r = run(['export', bougies, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('existe déjà');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(run(['export', bougies, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('gives the same bytes for the same project', () => {
    const dir = tmp();
    for (const name of ['a.xlsx', 'b.xlsx']) expect(run(['export', kissa, '-o', join(dir, name)]).code).toBe(0);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
  });

  it('a project that loses the VAT franchise: the workbook is written and stderr says its formulas keep the declared regime', () => {
    const dir = tmp();
    const file = join(dir, 'seuil.ecomplan.yaml');
    // 10 000 € of sales a month from 2027-01: the goods upper threshold (93 500 €) is crossed in October 2027.
    writeFileSync(
      file,
      `ecomplan: 1
project: { name: Seuils, start: 2027-01, horizon_months: 12 }
company: { legal_form: micro_entreprise, activity: goods, vat_regime: franchise }
products:
  - { id: p, name: P, price: 100, vat_rate: 20%, mix: 100%, strategy: resale, supplier: s, purchase_cost: 10 }
suppliers: { list: [{ id: s, name: S }] }
inventory: { safety_stock_days: 0, cover_days: 0 }
channels: [{ id: site, name: Site, kind: own_site, share: 100% }]
demand: { conversion_rate: 1%, items_per_order: 1 }
acquisition: [{ id: seo, kind: seo, visitors: 10000 }]
`,
    );
    const out = join(dir, 'plan.xlsx');
    const r = run(['export', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `⚠ La franchise en base de TVA est perdue en octobre 2027 : la prévision passe au régime normal, mais les formules du tableur gardent le régime déclaré sur toute la durée (chiffres différents dès ce mois).\n✔ Tableur écrit : ${out}\n`,
    );
    expect(existsSync(out)).toBe(true);
  });

  it('writes to stdout when it is redirected, and refuses a terminal (exit 2, with a hint)', () => {
    const piped = run(['export', bougies]);
    expect(piped.code).toBe(0);
    expect(piped.stdout.slice(0, 2)).toBe('PK');
    const tty = runInPty(['export', bougies], []);
    expect(tty.code).toBe(2);
    expect(tty.output).toContain('Le tableur est un fichier binaire : il ne s’écrit pas dans le terminal');
    expect(tty.output).toContain('Ajoutez -o plan.xlsx');
  });

  it('an invalid project: its diagnostics and exit 1, no file', () => {
    const dir = tmp();
    const bad = join(dir, 'bad.ecomplan.yaml');
    writeFileSync(bad, readFileSync(bougies, 'utf8').replace('conversion_rate: 1.8%', 'conversion_rate: 180'));
    const r = run(['export', bad, '-o', join(dir, 'plan.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('demand.conversion_rate');
    expect(existsSync(join(dir, 'plan.xlsx'))).toBe(false);
  });

  it('refuses an unknown format (usage error)', () => {
    const r = run(['export', bougies, '--format', 'ods', '-o', join(tmp(), 'x.ods')]);
    expect(r.code).toBe(2);
  });
});

describe('what is a formula in « Mensuel »', () => {
  it.each(exampleFiles().map((f) => [f.replace(/^.*\//, '')]))('%s: every line is a formula except whole-unit purchases, contributions, income tax and corporate tax', async (name) => {
    const { project } = await loadProject(exampleFiles().find((f) => f.endsWith(name))!, undefined, async () => Buffer.from(''));
    const model = buildWorkbook(project!, { scenario: 'base', lang: 'fr' });
    const monthly = model.sheets[1]!;
    const values = monthly.lines.filter((l) => l.kind === 'value').map((l) => l.key);
    // Contributions paid are a formula of the contributions (same or next month) unless the engine bills them on a schedule.
    const scheduled = engineFigures(project!, 'base').owner.socialPaid === 'schedule';
    expect(values.filter((k) => !/^buy\d+$/.test(k))).toEqual(scheduled ? ['social', 'income_tax', 'corporate_tax', 'cf_social'] : ['social', 'income_tax', 'corporate_tax']);
    expect(values.filter((k) => /^buy\d+$/.test(k))).toHaveLength(project!.products.length);
    // Every cell of a formula line is a formula, months and years.
    for (const l of monthly.lines.filter((x) => x.kind === 'formula'))
      for (const [a, c] of monthly.cells) if (Number(a.replace(/^[A-Z]+/, '')) === l.row && !a.startsWith('A')) expect(c.formula, `${l.key} ${a}`).toBeDefined();
    // The statements are formulas only.
    for (const s of model.sheets.slice(2)) expect([...s.cells.values()].filter((c) => c.value !== undefined && c.value !== null && typeof c.value !== 'string')).toEqual([]);
  });
});

describe('the owner’s rules, read off the engine', () => {
  it('micro-entreprise: pay and contributions outside the result, contributions paid the next month; SASU: both charged, paid in the month; EURL (TNS): both charged, billed on URSSAF’s schedule', async () => {
    const rules = await Promise.all(
      exampleFiles().map(async (f) => [f.replace(/^.*\//, ''), engineFigures((await loadProject(f, undefined, async () => Buffer.from(''))).project!, 'base').owner] as const),
    );
    expect(Object.fromEntries(rules)).toEqual({
      'bougies-atelier-lumiere.ecomplan.yaml': { payCharge: 0, socialCharge: 0, socialPaid: 'next_month' },
      'the-kissa-import.ecomplan.yaml': { payCharge: 1, socialCharge: 1, socialPaid: 'same_month' },
      // The barème (issue 19: the example no longer sets social_rate): provisional billing, regularisation.
      'vetements-maison-oree.ecomplan.yaml': { payCharge: 1, socialCharge: 1, socialPaid: 'schedule' },
    });
  });
});
