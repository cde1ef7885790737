/**
 * Proof by an independent calculator: each workbook is written without cached
 * values, LibreOffice Calc recalculates it, and every cell that carries an engine
 * figure must show it to the cent — for the three examples and the three scenarios.
 * Then a hypothesis cell is changed in the file, and the recalculated lines that are
 * formulas must follow the engine run on the project with that hypothesis changed.
 * One soffice call converts the whole batch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook, countCells, type WorkbookModel } from '../../src/export/index.js';
import { writeXlsx } from '../../src/export/xlsx.js';
import { SCENARIOS, type ScenarioName } from '../../src/engine/index.js';
import { Decimal } from '../../src/model/decimal.js';
import { loadProject } from '../../src/model/load.js';
import type { ProjectFile } from '../../src/model/schema.js';
import { exampleFiles } from '../helpers/projects.js';
import { recalculate, type Values } from './recalc.js';

const noStdin = async () => Buffer.from('');
const load = async (file: string): Promise<ProjectFile> => (await loadProject(file, undefined, noStdin)).project!;
const short = (file: string) => file.replace(/^.*\//, '').replace('.ecomplan.yaml', '');

/** Equal to the cent: the same amount once rounded half-up to two decimals (a figure on a half-cent may differ by float noise, not by a cent). */
function centsAgree(got: number, want: Decimal): boolean {
  const diff = Math.abs(got - want.toNumber());
  if (diff < 1e-7) return true;
  return diff < 0.005 && new Decimal(got).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).eq(want.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}

interface Mismatch {
  sheet: string;
  cell: string;
  got: unknown;
  want: string;
  formula?: string;
}

/** Every cell with an engine figure (formula or value), compared with LibreOffice's result. */
function compare(model: WorkbookModel, values: Values, only?: (sheet: string, row: number, cell: string) => boolean): { checked: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const s of model.sheets) {
    const got = values.get(s.name);
    if (!got) throw new Error(`sheet ${s.name} missing after recalculation`);
    for (const [cell, c] of s.cells) {
      if (c.expect === undefined && c.expectText === undefined) continue;
      if (only && !only(s.name, Number(cell.replace(/^[A-Z]+/, '')), cell)) continue;
      checked++;
      const v = got.get(cell);
      const ok = c.expectText !== undefined ? v === c.expectText : typeof v === 'number' ? centsAgree(v, c.expect!) : (v === undefined || v === null) && c.expect!.isZero();
      if (!ok) mismatches.push({ sheet: s.name, cell, got: v, want: c.expectText ?? c.expect!.toFixed(6), formula: c.formula });
    }
  }
  return { checked, mismatches };
}

/** Formula cells whose result is an error (#NAME?, #VALUE!…) after recalculation. */
function errors(model: WorkbookModel, values: Values): string[] {
  const out: string[] = [];
  for (const s of model.sheets)
    for (const [cell, c] of s.cells) {
      if (c.formula === undefined) continue;
      const v = values.get(s.name)?.get(cell);
      if (v !== null && typeof v === 'object' && 'error' in (v as object)) out.push(`${s.name}!${cell} ${JSON.stringify(v)} = ${c.formula}`);
    }
  return out;
}

/** A named hypothesis cell (`conversion_rate`) → its sheet and address. */
function namedCell(model: WorkbookModel, name: string): { sheet: string; cell: string } {
  const ref = model.names.find((n) => n.name === name)!.ref;
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+)$/.exec(ref)!;
  return { sheet: m[1]!, cell: `${m[2]}${m[3]}` };
}

function setValue(model: WorkbookModel, at: { sheet: string; cell: string }, value: Decimal): void {
  const cell = model.sheets.find((s) => s.name === at.sheet)!.cells.get(at.cell)!;
  expect(cell.formula).toBeUndefined();
  cell.value = value;
}

/** Lines of « Mensuel » that are formulas of the hypotheses without any value line upstream. */
const PURE_LINES = [
  'visitors',
  'new_orders',
  'customers',
  'repeat_orders',
  'orders',
  'revenue_ttc',
  'revenue_ht',
  'vat_collected',
  'cogs',
  'channel_fees',
  'shipping_costs',
  'returns_cost',
  'rep_fees',
  'contribution_margin',
  'marketing',
  'fixed_costs',
  'setup_costs',
  'rep_flat_fees',
  'e_invoicing',
  'depreciation',
  'interest',
  'owner_pay',
  'cf_sales',
];

