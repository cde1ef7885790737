/**
 * From a validated project and levers to the resolved inputs of the forecast:
 * prices HT, unit costs with their VAT, channels, shipping per order, and the
 * month-indexed schedules of every charge (forecast-model.md). Pure.
 */
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { monthLabel } from '../model/fields.js';
import { DAYS_PER_MONTH, rulesFor, type FrenchRules } from '../model/rules-fr.js';
import type { LegalForm, Material, Product, ProjectFile, Supplier } from '../model/schema.js';
import type { LoanMonth } from './loans.js';
import type { Levers } from './levers.js';
import type { PrepContext } from './prepare/context.js';
import { prepareSources, prepareOrderTerms } from './prepare/orders.js';
import { perItemOf, prepareChannels, prepareProducts, type PerItem } from './prepare/products.js';
import { legalCosts, type LegalCosts } from './prepare/legal-costs.js';
import { financingSchedules, fixedSchedule, investmentSchedules, marketingSchedule, ownerPaySchedule, setupSchedule } from './prepare/schedules.js';
import type { AmountLine, EngineWarning, UnitCostBreakdown } from './types.js';
import type { CostBasis, UnitCostContext, VatRegime } from './unit-cost.js';

export interface ProductInput {
  index: number;
  product: Product;
  id: string;
  mix: Decimal;
  priceTtc: Decimal;
  priceHt: Decimal;
  cost: UnitCostBreakdown;
  /** What the supplier is paid per unit: cost + its deductible VAT. */
  costPaid: Decimal;
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
  /** Days between a sale and its payout by the channel (0: cashed in the month of sale). */
  payoutDelayDays: number;
}

export interface Source {
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
  /** Averages per item ordered, weighted by the mix: Σ mix × price TTC, price HT, unit cost, labour minutes. */
  perItem: PerItem;
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
  /** 1 − returns rate: the share of revenue kept after refunds. */
  keptRate: Decimal;
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
  /** Eco-contributions and the e-invoicing platform (issue 20). */
  legal: LegalCosts;
  /** Errors (missing sections) and notes found while preparing. */
  warnings: EngineWarning[];
}

export function prepare(project: ProjectFile, levers: Levers): Prepared {
  const start = project.project.start;
  const H = project.project.horizon_months;
  const warnings: EngineWarning[] = [];
  const missing = (section: string) => warnings.push({ code: 'forecast.missing_section', path: [section], data: { section }, severity: 'error' });

  const company = project.company;
  if (!company) missing('company');
  const regime: VatRegime = company?.vat_regime ?? 'franchise';
  const startRules = rulesFor(Number(start.slice(0, 4)));
  const ctx: PrepContext = { project, levers, start, horizon: H, regime, defaultVat: startRules.vatStandard.value };
  const materials = new Map<string, Material>((project.materials ?? []).map((m) => [m.id, m]));
  const costContext: UnitCostContext = {
    regime,
    materials,
    hourlyCost: project.labour?.hourly_cost ?? ZERO,
    factor: levers.unitCosts,
    defaultVat: ctx.defaultVat,
  };
  const products = prepareProducts(ctx, costContext, DAYS_PER_MONTH);
  const channels = prepareChannels(ctx, missing);

  const demand = project.demand;
  if (!demand) missing('demand');
  const itemsPerOrder = (demand?.items_per_order ?? ONE).times(levers.itemsPerOrder);
  if (!project.acquisition || project.acquisition.length === 0) missing('acquisition');
  const inventory = project.inventory;
  if (!inventory) warnings.push({ code: 'forecast.no_inventory', path: ['inventory'], data: {}, severity: 'info' });
  const { investments, depreciation, needsInvestments } = investmentSchedules(ctx);
  const { financing, loans, resources } = financingSchedules(ctx);

  return {
    project,
    start,
    horizon: H,
    regime,
    legalForm: company?.legal_form ?? null,
    activity: company?.activity ?? 'goods',
    startRules,
    products,
    perItem: perItemOf(products),
    channels,
    costContext,
    traffic: levers.traffic,
    conversion: (demand?.conversion_rate ?? ZERO).times(levers.conversion),
    itemsPerOrder,
    seasonality: demand?.seasonality && demand.seasonality.length === 12 ? demand.seasonality : null,
    repeatMonthly: (project.experience?.loyalty?.repeat_rate_yearly ?? ZERO).div(12),
    sources: prepareSources(ctx),
    ...prepareOrderTerms(ctx, products, itemsPerOrder),
    cover: new Decimal((inventory?.cover_days ?? 0) + (inventory?.safety_stock_days ?? 0)).div(DAYS_PER_MONTH),
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
