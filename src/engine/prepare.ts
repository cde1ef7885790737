/**
 * From a validated project and levers to the resolved inputs of the forecast:
 * prices HT, unit costs with their VAT, channels, shipping per order, and the
 * month-indexed schedules of every charge (forecast-model.md). Pure.
 */
import { Decimal, ONE, ZERO, sum } from '../model/decimal.js';
import { monthIndex, monthLabel, type MonthRef } from '../model/fields.js';
import { rulesFor, type FrenchRules } from '../model/rules-fr.js';
import type { LegalForm, Material, Product, ProjectFile, Supplier } from '../model/schema.js';
import { depreciationSchedule, loanSchedule, type LoanMonth } from './loans.js';
import type { Levers } from './levers.js';
import type { AmountLine, EngineWarning, UnitCostBreakdown } from './types.js';
import { costBasis, unitCostOf, type CostBasis, type UnitCostContext, type VatRegime } from './unit-cost.js';

export interface ProductInput {
  index: number;
  product: Product;
  id: string;
  mix: Decimal;
  priceTtc: Decimal;
  priceHt: Decimal;
  cost: UnitCostBreakdown;
  /** Setup cost of an outsourced main strategy (month 1). */
  setup: CostBasis;
  labourMinutes: Decimal;
  supplier: Supplier | undefined;
  minimumOrder: number;
  paymentDelayMonths: number;
  leadTimeDays: number | null;
}

export interface ChannelInput {
  id: string;
  name: string;
  share: Decimal;
  /** (commission + payment rate) × lever, applied to the channel's revenue TTC. */
  feeRate: Decimal;
  /** Fixed payment fee per order × lever. */
  feePerOrder: Decimal;
  monthlyFee: Decimal;
}

interface Source {
  from: number;
  /** Paid: visitors = budget / cpc, every month from `from`. */
  paidVisitors: Decimal | null;
  visitors: Decimal;
  growth: Decimal;
  growthUntil: number;
}

export interface Prepared {
  project: ProjectFile;
  start: string;
  horizon: number;
  regime: VatRegime;
  legalForm: LegalForm | null;
  activity: 'goods' | 'services';
  /** Rules of the start year for rates that do not move (standard VAT). */
  startRules: FrenchRules;
  products: ProductInput[];
  channels: ChannelInput[];
  costContext: UnitCostContext;
  /** Traffic lever (scenario × sensitivity), applied to every month's visitors. */
  traffic: Decimal;
  conversion: Decimal;
  itemsPerOrder: Decimal;
  seasonality: Decimal[] | null;
  repeatMonthly: Decimal;
  sources: Source[];
  /** Average order value TTC (products only), with the price lever. */
  basketTtc: Decimal;
  shippingChargedTtc: Decimal;
  shippingChargedHt: Decimal;
  carrierPerOrder: CostBasis;
  returnsRate: Decimal;
  /** Return shipping per returned order paid by the merchant, else zero. */
  returnPerOrder: CostBasis;
  cover: Decimal;
  safetyDays: number;
  /** Month-indexed schedules (index 1..H). */
  marketing: Decimal[];
  fixed: CostBasis[];
  setup: CostBasis[];
  depreciation: Decimal[];
  investments: CostBasis[];
  financing: Decimal[];
  loans: LoanMonth[];
  ownerPay: Decimal[];
  financingPlan: { needsInvestments: AmountLine[]; resources: AmountLine[] };
  /** Errors (missing sections) and notes found while preparing. */
  warnings: EngineWarning[];
}

const zeros = (n: number): Decimal[] => Array.from({ length: n + 1 }, () => ZERO);
const zeroCosts = (n: number): CostBasis[] => Array.from({ length: n + 1 }, () => ({ charge: ZERO, vat: ZERO }));
const addCost = (a: CostBasis, b: CostBasis): CostBasis => ({ charge: a.charge.plus(b.charge), vat: a.vat.plus(b.vat) });

