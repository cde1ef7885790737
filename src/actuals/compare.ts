/**
 * Forecast vs actual, month by month and cumulated: for each line the forecast,
 * the actual, the difference, the difference in % of the forecast and a verdict
 * (ahead, on plan within the tolerance, behind). For refunds and channel fees,
 * more is worse: above the forecast is « behind ».
 */
import { Decimal, ZERO } from '../model/decimal.js';
import type { Forecast, MonthResult } from '../engine/types.js';
import type { ProjectRates } from './engine-adapter.js';
import type { ActualMonth } from './actual-months.js';

type Verdict = 'ahead' | 'on_plan' | 'behind';

export interface LineComparison {
  /** `orders`, `units.<product id>`, `units.unmatched`, `revenue_ttc`… */
  id: string;
  kind: 'count' | 'money';
  forecast: Decimal | null;
  /** Null when unknown: the margin when no unit matched a product, units when the exports list no item. */
  actual: Decimal | null;
  diff: Decimal | null;
  /** diff / forecast; null when the forecast is zero or absent. */
  diffRate: Decimal | null;
  verdict: Verdict | null;
}

export interface MonthComparison {
  month: string;
  /** False for the last month when the exports stop before its end. */
  full: boolean;
  lines: LineComparison[];
}

/** What is compared for one month (or a cumulated period). */
interface Figures {
  orders: Decimal;
  units: Record<string, Decimal>;
  unmatched: Decimal;
  revenueTtc: Decimal;
  revenueHt: Decimal;
  shipping: Decimal;
  refunds: Decimal;
  channelFees: Decimal;
  contributionMargin: Decimal | null;
}

const COSTS = new Set(['refunds', 'channel_fees']);

function verdictOf(id: string, diffRate: Decimal | null, tolerance: Decimal): Verdict | null {
  if (diffRate === null) return null;
  if (diffRate.abs().lte(tolerance)) return 'on_plan';
  const above = diffRate.gt(0);
  return above !== COSTS.has(id) ? 'ahead' : 'behind';
}

function line(id: string, kind: 'count' | 'money', forecast: Decimal | null, actual: Decimal | null, tolerance: Decimal): LineComparison {
  const diff = forecast === null || actual === null ? null : actual.minus(forecast);
  const diffRate = forecast === null || diff === null || forecast.isZero() ? null : diff.div(forecast.abs());
  return { id, kind, forecast, actual, diff, diffRate, verdict: verdictOf(id, diffRate, tolerance) };
}

/** The forecast's figures of a month: shipping charged before refunds, refunds as the refunded share of gross revenue. */
export function forecastFigures(m: MonthResult, rates: ProjectRates): Figures {
  const kept = new Decimal(1).minus(rates.returnsRate);
  const gross = kept.isZero() ? ZERO : m.revenueTtc.div(kept);
  return {
    orders: m.orders,
    units: m.units,
    unmatched: ZERO,
    revenueTtc: m.revenueTtc,
    revenueHt: m.revenueHt,
    shipping: m.orders.times(rates.shippingChargedTtc),
    refunds: gross.minus(m.revenueTtc),
    channelFees: m.channelFees,
    contributionMargin: m.contributionMargin,
  };
}

export function actualFigures(a: ActualMonth): Figures {
  return {
    orders: a.orders,
    units: a.units,
    unmatched: a.unmatchedUnits,
    revenueTtc: a.revenueTtc,
    revenueHt: a.revenueHt,
    shipping: a.shipping,
    refunds: a.refunds,
    channelFees: a.channelFees,
    contributionMargin: a.contributionMargin,
  };
}

export function addFigures(a: Figures, b: Figures): Figures {
  const units: Record<string, Decimal> = { ...a.units };
  for (const [id, u] of Object.entries(b.units)) units[id] = (units[id] ?? ZERO).plus(u);
  return {
    orders: a.orders.plus(b.orders),
    units,
    unmatched: a.unmatched.plus(b.unmatched),
    revenueTtc: a.revenueTtc.plus(b.revenueTtc),
    revenueHt: a.revenueHt.plus(b.revenueHt),
    shipping: a.shipping.plus(b.shipping),
    refunds: a.refunds.plus(b.refunds),
    channelFees: a.channelFees.plus(b.channelFees),
    contributionMargin: a.contributionMargin === null || b.contributionMargin === null ? null : a.contributionMargin.plus(b.contributionMargin),
  };
}

export const zeroFigures = (productIds: string[]): Figures => ({
  orders: ZERO,
  units: Object.fromEntries(productIds.map((id) => [id, ZERO])),
  unmatched: ZERO,
  revenueTtc: ZERO,
  revenueHt: ZERO,
  shipping: ZERO,
  refunds: ZERO,
  channelFees: ZERO,
  contributionMargin: ZERO,
});

const basket = (f: Figures) => (f.orders.gt(0) ? f.revenueTtc.div(f.orders) : ZERO);

/** `unitsKnown`: false when the exports list no item (PrestaShop): units per product are not zero, they are unknown. */
export function compareFigures(f: Figures, a: Figures, productIds: string[], tolerance: Decimal, unitsKnown = true): LineComparison[] {
  const lines = [line('orders', 'count', f.orders, a.orders, tolerance)];
  for (const id of productIds) lines.push(line(`units.${id}`, 'count', f.units[id] ?? ZERO, unitsKnown ? (a.units[id] ?? ZERO) : null, tolerance));
  if (a.unmatched.gt(0)) lines.push(line('units.unmatched', 'count', null, a.unmatched, tolerance));
  lines.push(
    line('revenue_ttc', 'money', f.revenueTtc, a.revenueTtc, tolerance),
    line('revenue_ht', 'money', f.revenueHt, a.revenueHt, tolerance),
    line('basket', 'money', f.orders.gt(0) ? basket(f) : null, basket(a), tolerance),
    line('shipping_charged', 'money', f.shipping, a.shipping, tolerance),
    line('refunds', 'money', f.refunds, a.refunds, tolerance),
    line('channel_fees', 'money', f.channelFees, a.channelFees, tolerance),
    line('contribution_margin', 'money', f.contributionMargin, a.contributionMargin, tolerance),
  );
  return lines;
}

/** The forecast month of `month` (YYYY-MM), if inside the horizon. */
export const forecastMonth = (f: Forecast, month: string): MonthResult | undefined => f.months.find((m) => m.month === month);
