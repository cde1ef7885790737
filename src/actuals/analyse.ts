/**
 * `ecomplan actuals` as one pure function: the project, its forecast and the
 * imported orders in; the month-by-month comparison, the cumulated comparison,
 * the unmatched lines and the re-forecast out.
 */
import { computeForecast } from '../engine/index.js';
import type { Forecast, ScenarioName } from '../engine/types.js';
import { Decimal, ONE, sum, ZERO } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import { actualMonths, type ActualMonth } from './actual-months.js';
import { actualFigures, addFigures, compareFigures, forecastFigures, forecastMonth, zeroFigures, type LineComparison, type MonthComparison } from './compare.js';
import type { Conversion } from './currency.js';
import { projectRates, scaledForecast, type ProjectRates } from './engine-adapter.js';
import { matchOrders, type Matching, type Unmatched } from './match.js';
import { demandFactors, splice, type ActualFigures, type Reforecast, type ReforecastBase } from './reforecast.js';
import type { Order } from './types.js';
import { monthOf } from './values.js';

const DEFAULT_TOLERANCE = new Decimal('0.10');

/** Why there is no re-forecast. */
type Withheld =
  | { reason: 'no_full_month' | 'no_forecast_orders' | 'no_items' }
  /** Not one unit of the exports matched a product of the plan: the wrong shop's export? */
  | { reason: 'nothing_matched'; units: Decimal };

export interface ActualsAnalysis {
  scenario: ScenarioName;
  tolerance: Decimal;
  forecast: Forecast;
  /** Orders counted (pending ones too with `--include-pending`), and orders left out. */
  counted: number;
  left: { cancelled: number; test: number; pending: number };
  /** Orders not paid yet: their number and amount TTC, and whether they are counted. */
  pending: { orders: number; amount: Decimal; counted: boolean };
  /** Orders found in several exports, counted once; the currencies converted. */
  duplicates: number;
  conversions: Conversion[];
  /** Counted orders dated outside the forecast's horizon (not compared). */
  outsideHorizon: number;
  /** The first and last months of the counted orders, in the horizon or not. */
  span: { first: string; last: string } | null;
  /** The last date the exports cover (the latest order, or `--until`). */
  until: string | null;
  productIds: string[];
  /** Units of the counted orders, and those matched to a product. */
  units: { all: Decimal; matched: Decimal };
  months: MonthComparison[];
  cumulative: LineComparison[];
  unmatched: Unmatched[];
  reforecast: Reforecast | null;
  /** Why there is no re-forecast (null when there is one). */
  withheld: Withheld | null;
  /** The actual figures by month (for charts). */
  actual: ActualMonth[];
}

export interface AnalyseOptions {
  scenario?: ScenarioName;
  until?: string;
  /** `--include-pending`: orders not paid yet count as sales. */
  includePending?: boolean;
  duplicates?: number;
  conversions?: Conversion[];
}

const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** What an order is worth TTC before refunds: its total, else its lines less discounts plus shipping. */
const orderValue = (o: Order): Decimal =>
  o.total ??
  sum(o.lines.map((l) => (l.unitPrice ?? ZERO).times(l.quantity)))
    .minus(o.discounts)
    .plus(o.shipping);

function spanOf(kept: readonly Order[]): ActualsAnalysis['span'] {
  if (kept.length === 0) return null;
  const months = kept.map((o) => monthOf(o.date)).sort();
  return { first: months[0]!, last: months[months.length - 1]! };
}

/** Every month from the first to the last with counted orders in the horizon, even one without an order. */
function compareMonths(forecast: Forecast, byMonth: Map<string, ActualMonth>, rates: ProjectRates, productIds: string[], tolerance: Decimal, until: string | null, unitsKnown: boolean) {
  const covered = [...byMonth.keys()].filter((m) => forecastMonth(forecast, m) !== undefined).sort();
  const months: MonthComparison[] = [];
  let total = { f: zeroFigures(productIds), a: zeroFigures(productIds) };
  const first = covered[0];
  if (first === undefined) return { covered, months, cumulative: [] };
  for (const fm of forecast.months.filter((m) => m.month >= first && m.month <= covered[covered.length - 1]!)) {
    const f = forecastFigures(fm, rates);
    const a = byMonth.has(fm.month) ? actualFigures(byMonth.get(fm.month)!) : zeroFigures(productIds);
    months.push({ month: fm.month, full: until !== null && until >= lastDay(fm.month), lines: compareFigures(f, a, productIds, tolerance, unitsKnown) });
    total = { f: addFigures(total.f, f), a: addFigures(total.a, a) };
  }
  return { covered, months, cumulative: compareFigures(total.f, total.a, productIds, tolerance, unitsKnown) };
}