const files = exampleFiles();

// No skip: without LibreOffice (Debian libreoffice-calc-nogui, installed by .ci/run) this test fails.
describe('LibreOffice recalculates the exported workbook to the engine’s cent', () => {
  const cases: Array<{ name: string; model: WorkbookModel; file: string; scenario: ScenarioName }> = [];
  const changed: Array<{ name: string; model: WorkbookModel; expected: WorkbookModel; what: string }> = [];
  let results = new Map<string, Map<string, Map<string, unknown>>>();

  beforeAll(async () => {
    for (const file of files) {
      const project = await load(file);
      for (const scenario of SCENARIOS) cases.push({ name: `${short(file)}-${scenario}`, model: buildWorkbook(project, { scenario, lang: 'fr' }), file, scenario });
    }
    // Edges the examples do not reach: a 30-month horizon (a short last year), a second-hand product (VAT on the margin) under
    // the pessimistic scenario, a loan with a deferral, an interest-free loan,
    // a fractional depreciation, an investment expensed at once, a fixed cost that stops, return shipping paid by the merchant,
    // a declining source, owner pay from a calendar month; and the forecast fixture (interest-free loan with deferral, 24 months).
    {
      const p = await load(files.find((f) => f.includes('kissa'))!);
      p.project.horizon_months = 30;
      p.financing!.push(
        {
          kind: 'loan',
          name: 'Prêt avec différé',
          amount: new Decimal(12000),
          month: 4,
          rate: new Decimal('0.051'),
          months: 40,
          deferral_months: 5,
        },
        { kind: 'loan', name: 'Prêt d’honneur', amount: new Decimal(5000), month: 2, rate: new Decimal(0), months: 24, deferral_months: 3 },
      );
      p.investments!.push({ name: 'Machine', amount: new Decimal(3000), month: 7, depreciation_years: new Decimal('2.5') }, { name: 'Petit outillage', amount: new Decimal(400), month: 9 });
      p.fixed_costs!.push({ name: 'Local temporaire', monthly: new Decimal(250), from: 3, until: '2028-05' });
      p.returns = { rate: new Decimal('0.04'), return_shipping_paid_by: 'merchant', return_shipping_cost: new Decimal('5.5') };
      p.acquisition![0]!.monthly_growth = new Decimal('-0.03');
      p.owner_pay = [
        { from: '2028-03', monthly: new Decimal(900) },
        { from: 2, monthly: new Decimal(300) },
      ];
      // Second-hand teapots (issue 23): VAT on the margin, whose purchase price follows the pessimistic costs lever (+12 %).
      const kyusu = p.products.find((x) => x.id === 'kyusu-tokoname')!;
      kyusu.second_hand = true;
      cases.push({
        name: 'kissa-edges-pessimistic',
        model: buildWorkbook(p, { scenario: 'pessimistic', lang: 'fr' }),
        file: 'kissa-edges',
        scenario: 'pessimistic',
      });
      const atelier = await load('test/fixtures/forecast/atelier.ecomplan.yaml');
      cases.push({
        name: 'atelier-base',
        model: buildWorkbook(atelier, { scenario: 'base', lang: 'fr' }),
        file: 'atelier',
        scenario: 'base',
      });
    }
    // A changed conversion rate (SASU, normal VAT regime) and a changed price (EURL): the file's formulas against the engine on the changed project.
    const kissa = files.find((f) => f.includes('kissa'))!;
    const oree = files.find((f) => f.includes('oree'))!;
    {
      const model = buildWorkbook(await load(kissa), { scenario: 'base', lang: 'fr' });
      setValue(model, namedCell(model, 'conversion_rate'), new Decimal('0.031'));
      const modified = await load(kissa);
      modified.demand!.conversion_rate = new Decimal('0.031');
      changed.push({
        name: 'kissa-conversion',
        model,
        expected: buildWorkbook(modified, { scenario: 'base', lang: 'fr' }),
        what: 'conversion',
      });
    }
    {
      const model = buildWorkbook(await load(oree), { scenario: 'base', lang: 'en' });
      const hyp = model.sheets[0]!;
      const price = [...hyp.cells].find(([, c]) => c.note?.startsWith('products[0].price'))!;
      setValue(model, { sheet: hyp.name, cell: price[0] }, new Decimal('71.5'));
      const modified = await load(oree);
      modified.products[0]!.price = new Decimal('71.5');
      changed.push({ name: 'oree-price', model, expected: buildWorkbook(modified, { scenario: 'base', lang: 'en' }), what: 'price' });
    }
    const batch = await Promise.all([...cases, ...changed].map(async (c) => ({ name: c.name, bytes: await writeXlsx(c.model) })));
    results = await recalculate(batch);
  }, 240_000);

  it('covers the three examples and the three scenarios', () => {
    expect(files).toHaveLength(3);
    expect(cases.map((c) => c.name)).toHaveLength(11);
  });

  it.each([['kissa-edges-pessimistic'], ['atelier-base']])(
    '%s (edges: short last year, second-hand goods, deferred and interest-free loans, partial depreciation…): every figure to the cent',
    (name) => {
      const c = cases.find((x) => x.name === name)!;
      const values = results.get(c.name)!;
      expect(errors(c.model, values)).toEqual([]);
      const { checked, mismatches } = compare(c.model, values);
      expect(mismatches.slice(0, 10)).toEqual([]);
      expect(checked).toBeGreaterThan(1500);
    },
  );

  it.each(files.flatMap((file) => SCENARIOS.map((scenario) => [short(file), scenario] as const)))('%s, scenario %s: every figure to the cent, no formula in error', (name, scenario) => {
    const c = cases.find((x) => x.name === `${name}-${scenario}`)!;
    const values = results.get(c.name)!;
    expect(errors(c.model, values)).toEqual([]);
    const { checked, mismatches } = compare(c.model, values);
    expect(mismatches.slice(0, 10)).toEqual([]);
    // Most formula cells carry an engine figure (the rest feed them: visitors per source, VAT lines, cumulative sums).
    const formulas = c.model.sheets.reduce((n, s) => n + countCells(s).formulas, 0);
    expect(checked).toBeGreaterThan(formulas * 0.75);
    // Not a vacuous comparison: the cash at the end of the horizon is a real, non-zero figure.
    const monthly = c.model.sheets[1]!;
    const last = [...monthly.cells].filter(([, x]) => x.expect && !x.expect.isZero()).length;
    expect(last).toBeGreaterThan(1000);
  });

  it('« Bilan » and « SIG et CAF » recalculate to the engine’s balance sheets, SIG and CAF, and the workbook balances (issue 19)', () => {
    for (const c of cases) {
      const values = results.get(c.name)!;
      const names = [c.model.sheets.at(-2)!.name, c.model.sheets.at(-1)!.name];
      expect(names).toEqual(['SIG et CAF', 'Bilan']);
      const { checked, mismatches } = compare(c.model, values, (sheet) => names.includes(sheet));
      expect(mismatches.slice(0, 5), c.name).toEqual([]);
      expect(checked, c.name).toBeGreaterThan(40);
      // The line « Écart actif − passif » recalculates to 0 in every year.
      const bilan = c.model.sheets.at(-1)!;
      const row = [...bilan.cells].find(([, x]) => typeof x.value === 'string' && x.value.startsWith('Écart'))![0].replace(/^A/, '');
      const years = [...bilan.cells.keys()].filter((k) => k.endsWith(row) && k !== `A${row}`);
      expect(years.length, c.name).toBeGreaterThan(0);
      for (const k of years) expect(Math.abs(Number(values.get('Bilan')!.get(k) ?? 0)), `${c.name} ${k}`).toBeLessThan(0.005);
    }
  });

  it.each([['kissa-conversion'], ['oree-price']])('%s: a changed hypothesis cell recalculates demand, revenue, margins and the result like the engine', (name) => {
    const c = changed.find((x) => x.name === name)!;
    const values = results.get(c.name)!;
    expect(errors(c.model, values)).toEqual([]);
    const monthly = c.expected.sheets[1]!;
    const rows = new Set(
      monthly.lines
        .filter((l) => PURE_LINES.includes(l.key) || (c.what === 'price' && ['result', 'channel_fees'].includes(l.key)) || (c.what === 'conversion' && l.key === 'result'))
        .map((l) => l.row),
    );
    const { checked, mismatches } = compare(c.expected, values, (sheet, row) => sheet === monthly.name && rows.has(row));
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(20 * 39);
    // The change did move the figures: the original workbook's revenue differs from the recalculated one.
    const original = compare(c.model, values, (sheet, row) => sheet === monthly.name && row === monthly.lines.find((l) => l.key === 'revenue_ht')!.row);
    expect(original.mismatches.length).toBeGreaterThan(30);
  });
});
