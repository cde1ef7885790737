/**
 * « Hypothèses »: every input the formulas of « Mensuel » use, one named cell or
 * one table each, with its unit and the project-file key (and line) it comes from.
 */
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { monthIndex, monthLabel, type MonthRef } from '../model/fields.js';
import type { ProjectFile } from '../model/schema.js';
import type { EngineFigures } from './engine.js';
import { abs, sheetRef, SheetBuilder, type CellFormat, type CellModel } from './sheet.js';
import { writeTable, type Table } from './table.js';
import type { Labels } from './labels.js';

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

  const scalar = (name: string, label: string, cell: CellModel, unit: string, source: string) => {
    b.text(1, row, label);
    b.set(2, row, { ...cell, note: cell.note ?? source });
    b.text(3, row, unit);
    b.text(4, row, source);
    names.push({ name, ref: `${sheetRef(b.sheet.name)}${abs(2, row)}` });
    row++;
  };
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
  row++;

  // Seasonality: 12 coefficients, January to December.
  b.text(1, row, L('h.seasonality'), true);
  const season = project.demand?.seasonality;
  const seasonRow = row + 1;
  for (let k = 0; k < 12; k++) {
    b.set(2 + k, row, { value: L(`month.${k + 1}`), format: 'text', bold: true });
    b.set(2 + k, seasonRow, { value: season && season.length === 12 ? season[k]! : ONE, format: 'factor', note: src(`demand.seasonality[${k}]`) });
  }
  b.text(1, seasonRow, season && season.length === 12 ? src('demand.seasonality') : L('h.no_seasonality'));
  const seasonality = `${sheetRef(b.sheet.name)}${abs(2, seasonRow)}:${abs(13, seasonRow)}`;
  names.push({ name: 'seasonality', ref: seasonality });
  row = seasonRow + 2;

  const regimeNote = L('note.cost_basis');
  const prods = writeTable(
    b,
    row,
    L('h.products'),
    [
      { key: 'name', label: L('col.product'), format: 'text' },
      { key: 'mix', label: L('col.mix'), format: 'rate' },
      { key: 'priceTtc', label: L('col.price_ttc'), format: 'money' },
      { key: 'vat', label: L('col.vat_rate'), format: 'rate' },
      { key: 'priceHt', label: L('col.price_ht'), format: 'money' },
      { key: 'baseCost', label: L('col.base_cost'), format: 'money' },
      { key: 'baseVat', label: L('col.base_vat'), format: 'money' },
      { key: 'cost', label: L('col.unit_cost'), format: 'money' },
      { key: 'unitVat', label: L('col.unit_vat'), format: 'money' },
      { key: 'setupHt', label: L('col.setup_ht'), format: 'money' },
      { key: 'setupCharge', label: L('col.setup_charge'), format: 'money' },
      { key: 'setupVat', label: L('col.setup_vat'), format: 'money' },
      { key: 'minimum', label: L('col.minimum_order'), format: 'int' },
      { key: 'delay', label: L('col.payment_delay'), format: 'int' },
    ],
    project.products.length,
    (i, t) => {
      const p = project.products[i]!;
      const path = `products[${i}]`;
      const stock = figures.forecast.stock[i];
      const base = figures.baseUnitCosts[i]!;
      const setup = p.strategy === 'outsourced' && p.setup_cost ? p.setup_cost : ZERO;
      return {
        name: { value: p.name, format: 'text' },
        mix: { value: p.mix, note: src(`${path}.mix`) },
        priceTtc: { value: p.price, note: src(`${path}.price`) },
        vat: { value: p.vat_rate, note: src(`${path}.vat_rate`) },
        priceHt: { formula: `${t.local('priceTtc', i)}/(1+${t.local('vat', i)}*regime_normal)`, expect: figures.forecast.unitEconomics.find((u) => u.productId === p.id && u.variant === 'main')?.priceHt },
        baseCost: { value: base.cost, note: `${L('note.unit_cost', { strategy: p.strategy })} ${src(`${path}.strategy`)}. ${regimeNote}` },
        baseVat: { value: base.vat, note: regimeNote },
        cost: { formula: `${t.local('baseCost', i)}*lever_costs`, expect: stock?.unitCost },
        unitVat: { formula: `${t.local('baseVat', i)}*lever_costs` },
        setupHt: { value: setup, note: src(`${path}.setup_cost`) },
        setupCharge: { formula: `${t.local('setupHt', i)}*(1+vat_standard*(1-regime_normal))` },
        setupVat: { formula: `${t.local('setupHt', i)}*vat_standard*regime_normal` },
        minimum: { value: dec(stock?.minimumOrderUnits ?? 0), note: L('note.minimum_order') },
        delay: { value: dec(stock?.paymentDelayMonths ?? 0), note: L('note.payment_delay') },
      };
    },
  );
  row = prods.next;

  const carriers = project.shipping?.carriers ?? [];
  const car = writeTable(
    b,
    row,
    L('h.carriers'),
    [
      { key: 'name', label: L('col.carrier'), format: 'text' },
      { key: 'cost', label: L('col.cost_ht'), format: 'money' },
      { key: 'share', label: L('col.share'), format: 'rate' },
    ],
    carriers.length,
    (i) => ({
      name: { value: carriers[i]!.name, format: 'text' },
      cost: { value: carriers[i]!.cost, note: src(`shipping.carriers[${i}].cost`) },
      share: { value: carriers[i]!.share ?? ONE.div(carriers.length), note: carriers[i]!.share ? src(`shipping.carriers[${i}].share`) : L('note.equal_shares') },
    }),
  );
  row = car.next;

  const channels = project.channels ?? [];
  const chan = writeTable(
    b,
    row,
    L('h.channels'),
    [
      { key: 'name', label: L('col.channel'), format: 'text' },
      { key: 'share', label: L('col.share'), format: 'rate' },
      { key: 'commission', label: L('col.commission'), format: 'rate' },
      { key: 'paymentRate', label: L('col.payment_rate'), format: 'rate' },
      { key: 'feeRate', label: L('col.fee_rate'), format: 'rate' },
      { key: 'perOrder', label: L('col.fee_per_order'), format: 'money' },
      { key: 'monthly', label: L('col.monthly_fee'), format: 'money' },
    ],
    channels.length,
    (i, t) => {
      const c = channels[i]!;
      const path = `channels[${i}]`;
      return {
        name: { value: c.name, format: 'text' },
        share: { value: c.share, note: src(`${path}.share`) },
        commission: { value: dec(c.commission_rate), note: src(`${path}.commission_rate`) },
        paymentRate: { value: dec(c.payment_fee_rate), note: src(`${path}.payment_fee_rate`) },
        feeRate: { formula: `${t.local('commission', i)}+${t.local('paymentRate', i)}` },
        perOrder: { value: dec(c.payment_fee_fixed), note: src(`${path}.payment_fee_fixed`) },
        monthly: { value: dec(c.monthly_fee), note: src(`${path}.monthly_fee`) },
      };
    },
  );
  row = chan.next;

  const sources = project.acquisition ?? [];
  const srcT = writeTable(
    b,
    row,
    L('h.sources'),
    [
      { key: 'name', label: L('col.source'), format: 'text' },
      { key: 'from', label: L('col.from'), format: 'int' },
      { key: 'visitors', label: L('col.visitors'), format: 'qty' },
      { key: 'growth', label: L('col.growth'), format: 'rate' },
      { key: 'until', label: L('col.growth_until'), format: 'int' },
      { key: 'budget', label: L('col.budget'), format: 'money' },
      { key: 'cpc', label: L('col.cpc'), format: 'money' },
      { key: 'cost', label: L('col.source_cost'), format: 'money' },
    ],
    sources.length,
    (i) => {
      const s = sources[i]!;
      const path = `acquisition[${i}]`;
      const from = at(s.from);
      return {
        name: { value: s.name ?? s.id, format: 'text' },
        from: { value: dec(from), note: monthNote(`${path}.from`, from) },
        visitors: { value: dec(s.visitors), note: src(`${path}.visitors`) },
        growth: { value: dec(s.monthly_growth), note: src(`${path}.monthly_growth`) },
        until: { value: dec(at(s.growth_until_month, H)), note: monthNote(`${path}.growth_until_month`, at(s.growth_until_month, H)) },
        budget: { value: dec(s.monthly_budget), note: src(`${path}.monthly_budget`) },
        cpc: { value: dec(s.cost_per_click), note: src(`${path}.cost_per_click`) },
        cost: { value: dec(s.monthly_cost), note: src(`${path}.monthly_cost`) },
      };
    },
  );
  row = srcT.next;

  const actions = (project.brand?.communication?.actions ?? []).map((a, i) => ({ a, i })).filter(({ a }) => a.budget !== undefined);
  const act = writeTable(
    b,
    row,
    L('h.actions'),
    [
      { key: 'name', label: L('col.action'), format: 'text' },
      { key: 'month', label: L('col.month'), format: 'int' },
      { key: 'budget', label: L('col.budget_once'), format: 'money' },
    ],
    actions.length,
    (k) => {
      const { a, i } = actions[k]!;
      const m = at(a.month);
      return {
        name: { value: a.name, format: 'text' },
        month: { value: dec(m), note: monthNote(`brand.communication.actions[${i}].month`, m) },
        budget: { value: dec(a.budget), note: src(`brand.communication.actions[${i}].budget`) },
      };
    },
  );
  row = act.next;

  const fixedCosts = project.fixed_costs ?? [];
  const fix = writeTable(
    b,
    row,
    L('h.fixed'),
    [
      { key: 'name', label: L('col.fixed_cost'), format: 'text' },
      { key: 'monthly', label: L('col.monthly_ht'), format: 'money' },
      { key: 'vat', label: L('col.vat_rate'), format: 'rate' },
      { key: 'from', label: L('col.from'), format: 'int' },
      { key: 'until', label: L('col.until'), format: 'int' },
      { key: 'charge', label: L('col.charge_month'), format: 'money' },
      { key: 'vatMonth', label: L('col.vat_month'), format: 'money' },
    ],
    fixedCosts.length,
    (i, t) => {
      const f = fixedCosts[i]!;
      const path = `fixed_costs[${i}]`;
      const monthly: CellModel = f.monthly !== undefined ? { value: f.monthly, note: src(`${path}.monthly`) } : { formula: `${(f.yearly ?? ZERO).toString()}/12`, note: src(`${path}.yearly`) };
      return {
        name: { value: f.name, format: 'text' },
        monthly,
        vat: { value: f.vat_rate ?? figures.defaultVat, note: f.vat_rate ? src(`${path}.vat_rate`) : L('note.default_vat') },
        from: { value: dec(at(f.from)), note: monthNote(`${path}.from`, at(f.from)) },
        until: { value: dec(at(f.until, H)), note: monthNote(`${path}.until`, at(f.until, H)) },
        charge: { formula: `${t.local('monthly', i)}*lever_costs*(1+${t.local('vat', i)}*(1-regime_normal))` },
        vatMonth: { formula: `${t.local('monthly', i)}*lever_costs*${t.local('vat', i)}*regime_normal` },
      };
    },
  );
  row = fix.next;

  const investments = project.investments ?? [];
  const inv = writeTable(
    b,
    row,
    L('h.investments'),
    [
      { key: 'name', label: L('col.investment'), format: 'text' },
      { key: 'amount', label: L('col.amount_ht'), format: 'money' },
      { key: 'vat', label: L('col.vat_rate'), format: 'rate' },
      { key: 'month', label: L('col.month'), format: 'int' },
      { key: 'years', label: L('col.depreciation_years'), format: 'qty' },
      { key: 'charge', label: L('col.charge'), format: 'money' },
      { key: 'vatAmount', label: L('col.vat_amount'), format: 'money' },
      { key: 'paid', label: L('col.paid_ttc'), format: 'money' },
    ],
    investments.length,
    (i, t) => {
      const v = investments[i]!;
      const path = `investments[${i}]`;
      return {
        name: { value: v.name, format: 'text' },
        amount: { value: v.amount, note: src(`${path}.amount`) },
        vat: { value: v.vat_rate ?? figures.defaultVat, note: v.vat_rate ? src(`${path}.vat_rate`) : L('note.default_vat') },
        month: { value: dec(at(v.month)), note: monthNote(`${path}.month`, at(v.month)) },
        years: { value: dec(v.depreciation_years), note: v.depreciation_years ? src(`${path}.depreciation_years`) : L('note.expensed') },
        charge: { formula: `${t.local('amount', i)}*(1+${t.local('vat', i)}*(1-regime_normal))` },
        vatAmount: { formula: `${t.local('amount', i)}*${t.local('vat', i)}*regime_normal` },
        paid: { formula: `${t.local('charge', i)}+${t.local('vatAmount', i)}` },
      };
    },
  );
  row = inv.next;

  const financing = project.financing ?? [];
  const fin = writeTable(
    b,
    row,
    L('h.financing'),
    [
      { key: 'name', label: L('col.resource'), format: 'text' },
      { key: 'kind', label: L('col.kind'), format: 'text' },
      { key: 'amount', label: L('col.amount'), format: 'money' },
      { key: 'month', label: L('col.month'), format: 'int' },
      { key: 'rate', label: L('col.loan_rate'), format: 'rate' },
      { key: 'months', label: L('col.loan_months'), format: 'int' },
      { key: 'deferral', label: L('col.deferral'), format: 'int' },
    ],
    financing.length,
    (i) => {
      const f = financing[i]!;
      const path = `financing[${i}]`;
      return {
        name: { value: f.name, format: 'text' },
        kind: { value: L(`kind.${f.kind}`), format: 'text' },
        amount: { value: f.amount, note: src(`${path}.amount`) },
        month: { value: dec(at(f.month)), note: monthNote(`${path}.month`, at(f.month)) },
        rate: { value: dec(f.rate), note: src(`${path}.rate`) },
        months: { value: dec(f.months ?? 0), note: src(`${path}.months`) },
        deferral: { value: dec(f.deferral_months ?? 0), note: src(`${path}.deferral_months`) },
      };
    },
  );
  row = fin.next;

  // Owner pay steps, sorted by their first month (the last step started applies).
  const steps = (project.owner_pay ?? []).map((o, i) => ({ from: at(o.from), monthly: o.monthly, i })).sort((x, y) => x.from - y.from);
  const own = writeTable(
    b,
    row,
    L('h.owner_pay'),
    [
      { key: 'from', label: L('col.from'), format: 'int' },
      { key: 'monthly', label: L('col.monthly'), format: 'money' },
    ],
    steps.length,
    (k) => ({
      from: { value: dec(steps[k]!.from), note: monthNote(`owner_pay[${steps[k]!.i}].from`, steps[k]!.from) },
      monthly: { value: steps[k]!.monthly, note: src(`owner_pay[${steps[k]!.i}].monthly`) },
    }),
  );
  row = own.next;

  // Calculated inputs (formulas over the cells above).
  b.text(1, row, L('h.calculated'), true);
  row++;
  const P = prods.table;
  const sp = (...keys: string[]) => `SUMPRODUCT(${keys.map((k) => P.localRange(k)).join(',')})`;
  scalar('basket_ttc', L('h.basket_ttc'), { formula: `items_per_order*${sp('mix', 'priceTtc')}`, format: 'money' }, L('unit.eur_ttc'), L('source.formula'));
  scalar('shipping_ttc', L('h.shipping_ttc'), { formula: `IF(AND(ISNUMBER(free_above),basket_ttc>=free_above),0,shipping_charged)`, format: 'money' }, L('unit.eur_ttc_order'), L('source.formula'));
  scalar('shipping_vat_rate', L('h.shipping_vat'), { formula: `IF(${sp('mix', 'priceHt')}>0,${sp('mix', 'priceHt', 'vat')}/${sp('mix', 'priceHt')},vat_standard)`, format: 'rate' }, L('unit.rate'), L('source.shipping_vat'));
  scalar('shipping_ht', L('h.shipping_ht'), { formula: `shipping_ttc/(1+shipping_vat_rate*regime_normal)`, format: 'money' }, L('unit.eur_ht_order'), L('source.formula'));
  scalar('carrier_ht', L('h.carrier_ht'), { formula: `SUMPRODUCT(${car.table.localRange('cost')},${car.table.localRange('share')})`, format: 'money' }, L('unit.eur_ht_order'), L('source.formula'));
  scalar('carrier_charge', L('h.carrier_charge'), { formula: `carrier_ht*(1+vat_standard*(1-regime_normal))`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('carrier_vat', L('h.carrier_vat'), { formula: `carrier_ht*vat_standard*regime_normal`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('return_charge', L('h.return_charge'), { formula: `return_shipping_ht*(1+vat_standard*(1-regime_normal))`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('return_vat', L('h.return_vat'), { formula: `return_shipping_ht*vat_standard*regime_normal`, format: 'money' }, L('unit.eur_order'), L('source.formula'));
  scalar('channel_monthly_fees', L('h.channel_monthly_fees'), { formula: `SUM(${chan.table.localRange('monthly')})`, format: 'money' }, L('unit.eur_month'), L('source.formula'));
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
  };
}