export function prepare(project: ProjectFile, levers: Levers): Prepared {
  const start = project.project.start;
  const H = project.project.horizon_months;
  const at = (ref: MonthRef | undefined, def = 1): number => (ref === undefined ? def : monthIndex(ref, start));
  const warnings: EngineWarning[] = [];
  const missing = (section: string) => warnings.push({ code: 'forecast.missing_section', path: section, data: { section }, severity: 'error' });

  const company = project.company;
  if (!company) missing('company');
  const regime: VatRegime = company?.vat_regime ?? 'franchise';
  const startRules = rulesFor(Number(start.slice(0, 4)));
  const defaultVat = startRules.vatStandard.value;

  const materials = new Map<string, Material>((project.materials ?? []).map((m) => [m.id, m]));
  const suppliers = new Map<string, Supplier>((project.suppliers?.list ?? []).map((s) => [s.id, s]));
  const costContext: UnitCostContext = { regime, materials, hourlyCost: project.labour?.hourly_cost ?? ZERO, factor: levers.unitCosts, defaultVat };

  const products: ProductInput[] = project.products.map((product, index) => {
    const priceTtc = product.price.times(levers.prices);
    const priceHt = regime === 'normal' ? priceTtc.div(ONE.plus(product.vat_rate)) : priceTtc;
    const supplier = product.strategy === 'in_house' || product.supplier === undefined ? undefined : suppliers.get(product.supplier);
    let leadTimeDays: number | null = supplier?.lead_time_days ?? null;
    if (product.strategy === 'in_house') {
      // A made product waits for its slowest material, from each material's first listed supplier.
      for (const line of product.bill_of_materials ?? []) {
        const first = materials.get(line.material)?.suppliers?.[0];
        const lead = first === undefined ? undefined : suppliers.get(first)?.lead_time_days;
        if (lead !== undefined) leadTimeDays = Math.max(leadTimeDays ?? 0, lead);
      }
    }
    return {
      index,
      product,
      id: product.id,
      mix: product.mix,
      priceTtc,
      priceHt,
      cost: unitCostOf(product, product, costContext),
      setup: product.strategy === 'outsourced' && product.setup_cost ? costBasis(product.setup_cost, defaultVat, regime) : { charge: ZERO, vat: ZERO },
      labourMinutes: product.labour_minutes ?? ZERO,
      supplier,
      // In-house products are made, and paid, in the month: no minimum order, no payment terms.
      minimumOrder: supplier?.minimum_order_units ?? 0,
      paymentDelayMonths: Math.ceil((supplier?.payment_terms_days ?? 0) / 30),
      leadTimeDays,
    };
  });

  let channels: ChannelInput[];
  if (!project.channels || project.channels.length === 0) {
    missing('channels');
    channels = [{ id: 'direct', name: 'direct', share: ONE, feeRate: ZERO, feePerOrder: ZERO, monthlyFee: ZERO }];
  } else {
    channels = project.channels.map((c) => ({
      id: c.id,
      name: c.name,
      share: c.share,
      feeRate: (c.commission_rate ?? ZERO).plus(c.payment_fee_rate ?? ZERO).times(levers.channelFees),
      feePerOrder: (c.payment_fee_fixed ?? ZERO).times(levers.channelFees),
      monthlyFee: c.monthly_fee ?? ZERO,
    }));
  }

  const demand = project.demand;
  if (!demand) missing('demand');
  const itemsPerOrder = (demand?.items_per_order ?? ONE).times(levers.itemsPerOrder);
  const conversion = (demand?.conversion_rate ?? ZERO).times(levers.conversion);

  if (!project.acquisition || project.acquisition.length === 0) missing('acquisition');
  const sources: Source[] = (project.acquisition ?? []).map((s) => {
    const paid = s.monthly_budget !== undefined && s.cost_per_click !== undefined && !s.cost_per_click.isZero();
    return {
      from: at(s.from),
      paidVisitors: paid ? s.monthly_budget!.times(levers.marketing).div(s.cost_per_click!) : null,
      visitors: s.visitors ?? ZERO,
      growth: s.monthly_growth ?? ZERO,
      growthUntil: at(s.growth_until_month, H),
    };
  });

  const basketTtc = itemsPerOrder.times(sum(products.map((p) => p.mix.times(p.priceTtc))));
  const shipping = project.shipping;
  const free = shipping?.free_above !== undefined && basketTtc.gte(shipping.free_above);
  const shippingChargedTtc = free ? ZERO : (shipping?.charged_to_customer ?? ZERO);
  // Delivery charged is part of the taxable base of the goods (art. 267 I 2° CGI): its VAT follows them,
  // spread over their rates by their value excluding VAT in the average basket.
  const basketHt = sum(products.map((p) => p.mix.times(p.priceHt)));
  const shippingVat = basketHt.gt(0) ? sum(products.map((p) => p.mix.times(p.priceHt).times(p.product.vat_rate))).div(basketHt) : defaultVat;
  const shippingChargedHt = regime === 'normal' ? shippingChargedTtc.div(ONE.plus(shippingVat)) : shippingChargedTtc;
  const carriers = shipping?.carriers ?? [];
  const carrierHt = sum(carriers.map((c) => c.cost.times(c.share ?? ONE.div(carriers.length))));
  const carrierPerOrder = costBasis(carrierHt, defaultVat, regime);

  const returns = project.returns;
  const returnsRate = returns?.rate ?? ZERO;
  const returnPerOrder =
    returns?.return_shipping_paid_by === 'merchant' && returns.return_shipping_cost ? costBasis(returns.return_shipping_cost, defaultVat, regime) : { charge: ZERO, vat: ZERO };

  const inventory = project.inventory;
  const cover = new Decimal((inventory?.cover_days ?? 0) + (inventory?.safety_stock_days ?? 0)).div(30);
  if (!inventory) warnings.push({ code: 'forecast.no_inventory', path: 'inventory', data: {}, severity: 'info' });

  // Month-indexed schedules.
  const inHorizon = (m: number) => m >= 1 && m <= H;
  const marketing = zeros(H);
  for (const s of project.acquisition ?? []) {
    const from = at(s.from);
    for (let m = Math.max(1, from); m <= H; m++) {
      if (s.monthly_budget !== undefined) marketing[m] = marketing[m]!.plus(s.monthly_budget.times(levers.marketing));
      if (s.monthly_cost !== undefined) marketing[m] = marketing[m]!.plus(s.monthly_cost.times(levers.marketing));
    }
  }
  for (const a of project.brand?.communication?.actions ?? []) {
    const m = at(a.month);
    if (a.budget !== undefined && inHorizon(m)) marketing[m] = marketing[m]!.plus(a.budget.times(levers.marketing));
  }

  const fixed = zeroCosts(H);
  for (const f of project.fixed_costs ?? []) {
    const monthly = f.monthly ?? (f.yearly ?? ZERO).div(12);
    const basis = costBasis(monthly.times(levers.fixedCosts), f.vat_rate ?? defaultVat, regime);
    for (let m = Math.max(1, at(f.from)); m <= Math.min(H, at(f.until, H)); m++) fixed[m] = addCost(fixed[m]!, basis);
  }
  for (const c of channels) if (!c.monthlyFee.isZero()) for (let m = 1; m <= H; m++) fixed[m] = addCost(fixed[m]!, { charge: c.monthlyFee, vat: ZERO });

  const setup = zeroCosts(H);
  for (const p of products) setup[1] = addCost(setup[1]!, p.setup);

  const depreciation = zeros(H);
  const investments = zeroCosts(H);
  const needsInvestments: AmountLine[] = [];
  (project.investments ?? []).forEach((inv, i) => {
    const m = at(inv.month);
    const basis = costBasis(inv.amount, inv.vat_rate ?? defaultVat, regime);
    if (inHorizon(m)) investments[m] = addCost(investments[m]!, basis);
    for (const [k, d] of depreciationSchedule(basis.charge, inv.depreciation_years, m, H)) depreciation[k] = depreciation[k]!.plus(d);
    if (m >= 1 && m <= 12) needsInvestments.push({ label: inv.name, amount: basis.charge, path: `investments[${i}]` });
  });

  const financing = zeros(H);
  const loans: LoanMonth[] = Array.from({ length: H + 1 }, () => ({ interest: ZERO, principal: ZERO }));
  const resources: AmountLine[] = [];
  (project.financing ?? []).forEach((f, i) => {
    const m = at(f.month);
    if (inHorizon(m)) financing[m] = financing[m]!.plus(f.amount);
    if (m >= 1 && m <= 12) resources.push({ label: f.name, amount: f.amount, path: `financing[${i}]` });
    if (f.kind === 'loan' && f.months !== undefined) {
      for (const [k, l] of loanSchedule(f.amount, f.rate ?? ZERO, f.months, f.deferral_months ?? 0, m, H)) {
        const cur = loans[k]!;
        loans[k] = { interest: cur.interest.plus(l.interest), principal: cur.principal.plus(l.principal) };
      }
    }
  });

  const ownerPay = zeros(H);
  const steps = [...(project.owner_pay ?? [])].map((o) => ({ from: at(o.from), monthly: o.monthly })).sort((a, b) => a.from - b.from);
  for (let m = 1; m <= H; m++) for (const s of steps) if (s.from <= m) ownerPay[m] = s.monthly;

  return {
    project,
    start,
    horizon: H,
    regime,
    legalForm: company?.legal_form ?? null,
    activity: company?.activity ?? 'goods',
    startRules,
    products,
    channels,
    costContext,
    traffic: levers.traffic,
    conversion,
    itemsPerOrder,
    seasonality: demand?.seasonality && demand.seasonality.length === 12 ? demand.seasonality : null,
    repeatMonthly: (project.experience?.loyalty?.repeat_rate_yearly ?? ZERO).div(12),
    sources,
    basketTtc,
    shippingChargedTtc,
    shippingChargedHt,
    carrierPerOrder,
    returnsRate,
    returnPerOrder,
    cover,
    safetyDays: inventory?.safety_stock_days ?? 0,
    marketing,
    fixed,
    setup,
    depreciation,
    investments,
    financing,
    loans,
    ownerPay,
    financingPlan: { needsInvestments, resources },
    warnings,
  };
}

/** Calendar month number (1..12) of month index `m`. */
export function calendarMonthOf(m: number, start: string): number {
  return Number(monthLabel(m, start).slice(5, 7));
}
