/**
 * `ecomplan actuals` as one pure function: the project, its forecast and the
 * imported orders in; the month-by-month comparison, the cumulated comparison,
 * the unmatched lines and the re-forecast out.
 */
import { computeForecast } from '../engine/index.js';
import type { Forecast, ScenarioName } from '../engine/types.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import { actualMonths, type ActualMonth } from './actual-months.js';
import { actualFigures, addFigures, compareFigures, forecastFigures, forecastMonth, zeroFigures, type LineComparison, type MonthComparison } from './compare.js';
import { projectRates, scaledForecast } from './engine-adapter.js';
import { matchOrders, type Unmatched } from './match.js';
import { demandFactor, splice, type Reforecast, type ReforecastBase } from './reforecast.js';
import type { Order } from './types.js';
import { monthOf } from './values.js';

const DEFAULT_TOLERANCE = new Decimal('0.10');

export interface ActualsAnalysis {
  scenario: ScenarioName;
  tolerance: Decimal;
  forecast: Forecast;
  /** Kept orders counted, and orders left out. */
  counted: number;
  left: { cancelled: number; test: number };
  /** Kept orders dated outside the forecast's horizon (not compared). */
  outsideHorizon: number;
  /** The last date the exports cover (the latest order, or `--until`). */
  until: string | null;
  productIds: string[];
  months: MonthComparison[];
  cumulative: LineComparison[];
  unmatched: Unmatched[];
  /** Null when no month is full or the forecast has no orders in the base months. */
  reforecast: Reforecast | null;
  /** The actual figures by month (for charts). */
  actual: ActualMonth[];
}

const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export function analyseActuals(project: ProjectFile, orders: readonly Order[], opts: { scenario?: ScenarioName; until?: string } = {}): ActualsAnalysis {
  const scenario = opts.scenario ?? 'base';
  const tolerance = project.actuals?.tolerance ?? DEFAULT_TOLERANCE;
  const forecast = computeForecast(project, { scenario });
  const rates = projectRates(project, scenario);
  const productIds = project.products.map((p) => p.id);
  const matching = matchOrders(project, orders);
  const htRatio = (month: string) => {
    const m = forecastMonth(forecast, month);
    return m?.revenueTtc.gt(0) ? m.revenueHt.div(m.revenueTtc) : ONE;
  };
  const byMonth = actualMonths(matching, rates, productIds, htRatio);
  const kept = [...matching.lines.keys()];
  const until = opts.until ?? kept.reduce<string | null>((max, o) => (max === null || o.date > max ? o.date : max), null);
  const inHorizon = (month: string) => forecastMonth(forecast, month) !== undefined;
  const covered = [...byMonth.keys()].filter(inHorizon).sort();
  // Every month between the first and the last covered, even one without an order.
  const months: MonthComparison[] = [];
  const first = covered[0];
  let total = { f: zeroFigures(productIds), a: zeroFigures(productIds) };
  if (first !== undefined) {
    for (const fm of forecast.months.filter((m) => m.month >= first && m.month <= covered[covered.length - 1]!)) {
      const f = forecastFigures(fm, rates);
      const a = byMonth.has(fm.month) ? actualFigures(byMonth.get(fm.month)!) : zeroFigures(productIds);
      months.push({
        month: fm.month,
        full: until !== null && until >= lastDay(fm.month),
        lines: compareFigures(f, a, productIds, tolerance),
      });
      total = { f: addFigures(total.f, f), a: addFigures(total.a, a) };
    }
  }
  return {
    scenario,
    tolerance,
    forecast,
    counted: kept.length,
    left: matching.left,
    outsideHorizon: kept.filter((o) => !inHorizon(monthOf(o.date))).length,
    until,
    productIds,
    months,
    cumulative: first === undefined ? [] : compareFigures(total.f, total.a, productIds, tolerance),
    unmatched: matching.unmatched,
    reforecast: reforecastOf(project, scenario, forecast, months, byMonth),
    actual: covered.map((m) => byMonth.get(m)!),
  };
}

/** The re-forecast from the last (up to) three full months. */
function reforecastOf(project: ProjectFile, scenario: ScenarioName, forecast: Forecast, months: MonthComparison[], byMonth: Map<string, ActualMonth>): Reforecast | null {
  const full = months.filter((m) => m.full);
  if (full.length === 0) return null;
  const baseMonths = full.slice(-3).map((m) => m.month);
  const orders = (id: string, pick: 'forecast' | 'actual') => months.find((m) => m.month === id)!.lines.find((l) => l.id === 'orders')![pick] ?? ZERO;
  const base: ReforecastBase = {
    months: baseMonths,
    actualOrders: baseMonths.reduce((s, m) => s.plus(orders(m, 'actual')), ZERO),
    forecastOrders: baseMonths.reduce((s, m) => s.plus(orders(m, 'forecast')), ZERO),
  };
  const factor = demandFactor(base);
  if (factor === null) return null;
  const scaled = scaledForecast(project, scenario, factor);
  return splice(forecast, scaled, byMonth, baseMonths[baseMonths.length - 1]!, base, factor);
}