export function analyseActuals(project: ProjectFile, orders: readonly Order[], opts: AnalyseOptions = {}): ActualsAnalysis {
  const scenario = opts.scenario ?? 'base';
  const tolerance = project.actuals?.tolerance ?? DEFAULT_TOLERANCE;
  const forecast = computeForecast(project, { scenario });
  const rates = projectRates(project, scenario);
  const productIds = project.products.map((p) => p.id);
  const includePending = Boolean(opts.includePending);
  const matching = matchOrders(project, orders, includePending);
  const htRatio = (month: string) => {
    const m = forecastMonth(forecast, month);
    return m?.revenueTtc.gt(0) ? m.revenueHt.div(m.revenueTtc) : ONE;
  };
  const byMonth = actualMonths(matching, rates, productIds, htRatio);
  const kept = [...matching.lines.keys()];
  const until = opts.until ?? kept.reduce<string | null>((max, o) => (max === null || o.date > max ? o.date : max), null);
  const unitsKnown = kept.length === 0 || matching.units.all.gt(0);
  const { covered, months, cumulative } = compareMonths(forecast, byMonth, rates, productIds, tolerance, until, unitsKnown);
  const pendingOrders = orders.filter((o) => o.status === 'pending');
  const { reforecast, withheld } = reforecastOf(project, scenario, forecast, months, byMonth, matching);
  return {
    scenario,
    tolerance,
    forecast,
    counted: kept.length,
    left: matching.left,
    pending: { orders: pendingOrders.length, amount: sum(pendingOrders.map(orderValue)), counted: includePending },
    duplicates: opts.duplicates ?? 0,
    conversions: opts.conversions ?? [],
    outsideHorizon: kept.filter((o) => forecastMonth(forecast, monthOf(o.date)) === undefined).length,
    span: spanOf(kept),
    until,
    productIds,
    units: matching.units,
    months,
    cumulative,
    unmatched: matching.unmatched,
    reforecast,
    withheld,
    actual: covered.map((m) => byMonth.get(m)!),
  };
}

/** The re-forecast from the last (up to) three full months, or why there is none. */
function reforecastOf(
  project: ProjectFile,
  scenario: ScenarioName,
  forecast: Forecast,
  months: MonthComparison[],
  byMonth: Map<string, ActualMonth>,
  matching: Matching,
): { reforecast: Reforecast | null; withheld: Withheld | null } {
  if (!matching.units.matched.gt(0)) {
    const withheld: Withheld = matching.units.all.gt(0) ? { reason: 'nothing_matched', units: matching.units.all } : { reason: 'no_items' };
    return { reforecast: null, withheld };
  }
  const full = months.filter((m) => m.full);
  if (full.length === 0) return { reforecast: null, withheld: { reason: 'no_full_month' } };
  const baseMonths = full.slice(-3).map((m) => m.month);
  const total = (id: string, pick: 'forecast' | 'actual') => baseMonths.reduce((s, m) => s.plus(months.find((x) => x.month === m)!.lines.find((l) => l.id === id)![pick] ?? ZERO), ZERO);
  const base: ReforecastBase = {
    months: baseMonths,
    actualOrders: total('orders', 'actual'),
    forecastOrders: total('orders', 'forecast'),
    actualGoods: total('revenue_ttc', 'actual').minus(total('shipping_charged', 'actual')),
    forecastGoods: total('revenue_ttc', 'forecast').minus(total('shipping_charged', 'forecast')),
  };
  const factors = demandFactors(base);
  if (factors === null) return { reforecast: null, withheld: { reason: 'no_forecast_orders' } };
  // Every margin is known here (a unit matched): the spliced months read them as numbers.
  const actual = new Map<string, ActualFigures>([...byMonth].map(([m, a]) => [m, { ...a, contributionMargin: a.contributionMargin ?? ZERO }]));
  const scaled = scaledForecast(project, scenario, factors);
  return { reforecast: splice(forecast, scaled, actual, baseMonths[baseMonths.length - 1]!, base, factors), withheld: null };
}
