/**
 * « Hypothèses »: every input the formulas of « Mensuel » use, one named cell or
 * one table each, with its unit and the project-file key (and line) it comes from.
 */
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { monthIndex, monthLabel, type MonthRef } from '../model/fields.js';
import type { ProjectFile } from '../model/schema.js';
import type { EngineFigures } from './engine.js';
import { abs, sheetRef, SheetBuilder, type CellFormat, type CellModel } from './sheet.js';
import type { Table } from './table.js';
import { actionsTable, carriersTable, channelsTable, financingTable, fixedCostsTable, investmentsTable, ownerPayTable, productsTable, sourcesTable, type TableCtx } from './hypotheses-tables.js';
import type { Labels } from './labels.js';
import { legalFixedTable, repUnitTable } from './legal-costs.js';

export interface HypContext {
  project: ProjectFile;
  figures: EngineFigures;
  scenario: string;
  L: Labels;
  /** Line of a key path in the project file, when known. */
  lineOf: (path: string) => number | undefined;
}

export interface Hypotheses {
  builder: SheetBuilder;
  names: Array<{ name: string; ref: string }>;
  seasonality: string;
  products: Table;
  channels: Table;
  sources: Table;
  actions: Table;
  fixed: Table;
  investments: Table;
  financing: Table;
  owner: Table;
  carriers: Table;
  /** REP fee per unit of each product, and the flat REP fees and e-invoicing platform (issue 20). */
  repUnit: Table;
  legalFixed: Table;
}

const dec = (x: Decimal | number | undefined): Decimal => (x === undefined ? ZERO : x instanceof Decimal ? x : new Decimal(x));

export function buildHypotheses(ctx: HypContext): Hypotheses {
  const { project, figures, L } = ctx;
  const b = new SheetBuilder(L('sheet.hypotheses'), { landscape: true });
  const names: Array<{ name: string; ref: string }> = [];
  const start = project.project.start;
  const H = project.project.horizon_months;
  const at = (ref: MonthRef | undefined, def = 1) => (ref === undefined ? def : monthIndex(ref, start));
  const src = (path: string) => {
    const line = ctx.lineOf(path);
    return line === undefined ? path : L('source_line', { path, line });
  };
  const monthNote = (path: string, m: number) => `${src(path)} — ${L('month_index', { month: monthLabel(m, start) })}`;
  b.text(1, 1, L('title.hypotheses', { name: project.project.name, scenario: L(`scenario.${ctx.scenario}`) }), true);
  b.text(1, 2, L('hypotheses.intro'));
  [46, 16, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14].forEach((w, i) => b.width(i + 1, w));
  b.sheet.freeze = { rows: 3, cols: 1 };
  let row = 4;
  for (const [i, h] of ['label', 'value', 'unit', 'source'].entries()) b.set(i + 1, row, { value: L(`col.${h}`), format: 'text', bold: true });
  row++;

  const sc = new Scalars(b, names, row);
  const scalar: Scalar = sc.add.bind(sc);
  inputScalars(scalar, ctx, src);
  row = sc.row;
  row++;

  const seasonality = seasonalityRow(b, row, names, src, L, project.demand?.seasonality);
  row += 3;

  const tc: TableCtx = { project, figures, L, src, monthNote, at, H };
  const prods = productsTable(tc, b, row);
  row = prods.next;
  const car = carriersTable(tc, b, row);
  row = car.next;
  const chan = channelsTable(tc, b, row);
  row = chan.next;
  const srcT = sourcesTable(tc, b, row);
  row = srcT.next;
  const act = actionsTable(tc, b, row);
  row = act.next;
  const fix = fixedCostsTable(tc, b, row);
  row = fix.next;
  const inv = investmentsTable(tc, b, row);
  row = inv.next;
  const fin = financingTable(tc, b, row);
  row = fin.next;
  const own = ownerPayTable(tc, b, row);
  row = own.next;
  const repUnit = repUnitTable(tc, b, row);
  row = repUnit.next;
  const legalFixed = legalFixedTable(tc, b, row);
  row = legalFixed.next;

  sc.row = row;
  calculatedScalars(sc, L, prods.table, car.table, chan.table);
  b.sheet.lastCol = Math.max(b.sheet.lastCol, 14);

  return {
    builder: b,
    names,
    seasonality,
    products: prods.table,
    channels: chan.table,
    sources: srcT.table,
    actions: act.table,
    fixed: fix.table,
    investments: inv.table,
    financing: fin.table,
    owner: own.table,
    carriers: car.table,
    repUnit: repUnit.table,
    legalFixed: legalFixed.table,
  };
}

