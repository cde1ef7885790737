/**
 * Exports in another currency than the project's: refused unless converted at a rate the
 * user gives (`--rate USD=0.92`: units of the project's currency per unit of that currency),
 * never printed as if they were the project's. Rates are Decimals read from the characters
 * written; every amount of a converted order is multiplied by its rate. An order whose export
 * names no currency is in the project's.
 */
import { problem, type Problem } from '../diagnostics/problem.js';
import { Decimal } from '../model/decimal.js';
import type { Order } from './types.js';

export type Rates = ReadonlyMap<string, Decimal>;

/** A rate the command used: the currency, its rate and how many orders it converted. */
export interface Conversion {
  currency: string;
  rate: Decimal;
  orders: number;
}

const RATE = /^([A-Za-z]{3})=(\d{1,12}(?:[.,]\d{1,12})?)$/;

/** `--rate USD=0.92` (repeatable) → rates; an error names the value that cannot be read. */
export function parseRates(values: readonly string[]): { ok: true; rates: Rates } | { ok: false; value: string } {
  const rates = new Map<string, Decimal>();
  for (const value of values) {
    const m = RATE.exec(value.trim());
    const rate = m ? new Decimal(m[2]!.replace(',', '.')) : null;
    if (!m || !rate || rate.lte(0) || rates.has(m[1]!.toUpperCase())) return { ok: false, value };
    rates.set(m[1]!.toUpperCase(), rate);
  }
  return { ok: true, rates };
}

function converted(o: Order, rate: Decimal, to: string): Order {
  const x = (d: Decimal) => d.times(rate);
  return {
    ...o,
    total: o.total && x(o.total),
    taxes: o.taxes && x(o.taxes),
    shipping: x(o.shipping),
    discounts: x(o.discounts),
    refunds: x(o.refunds),
    currency: to,
    lines: o.lines.map((l) => ({ ...l, unitPrice: l.unitPrice && x(l.unitPrice) })),
  };
}

/**
 * Orders in the project's currency. An order in a currency without a rate is a problem of its
 * export (one per export and currency, at its first order), and the orders are not compared.
 */
export function convertOrders(orders: readonly Order[], projectCurrency: string, rates: Rates): { orders: Order[]; conversions: Conversion[]; problems: Array<{ file: string; problem: Problem }> } {
  const counts = new Map<string, number>();
  const missing = new Map<string, { file: string; problem: Problem }>();
  const out = orders.map((o) => {
    const currency = o.currency?.toUpperCase() ?? projectCurrency;
    if (currency === projectCurrency) return o;
    const rate = rates.get(currency);
    if (rate === undefined) {
      const key = `${o.file}\u0000${currency}`;
      const first = missing.get(key);
      if (!first || o.line < first.problem.line) {
        const data = { currency, project: projectCurrency, option: `--rate ${currency}=…` };
        missing.set(key, { file: o.file, problem: problem('actuals.currency_mismatch', 'error', '', { line: o.line, column: 1 }, data) });
      }
      return o;
    }
    counts.set(currency, (counts.get(currency) ?? 0) + 1);
    return converted(o, rate, projectCurrency);
  });
  const conversions = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, n]) => ({ currency, rate: rates.get(currency)!, orders: n }));
  return { orders: out, conversions, problems: [...missing.values()] };
}
