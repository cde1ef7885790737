/**
 * From a validated project and levers to the resolved inputs of the forecast:
 * prices HT, unit costs with their VAT, channels, shipping per order, and the
 * month-indexed schedules of every charge (forecast-model.md). Pure.
 */
import { ONE, ZERO, type Decimal } from '../model/decimal.js';
import { DECIMAL, type Arith, type Num } from './arith.js';
import { monthLabel } from '../model/fields.js';
import { DAYS_PER_MONTH, rulesFor, type FrenchRules } from '../model/rules-fr.js';
import type { LegalForm, Material, Product, ProjectFile, Supplier } from '../model/schema.js';
import type { LoanMonth } from './loans.js';
import type { Levers } from './levers.js';
import type { PrepContext } from './prepare/context.js';
import { prepareSources, prepareOrderTerms, type OrderTerms } from './prepare/orders.js';
import { perItemOf, prepareChannels, prepareProducts, type PerItem } from './prepare/products.js';
import { legalCosts, type LegalCosts } from './prepare/legal-costs.js';
import { financingSchedules, fixedSchedule, investmentSchedules, marketingSchedule, ownerPaySchedule, setupSchedule } from './prepare/schedules.js';
import type { AmountLine, EngineWarning, UnitCostBreakdown } from './types.js';
import type { CostBasis, UnitCostContext, VatRegime } from './unit-cost.js';

export interface ProductInput<N extends Num<N> = Decimal> {
  index: number;
  product: Product;
  id: string;
  mix: N;
  priceTtc: N;
  priceHt: N;
  cost: UnitCostBreakdown<N>;
  /** What the supplier is paid per unit: cost + its deductible VAT. */
  costPaid: N;
  /** Setup cost of an outsourced main strategy (month 1). */
  setup: CostBasis<N>;
  labourMinutes: N;
  supplier: Supplier | undefined;
  minimumOrder: number;
  paymentDelayMonths: number;
  leadTimeDays: number | null;
}

export interface ChannelInput<N extends Num<N> = Decimal> {
  id: string;
  name: string;
  share: N;
  /** (commission + payment rate) × lever, applied to the channel's revenue TTC. */
  feeRate: N;
  /** Fixed payment fee per order × lever. */
  feePerOrder: N;
  monthlyFee: N;
  /** Days between a sale and its payout by the channel (0: cashed in the month of sale). */
  payoutDelayDays: number;
}

export interface Source<N extends Num<N> = Decimal> {
  from: number;
  /** Paid: visitors = budget / cpc, every month from `from`. */
  paidVisitors: N | null;
  visitors: N;
  growth: N;
  growthUntil: number;
}

/** The inputs of a forecast; the order terms (basket, shipping charged, carrier, returns) come from prepare/orders.ts. */
export interface Prepared<N extends Num<N> = Decimal> extends OrderTerms<N> {
  /** The number type of this forecast (arith.ts): Decimal, or float64 for the risk draws. */
  num: Arith<N>;
  project: ProjectFile;
  start: string;
  horizon: number;
  regime: VatRegime;
  legalForm: LegalForm | null;
  activity: 'goods' | 'services';
  /** Rules of the start year for rates that do not move (standard VAT). */
  startRules: FrenchRules;
  products: ProductInput<N>[];
  /** Averages per item ordered, weighted by the mix: Σ mix × price TTC, price HT, unit cost, labour minutes. */
  perItem: PerItem<N>;
  channels: ChannelInput<N>[];
  costContext: UnitCostContext<N>;
  /** Traffic lever (scenario × sensitivity), applied to every month's visitors. */
  traffic: N;
  conversion: N;
  itemsPerOrder: N;
  seasonality: N[] | null;
  repeatMonthly: N;
  sources: Source<N>[];
  cover: N;
  safetyDays: number;
  /** Month-indexed schedules (index 1..H). */
  marketing: N[];
  fixed: CostBasis<N>[];
  setup: CostBasis<N>[];
  depreciation: N[];
  investments: CostBasis<N>[];
  financing: N[];
  loans: LoanMonth<N>[];
  ownerPay: N[];
  financingPlan: { needsInvestments: AmountLine<N>[]; resources: AmountLine<N>[] };
  /** Eco-contributions and the e-invoicing platform (issue 20). */
  legal: LegalCosts<N>;
  /** Errors (missing sections) and notes found while preparing. */
  warnings: EngineWarning[];
}

