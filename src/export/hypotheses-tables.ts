/** The tables of « Hypothèses »: products, carriers, channels, sources, actions, fixed costs, investments, financing, owner pay. */
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import type { MonthRef } from '../model/fields.js';
import type { ProjectFile } from '../model/schema.js';
import type { EngineFigures } from './engine.js';
import type { Labels } from './labels.js';
import type { CellModel, SheetBuilder } from './sheet.js';
import { writeTable, type Table } from './table.js';

export interface TableCtx {
  project: ProjectFile;
  figures: EngineFigures;
  L: Labels;
  /** The key path and its line in the project file. */
  src: (path: string) => string;
  /** The same, with the calendar month of month number m. */
  monthNote: (path: string, m: number) => string;
  /** Month number of a month reference (`def` when absent). */
  at: (ref: MonthRef | undefined, def?: number) => number;
  H: number;
}

type Written = { table: Table; next: number };

const dec = (x: Decimal | number | undefined): Decimal => (x === undefined ? ZERO : x instanceof Decimal ? x : new Decimal(x));

/** Price HT of second-hand goods: VAT on the margin (price TTC − purchase price × the costs lever) when positive, under the normal regime. */
function marginSchemePriceHt(t: Table, i: number): string {
  const [ttc, vat] = [t.local('priceTtc', i), t.local('vat', i)];
  return `${ttc}-regime_normal*MAX(0,${ttc}-${t.local('marginBase', i)}*lever_costs)*${vat}/(1+${vat})`;
}

export function productsTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, figures, L, src } = c;
  const regimeNote = L('note.cost_basis');
  // Second-hand goods (art. 297 A CGI): their price HT depends on their purchase price (VAT on the margin).
  const marginScheme = project.products.some((p) => p.second_hand);
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
      ...(marginScheme ? [{ key: 'marginBase', label: L('col.margin_purchase'), format: 'money' as const }] : []),
      { key: 'baseCost', label: L('col.base_cost'), format: 'money' },
      { key: 'baseVat', label: L('col.base_vat'), format: 'money' },
      { key: 'cost', label: L('col.unit_cost'), format: 'money' },
      { key: 'unitVat', label: L('col.unit_vat'), format: 'money' },
      { key: 'baseGoods', label: L('col.base_goods'), format: 'money' },
      { key: 'baseLabour', label: L('col.base_labour'), format: 'money' },
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
        priceHt: {
          formula: p.second_hand ? marginSchemePriceHt(t, i) : `${t.local('priceTtc', i)}/(1+${t.local('vat', i)}*regime_normal)`,
          expect: figures.forecast.unitEconomics.find((u) => u.productId === p.id && u.variant === 'main')?.priceHt,
          ...(p.second_hand ? { note: L('note.margin_scheme') } : {}),
        },
        ...(p.second_hand ? { marginBase: { value: p.purchase_cost ?? ZERO, note: src(`${path}.purchase_cost`) } } : {}),
        baseCost: { value: base.cost, note: `${L('note.unit_cost', { strategy: p.strategy })} ${src(`${path}.strategy`)}. ${regimeNote}` },
        baseVat: { value: base.vat, note: regimeNote },
        cost: { formula: `${t.local('baseCost', i)}*lever_costs`, expect: stock?.unitCost },
        unitVat: { formula: `${t.local('baseVat', i)}*lever_costs` },
        baseGoods: { value: base.goods, note: L('note.base_goods') },
        baseLabour: { value: base.labour, note: L('note.base_labour') },
        setupHt: { value: setup, note: src(`${path}.setup_cost`) },
        setupCharge: { formula: `${t.local('setupHt', i)}*(1+vat_standard*(1-regime_normal))` },
        setupVat: { formula: `${t.local('setupHt', i)}*vat_standard*regime_normal` },
        minimum: { value: dec(stock?.minimumOrderUnits ?? 0), note: L('note.minimum_order') },
        delay: { value: dec(stock?.paymentDelayMonths ?? 0), note: L('note.payment_delay') },
      };
    },
  );
  return prods;
}

export function carriersTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, L, src } = c;

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
      share: {
        value: carriers[i]!.share ?? ONE.div(carriers.length),
        note: carriers[i]!.share ? src(`shipping.carriers[${i}].share`) : L('note.equal_shares'),
      },
    }),
  );
  return car;
}

export function channelsTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, L, src } = c;

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
      { key: 'payout', label: L('col.payout_days'), format: 'int' },
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
        payout: { value: dec(c.payout_delay_days), note: src(`${path}.payout_delay_days`) },
      };
    },
  );
  return chan;
}

export function sourcesTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, L, src, monthNote, at, H } = c;

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
  return srcT;
}

export function actionsTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, L, src, monthNote, at } = c;

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
  return act;
}

export function fixedCostsTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, figures, L, src, monthNote, at, H } = c;

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
  return fix;
}

export function investmentsTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, figures, L, src, monthNote, at } = c;

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
  return inv;
}

export function financingTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, L, src, monthNote, at } = c;

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
      { key: 'installment', label: L('col.installment'), format: 'money' },
    ],
    financing.length,
    (i, t) => {
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
        // The bank's constant installment, in cents (issue 19).
        installment: {
          formula: `IF(${t.local('months', i)}>${t.local('deferral', i)},ROUND(IF(${t.local('rate', i)}=0,${t.local('amount', i)}/(${t.local('months', i)}-${t.local('deferral', i)}),PMT(${t.local('rate', i)}/12,${t.local('months', i)}-${t.local('deferral', i)},-${t.local('amount', i)})),2),0)`,
        },
      };
    },
  );
  return fin;
}

export function ownerPayTable(c: TableCtx, b: SheetBuilder, row: number): Written {
  const { project, L, src, monthNote, at } = c;

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
  return own;
}