type Scalar = (name: string, label: string, cell: CellModel, unit: string, source: string) => void;

/** Scalar inputs, one row each: label, named value cell, unit, source. */
class Scalars {
  constructor(
    private readonly b: SheetBuilder,
    private readonly names: Array<{ name: string; ref: string }>,
    public row: number,
  ) {}
  add(name: string, label: string, cell: CellModel, unit: string, source: string): void {
    const b = this.b;
    b.text(1, this.row, label);
    b.set(2, this.row, { ...cell, note: cell.note ?? source });
    b.text(3, this.row, unit);
    b.text(4, this.row, source);
    this.names.push({ name, ref: `${sheetRef(b.sheet.name)}${abs(2, this.row)}` });
    this.row++;
  }
  heading(title: string): void {
    this.b.text(1, this.row++, title, true);
  }
}

/** The project's scalar inputs and the scenario's multipliers. */
function inputScalars(scalar: Scalar, ctx: HypContext, src: (path: string) => string): void {
  const { project, figures, L } = ctx;
  const value = (v: Decimal | number | undefined, format: CellFormat): CellModel => ({ value: dec(v), format });

  const company = project.company;
  const scen = `demand.scenarios.${ctx.scenario}`;
  scalar('regime_normal', L('h.regime_normal'), value(company?.vat_regime === 'normal' ? 1 : 0, 'int'), L('unit.flag'), src('company.vat_regime'));
  scalar('owner_pay_charge', L('h.owner_pay_charge'), value(figures.owner.payCharge, 'int'), L('unit.flag'), src('company.legal_form'));
  scalar('social_charge', L('h.social_charge'), value(figures.owner.socialCharge, 'int'), L('unit.flag'), src('company.legal_form'));
  scalar('vat_standard', L('h.vat_standard'), value(figures.defaultVat, 'rate'), L('unit.rate'), L('source.rules'));
  scalar('lever_traffic', L('h.lever_traffic'), value(figures.levers.traffic, 'factor'), L('unit.factor'), `${scen}.traffic`);
  scalar('lever_conversion', L('h.lever_conversion'), value(figures.levers.conversion, 'factor'), L('unit.factor'), `${scen}.conversion`);
  scalar('lever_costs', L('h.lever_costs'), value(figures.levers.costs, 'factor'), L('unit.factor'), `${scen}.costs`);
  scalar('conversion_rate', L('h.conversion_rate'), value(project.demand?.conversion_rate, 'rate'), L('unit.rate'), src('demand.conversion_rate'));
  scalar('items_per_order', L('h.items_per_order'), value(project.demand?.items_per_order ?? ONE, 'qty'), L('unit.items'), src('demand.items_per_order'));
  scalar('repeat_rate_yearly', L('h.repeat_rate'), value(project.experience?.loyalty?.repeat_rate_yearly, 'rate'), L('unit.rate_year'), src('experience.loyalty.repeat_rate_yearly'));
  scalar('returns_rate', L('h.returns_rate'), value(project.returns?.rate, 'rate'), L('unit.rate_orders'), src('returns.rate'));
  const merchant = project.returns?.return_shipping_paid_by === 'merchant';
  scalar('return_shipping_ht', L('h.return_shipping'), value(merchant ? project.returns?.return_shipping_cost : ZERO, 'money'), L('unit.eur_ht_order'), src('returns.return_shipping_cost'));
  scalar('shipping_charged', L('h.shipping_charged'), value(project.shipping?.charged_to_customer, 'money'), L('unit.eur_ttc_order'), src('shipping.charged_to_customer'));
  const freeAbove = project.shipping?.free_above;
  scalar('free_above', L('h.free_above'), freeAbove === undefined ? { value: null, format: 'money' } : value(freeAbove, 'money'), L('unit.eur_ttc'), src('shipping.free_above'));
}

