/**
 * Stage 4 — stock (forecast-model.md, "Stock and cash"): each product's
 * purchases and stock level, their value at unit cost, the deductible VAT of
 * the purchases, what is owed to suppliers, and the stock plan by product. Pure.
 */
import { sum, type Decimal } from '../../model/decimal.js';
import type { Num } from '../arith.js';
import type { DemandSeries } from './demand.js';
import { DAYS_PER_MONTH } from '../../model/rules-fr.js';
import type { Prepared } from '../prepare.js';
import { simulateStock, type StockSeries } from '../stock.js';
import type { MonthResult, StockPlan } from '../types.js';
import type { PreparedAt } from '../vat-switch.js';

export interface MonthStock<N = Decimal> {
  stockPurchases: N;
  /** Deductible VAT of this month's purchases (0 under the franchise). */
  purchaseVat: N;
  stockValue: N;
}

/** A product's stock series, with its purchases and stock valued at the unit cost of the forecast's inputs `p`. */
export interface ValuedStock<N = Decimal> extends StockSeries<N> {
  /** Index 1..H. */
  purchaseValue: N[];
  stockValue: N[];
}

/** The stock series in units of every product (by product index). */
export function simulateStocks<N extends Num<N>>(p: Prepared<N>, d: DemandSeries<N>): StockSeries<N>[] {
  return p.products.map((prod, i) => simulateStock(p.num, d.units[i]!, p.horizon, p.cover, prod.minimumOrder));
}

/** The stock series of every product (by product index), valued once for the P&L, the balance and the stock plan. */
export function stockSeries<N extends Num<N>>(p: Prepared<N>, units: readonly StockSeries<N>[]): ValuedStock<N>[] {
  const { timesOf } = p.num;
  return p.products.map((prod, i) => {
    const s = units[i]!;
    const valued = (u: N) => timesOf(u, prod.cost.total);
    return { ...s, purchaseValue: s.purchases.map(valued), stockValue: s.stock.map(valued) };
  });
}

/**
 * Purchases, their VAT and the stock value of month `m` under `q`, that month's inputs; `sameCosts`: `q` is the
 * forecast's `p`, whose values `stockSeries` computed (else the VAT regime changed the unit costs: valued again).
 */
export function stockOfMonth<N extends Num<N>>(q: Prepared<N>, stocks: readonly ValuedStock<N>[], m: number, sameCosts: boolean): MonthStock<N> {
  let stockPurchases = q.num.zero;
  let purchaseVat = q.num.zero;
  let stockValue = q.num.zero;
  q.products.forEach((prod, i) => {
    const s = stocks[i]!;
    const bought = s.purchases[m]!;
    // Most months buy nothing (stock is bought in batches): no operation for them.
    if (!bought.isZero()) {
      stockPurchases = stockPurchases.plus(sameCosts ? s.purchaseValue[m]! : bought.times(prod.cost.total));
      if (!prod.cost.vat.isZero()) purchaseVat = purchaseVat.plus(bought.times(prod.cost.vat));
    }
    const held = s.stock[m]!;
    if (!held.isZero()) stockValue = stockValue.plus(sameCosts ? s.stockValue[m]! : held.times(prod.cost.total));
  });
  return { stockPurchases, purchaseVat, stockValue };
}

/** Purchases paid in month `m` (bought `paymentDelayMonths` earlier, at that month's cost and VAT: `at(k)`), VAT included. */
export function purchasesPaidAt<N extends Num<N>>(at: PreparedAt<N>, stocks: readonly StockSeries<N>[], m: number): N {
  const { sum, timesOf, zero } = at(m).num;
  return sum(
    at(m).products.map((prod, i) => {
      const k = m - prod.paymentDelayMonths;
      return k >= 1 ? timesOf(stocks[i]!.purchases[k]!, at(k).products[i]!.costPaid) : zero;
    }),
  );
}

/** Owed to suppliers at the end of month `e`: purchases not yet paid, each at its month's cost, VAT included. */
export function payablesAt<N extends Num<N>>(at: PreparedAt<N>, stocks: readonly StockSeries<N>[], e: number): N {
  const { sum, zero } = at(e).num;
  return sum(
    at(e).products.map((prod, i) => {
      let owed = zero;
      for (let k = Math.max(1, e - prod.paymentDelayMonths + 1); k <= e; k++) {
        const bought = stocks[i]!.purchases[k]!;
        if (!bought.isZero()) owed = owed.plus(bought.times(at(k).products[i]!.costPaid));
      }
      return owed;
    }),
  );
}

/** The stock plan of each product; the reorder point uses year 1's average daily sales (30-day months). */
export function stockPlans(p: Prepared, d: DemandSeries, stocks: readonly ValuedStock[], months: readonly MonthResult[]): StockPlan[] {
  return p.products.map((prod, i) => {
    const s = stocks[i]!;
    const yearOne = Math.min(12, p.horizon);
    const daily = sum(d.units[i]!.slice(1, yearOne + 1)).div(DAYS_PER_MONTH * yearOne);
    return {
      productId: prod.id,
      productName: prod.product.name,
      reorderPointUnits: prod.leadTimeDays === null ? null : daily.times(prod.leadTimeDays + p.safetyDays),
      months: months.map((r) => ({
        month: r.month,
        units: d.units[i]![r.index]!,
        purchaseUnits: s.purchases[r.index]!,
        purchaseValue: s.purchaseValue[r.index]!,
        stockUnits: s.stock[r.index]!,
        stockValue: s.stockValue[r.index]!,
        forcedByMinimum: s.forcedByMinimum[r.index]!,
      })),
      strategy: prod.product.strategy,
      unitCost: prod.cost.total,
      leadTimeDays: prod.leadTimeDays,
      minimumOrderUnits: prod.minimumOrder,
      paymentDelayMonths: prod.paymentDelayMonths,
      supplierId: prod.supplier?.id ?? null,
    };
  });
}
