/**
 * Losing the VAT franchise (art. 293 B CGI): calendar-year revenue above the upper
 * threshold → VAT from the month of the crossing; above the base threshold → VAT
 * from 1 January of the next year. The forecast then runs under the normal regime
 * from that month, prices TTC unchanged (issue 9). Pure.
 */
import type { Decimal } from '../model/decimal.js';
import { monthIndex } from '../model/fields.js';
import { rulesFor } from '../model/rules-fr.js';
import type { ProjectFile } from '../model/schema.js';
import type { Num } from './arith.js';
import type { Levers } from './levers.js';
import { prepareWith, type Prepared } from './prepare.js';
import { investmentSchedules } from './prepare/schedules.js';
import type { StockSeries } from './stock.js';
import type { MonthResult } from './types.js';

export interface VatSwitch {
  /** First month index (1-based) under the normal regime. */
  from: number;
  reason: 'upper' | 'base';
}

/** The month the franchise is lost, from the months computed under the franchise; null when it holds. */
export function franchiseSwitch<N extends Num<N>>(p: Prepared<N>, months: readonly MonthResult<N>[]): VatSwitch | null {
  const n = p.num;
  if (p.regime !== 'franchise' || !p.project.company) return null;
  const years = [...new Set(months.map((m) => Number(m.month.slice(0, 4))))];
  for (const year of years) {
    const rules = rulesFor(year).vatFranchise;
    let cumulative = n.zero;
    let base: number | null = null;
    for (const m of months.filter((x) => Number(x.month.slice(0, 4)) === year)) {
      cumulative = cumulative.plus(m.revenueHt);
      if (cumulative.gt(n.from(rules.upper[p.activity].value))) return { from: m.index, reason: 'upper' };
      if (base === null && cumulative.gt(n.from(rules.base[p.activity].value))) base = m.index;
    }
    if (base !== null) {
      const january = monthIndex(`${year + 1}-01`, p.start);
      return january <= p.horizon ? { from: january, reason: 'base' } : null;
    }
  }
  return null;
}

/** The same project under the normal VAT regime (prices TTC unchanged). */
function underNormalVat(project: ProjectFile): ProjectFile {
  return project.company ? { ...project, company: { ...project.company, vat_regime: 'normal' } } : project;
}

/** The inputs prepared under the VAT regime of month `m` (1..H). */
export type PreparedAt<N extends Num<N> = Decimal> = (m: number) => Prepared<N>;

/**
 * `p` before the month the franchise is lost, the same project prepared under the normal regime from it
 * (prices HT, costs and their deductible VAT). Each investment is depreciated at the value it was bought at: VAT
 * included before the switch, excluding VAT from it (issue 19: the balance sheet's fixed assets are those values).
 * `vat` null: `p` throughout.
 */
export function preparedAt<N extends Num<N>>(p: Prepared<N>, levers: Levers<N>, vat: VatSwitch | null): PreparedAt<N> {
  if (vat === null) return () => p;
  const ctx = { num: p.num, project: p.project, levers, start: p.start, horizon: p.horizon, regime: p.regime, defaultVat: p.costContext.defaultVat };
  const { depreciation } = investmentSchedules(ctx, (m) => (m >= vat.from ? 'normal' : 'franchise'));
  // Before the switch, the combined schedule is p's own (no investment of the normal regime has started).
  const normal: Prepared<N> = { ...prepareWith(underNormalVat(p.project), levers, p.num), depreciation };
  return (m) => (m >= vat.from ? normal : p);
}

/**
 * The VAT on the stock held when the franchise is lost (the end of the month before the switch), deductible in the
 * switch month (complément de déduction, art. 207 de l'annexe II au CGI): the goods were bought VAT included; from
 * the switch they are valued, and sold, excluding VAT. 0 without a switch.
 */
export function stockVatAtSwitch<N extends Num<N>>(at: PreparedAt<N>, stocks: readonly StockSeries<N>[], vat: VatSwitch | null): N {
  const n = at(1).num;
  if (vat === null || vat.from < 2) return n.zero;
  return n.sum(at(vat.from).products.map((prod, i) => stocks[i]!.stock[vat.from - 1]!.times(prod.cost.vat)));
}
