/**
 * The re-forecast: the months after the last full month of actuals re-run the engine
 * with demand and basket scaled by what the last three full months showed (fewer when
 * fewer are full): the orders by actual / forecast orders, the basket by the actual goods
 * revenue per order / the forecast's (revenue TTC less shipping charged, both net of
 * refunds). Up to the last full month the figures are the actuals: revenue as sold, cash
 * estimated as the forecast's cash plus the cumulated difference in contribution margin
 * (the exports show sales, not the bank). After it, each month's cash moves as in the
 * scaled forecast, from that estimated balance.
 */
import { DECIMAL } from '../engine/arith.js';
import { breakEvenMonthOf, type BreakEvenMonth } from '../engine/stages/break-even.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import type { Forecast } from '../engine/types.js';

export interface ReforecastBase {
  /** The full months the factors are computed on (at most the last three). */
  months: string[];
  actualOrders: Decimal;
  forecastOrders: Decimal;
  /** Revenue TTC less shipping charged, net of refunds, over the base months. */
  actualGoods: Decimal;
  forecastGoods: Decimal;
}

/** What the re-forecast multiplies: the orders (every source's visitors) and the basket (items per order). */
export interface Factors {
  orders: Decimal;
  basket: Decimal;
}

/**
 * actual / forecast orders over `base`, and actual / forecast goods per order (1 when
 * no order was sold there); null when the forecast has no orders or no goods there.
 */
export function demandFactors(base: ReforecastBase): Factors | null {
  if (!base.forecastOrders.gt(0) || !base.forecastGoods.gt(0)) return null;
  const orders = base.actualOrders.div(base.forecastOrders);
  const basket = base.actualOrders.gt(0) ? base.actualGoods.div(base.actualOrders).div(base.forecastGoods.div(base.forecastOrders)) : ONE;
  return { orders, basket };
}

interface ReforecastMonth {
  month: string;
  /** `actual` up to the last full month of actuals, then `reforecast`. */
  kind: 'actual' | 'reforecast';
  revenueHt: Decimal;
  revenueTtc: Decimal;
  cashEnd: Decimal;
}

interface Summary {
  year1RevenueHt: Decimal;
  breakEvenMonth: string | null;
  lowestCash: Decimal;
  lowestCashMonth: string;
}

export interface Reforecast {
  factors: Factors;
  base: ReforecastBase;
  /** The last full month of actuals. */
  through: string;
  months: ReforecastMonth[];
  original: Summary;
  revised: Summary;
}

export interface ActualFigures {
  revenueHt: Decimal;
  revenueTtc: Decimal;
  contributionMargin: Decimal;
}

function summaryOf(f: Forecast): Summary {
  return {
    year1RevenueHt: f.years[0]?.revenueHt ?? ZERO,
    breakEvenMonth: f.breakEvenMonth,
    lowestCash: f.cash.lowest,
    lowestCashMonth: f.cash.lowestMonth,
  };
}

/** Splice the actuals (through `through`) with the scaled forecast, and summarise as the engine does. */
export function splice(original: Forecast, scaled: Forecast, actual: Map<string, ActualFigures>, through: string, base: ReforecastBase, factors: Factors): Reforecast {
  const months: ReforecastMonth[] = [];
  let cmGap = ZERO;
  let cashAtCut = ZERO;
  let scaledAtCut = ZERO;
  const covered: BreakEvenMonth<Decimal>[] = [];
  let lowest = { cash: new Decimal(Infinity), month: original.start };
  let year1 = ZERO;
  original.months.forEach((o, i) => {
    const s = scaled.months[i]!;
    const a = o.month <= through ? actual.get(o.month) : undefined;
    let row: ReforecastMonth;
    let margin: Decimal;
    let fixed: Decimal;
    if (o.month <= through) {
      const fig = a ?? { revenueHt: ZERO, revenueTtc: ZERO, contributionMargin: ZERO };
      cmGap = cmGap.plus(fig.contributionMargin.minus(o.contributionMargin));
      cashAtCut = o.cashEnd.plus(cmGap);
      scaledAtCut = s.cashEnd;
      row = { month: o.month, kind: 'actual', revenueHt: fig.revenueHt, revenueTtc: fig.revenueTtc, cashEnd: cashAtCut };
      margin = fig.contributionMargin;
      fixed = o.contributionMargin.minus(o.resultBeforeTax);
    } else {
      row = {
        month: o.month,
        kind: 'reforecast',
        revenueHt: s.revenueHt,
        revenueTtc: s.revenueTtc,
        cashEnd: cashAtCut.plus(s.cashEnd.minus(scaledAtCut)),
      };
      margin = s.contributionMargin;
      fixed = s.contributionMargin.minus(s.resultBeforeTax);
    }
    months.push(row);
    if (i < 12) year1 = year1.plus(row.revenueHt);
    if (row.cashEnd.lt(lowest.cash)) lowest = { cash: row.cashEnd, month: row.month };
    covered.push({ month: row.month, contributionMargin: margin, resultBeforeTax: margin.minus(fixed) });
  });
  // The engine's one definition of the point mort (issue 19): covered from that month to the end of the horizon.
  const breakEvenMonth = breakEvenMonthOf(DECIMAL, covered);
  return {
    factors,
    base,
    through,
    months,
    original: summaryOf(original),
    revised: { year1RevenueHt: year1, breakEvenMonth, lowestCash: lowest.cash, lowestCashMonth: lowest.month },
  };
}