/** The inputs of a forecast in exact decimals. */
export function prepare(project: ProjectFile, levers: Levers): Prepared {
  return prepareWith(project, levers, DECIMAL);
}

/** The inputs of a forecast in the number type `n` (arith.ts); the levers are already of that type. */
export function prepareWith<N extends Num<N>>(project: ProjectFile, levers: Levers<N>, n: Arith<N>): Prepared<N> {
  const start = project.project.start;
  const H = project.project.horizon_months;
  const warnings: EngineWarning[] = [];
  const missing = (section: string) => warnings.push({ code: 'forecast.missing_section', path: [section], data: { section }, severity: 'error' });

  const company = project.company;
  if (!company) missing('company');
  const regime: VatRegime = company?.vat_regime ?? 'franchise';
  const startRules = rulesFor(Number(start.slice(0, 4)));
  const ctx: PrepContext<N> = { num: n, project, levers, start, horizon: H, regime, defaultVat: n.from(startRules.vatStandard.value) };
  const materials = new Map<string, Material>((project.materials ?? []).map((m) => [m.id, m]));
  const costContext: UnitCostContext<N> = {
    num: n,
    regime,
    materials,
    hourlyCost: n.from(project.labour?.hourly_cost ?? ZERO),
    factor: levers.unitCosts,
    defaultVat: ctx.defaultVat,
  };
  const products = prepareProducts(ctx, costContext, DAYS_PER_MONTH);
  const channels = prepareChannels(ctx, missing);

  const demand = project.demand;
  if (!demand) missing('demand');
  const itemsPerOrder = n.from(demand?.items_per_order ?? ONE).times(levers.itemsPerOrder);
  if (!project.acquisition || project.acquisition.length === 0) missing('acquisition');
  const inventory = project.inventory;
  if (!inventory) warnings.push({ code: 'forecast.no_inventory', path: ['inventory'], data: {}, severity: 'info' });
  const { investments, depreciation, needsInvestments } = investmentSchedules(ctx);
  const { financing, loans, resources } = financingSchedules(ctx);

  return {
    num: n,
    project,
    start,
    horizon: H,
    regime,
    legalForm: company?.legal_form ?? null,
    activity: company?.activity ?? 'goods',
    startRules,
    products,
    perItem: perItemOf(n, products),
    channels,
    costContext,
    traffic: levers.traffic,
    conversion: n.from(demand?.conversion_rate ?? ZERO).times(levers.conversion),
    itemsPerOrder,
    seasonality: demand?.seasonality && demand.seasonality.length === 12 ? demand.seasonality.map(n.from) : null,
    repeatMonthly: n.from(project.experience?.loyalty?.repeat_rate_yearly ?? ZERO).div(n.of(12)),
    sources: prepareSources(ctx),
    ...prepareOrderTerms(ctx, products, itemsPerOrder),
    cover: n.of((inventory?.cover_days ?? 0) + (inventory?.safety_stock_days ?? 0)).div(n.of(DAYS_PER_MONTH)),
    safetyDays: inventory?.safety_stock_days ?? 0,
    marketing: marketingSchedule(ctx),
    fixed: fixedSchedule(ctx, channels),
    setup: setupSchedule(ctx, products),
    depreciation,
    investments,
    financing,
    loans,
    ownerPay: ownerPaySchedule(ctx),
    financingPlan: { needsInvestments, resources },
    legal: legalCosts(ctx, products),
    warnings,
  };
}

/** Calendar month number (1..12) of month index `m`. */
export function calendarMonthOf(m: number, start: string): number {
  return Number(monthLabel(m, start).slice(5, 7));
}