/** Seasonality: 12 coefficients, January to December (1 when the file has none). Returns the named range. */
function seasonalityRow(b: SheetBuilder, row: number, names: Array<{ name: string; ref: string }>, src: (path: string) => string, L: Labels, season: Decimal[] | undefined): string {
  b.text(1, row, L('h.seasonality'), true);
  const seasonRow = row + 1;
  for (let k = 0; k < 12; k++) {
    b.set(2 + k, row, { value: L(`month.${k + 1}`), format: 'text', bold: true });
    b.set(2 + k, seasonRow, {
      value: season && season.length === 12 ? season[k]! : ONE,
      format: 'factor',
      note: src(`demand.seasonality[${k}]`),
    });
  }
  b.text(1, seasonRow, season && season.length === 12 ? src('demand.seasonality') : L('h.no_seasonality'));
  const seasonality = `${sheetRef(b.sheet.name)}${abs(2, seasonRow)}:${abs(13, seasonRow)}`;
  names.push({ name: 'seasonality', ref: seasonality });
  return seasonality;
}

/** Calculated inputs: formulas over the cells above. */
function calculatedScalars(sc: Scalars, L: Labels, prods: Table, car: Table, chan: Table): void {
  sc.heading(L('h.calculated'));
  const scalar: Scalar = sc.add.bind(sc);
  const P = prods;
  const sp = (...keys: string[]) => `SUMPRODUCT(${keys.map((k) => P.localRange(k)).join(',')})`;
  scalar('basket_ttc', L('h.basket_ttc'), { formula: `items_per_order*${sp('mix', 'priceTtc')}`, format: 'money' }, L('unit.eur_ttc'), L('source.formula'));
  scalar('shipping_ttc', L('h.shipping_ttc'), { formula: `IF(AND(ISNUMBER(free_above),basket_ttc>=free_above),0,shipping_charged)`, format: 'money' }, L('unit.eur_ttc_order'), L('source.formula'));
  scalar(
    'shipping_vat_rate',
    L('h.shipping_vat'),
    { formula: `IF(${sp('mix', 'priceHt')}>0,${sp('mix', 'priceHt', 'vat')}/${sp('mix', 'priceHt')},vat_standard)`, format: 'rate' },
    L('unit.rate'),
    L('source.shipping_vat'),
  );
  scalar('shipping_ht', L('h.shipping_ht'), { formula: `shipping_ttc/(1+shipping_vat_rate*regime_normal)`, format: 'money' }, L('unit.eur_ht_order'), L('source.formula'));
  scalar('carrier_ht', L('h.carrier_ht'), { formula: `SUMPRODUCT(${car.localRange('cost')},${car.localRange('share')})`, format: 'money' }, L('unit.eur_ht_order'), L('source.formula'));
  scalar('carrier_charge', L('h.carrier_charge'), { formula: `carrier_ht*(1+vat_standard*(1-regime_normal))`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('carrier_vat', L('h.carrier_vat'), { formula: `carrier_ht*vat_standard*regime_normal`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('return_charge', L('h.return_charge'), { formula: `return_shipping_ht*(1+vat_standard*(1-regime_normal))`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('return_vat', L('h.return_vat'), { formula: `return_shipping_ht*vat_standard*regime_normal`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('channel_monthly_fees', L('h.channel_monthly_fees'), { formula: `SUM(${chan.localRange('monthly')})`, format: 'money' }, L('unit.eur_month'), L('source.formula'));
}
