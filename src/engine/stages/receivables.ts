/**
 * Customer receivables (issue 19): a channel pays its sales out `payout_delay_days`
 * after the sale (a marketplace's payout cycle, a payment provider's delay). Sales
 * fall evenly over their month (30-day months, the convention of the point mort),
 * so a delay of d = 30q + r days cashes a month's sales TTC of that channel for
 * (30 − r)/30 in the month q later and r/30 in the month q + 1 later. Without any
 * delay, sales are cashed in the month of sale (then no receivable). Pure.
 */
import { DAYS_PER_MONTH } from '../../model/rules-fr.js';
import type { Num } from '../arith.js';
import type { Prepared } from '../prepare.js';
import type { MonthResult } from '../types.js';

/** Sales TTC cashed in each month (index 1..H; index 0 unused). */
export function salesCashedOf<N extends Num<N>>(p: Prepared<N>, months: readonly MonthResult<N>[]): N[] {
  const { zero: ZERO, addTo, timesOf } = p.num;
  const out: N[] = [ZERO, ...months.map(() => ZERO)];
  if (p.channels.every((c) => c.payoutDelayDays === 0)) {
    months.forEach((r, i) => {
      out[i + 1] = r.revenueTtc;
    });
    return out;
  }
  const H = months.length;
  for (const c of p.channels) {
    const q = Math.floor(c.payoutDelayDays / DAYS_PER_MONTH);
    const late = p.num.of(c.payoutDelayDays % DAYS_PER_MONTH).div(p.num.of(DAYS_PER_MONTH));
    const onTime = p.num.one.minus(late);
    months.forEach((r, i) => {
      const sold = r.channelRevenueTtc[c.id] ?? ZERO;
      const first = i + 1 + q;
      if (first <= H) out[first] = addTo(out[first]!, timesOf(sold, onTime));
      if (first + 1 <= H) out[first + 1] = addTo(out[first + 1]!, timesOf(sold, late));
    });
  }
  return out;
}
