/**
 * Stage 8 — cash (forecast-model.md, "Stock and cash"): the plan de trésorerie
 * month by month. Sales and financing come in; purchases (after the supplier's
 * terms), expenses, investments, VAT of the previous month, loan repayments,
 * contributions, owner pay and corporate tax go out. Pure.
 */
import type { Decimal } from '../../model/decimal.js';
import type { Arith, Num } from '../arith.js';
import type { Prepared } from '../prepare.js';
import type { StockSeries } from '../stock.js';
import type { CashFlows, MonthResult } from '../types.js';
import type { MonthCosts } from './costs.js';
import type { MonthRevenue } from './revenue.js';
import { purchasesPaidAt } from './stock.js';
import type { VatSchedule } from './vat.js';
import type { PreparedAt } from '../vat-switch.js';

/** Expenses paid in month `m`, VAT included: channel fees, shipping, returns, marketing, fixed and setup costs. */
export function expensesPaidOfMonth<N extends Num<N>>(p: Prepared<N>, m: number, rev: MonthRevenue<N>, costs: MonthCosts<N>): N {
  const { addTo, timesOf } = p.num;
  const terms = [
    costs.shippingCosts,
    timesOf(rev.orders, p.carrierPerOrder.vat),
    costs.returnsCost,
    timesOf(rev.returned, p.returnPerOrder.vat),
    costs.marketing,
    addTo(p.fixed[m]!.charge, p.fixed[m]!.vat),
    addTo(p.setup[m]!.charge, p.setup[m]!.vat),
  ];
  let paid = costs.channelFees;
  for (const t of terms) paid = addTo(paid, t);
  return paid;
}

export interface CashInputs<N = Decimal> {
  stocks: readonly StockSeries<N>[];
  /** Index 1..H: sales TTC cashed (after the channels' payout delays, receivables.ts). */
  salesCashed: readonly N[];
  /** Index 1..H. */
  expensesPaid: readonly N[];
  vat: VatSchedule<N>;
  /** By fiscal year (index 0 = year 1), paid the month after the year ends. */
  corporateTax: readonly N[];
  /** Index 1..H: the owner's contributions paid (all forms but the micro-entreprise; `ownerSocialStep`). */
  socialPaid: readonly N[];
  /** Index 1..H: eco-contributions and the e-invoicing platform paid, VAT included (absent: none). */
  legalPaid?: ReadonlyArray<{ eco: N; eInvoicing: N }>;
}

/** Fills `cashFlows`, `cashIn`, `cashOut` and `cashEnd` of each month, in order; `at(m)`: month m's VAT regime. */
export function cashPlan<N extends Num<N>>(p: Prepared<N>, at: PreparedAt<N>, months: MonthResult<N>[], inputs: CashInputs<N>): void {
  const { addTo, subtractFrom, sum, zero: ZERO } = p.num;
  const isMicro = p.legalForm === 'micro_entreprise';
  let cash = ZERO;
  for (let m = 1; m <= p.horizon; m++) {
    const r = months[m - 1]!;
    const prev = months[m - 2];
    const taxYear = (m - 1) / 12; // paid the month after year y ends: m = 12y + 1
    const flows: CashFlows<N> = {
      sales: inputs.salesCashed[m]!,
      financing: p.financing[m]!,
      purchases: purchasesPaidAt(at, inputs.stocks, m),
      expenses: inputs.expensesPaid[m]!,
      investments: addTo(at(m).investments[m]!.charge, at(m).investments[m]!.vat),
      vat: inputs.vat.paid[m]!,
      loanRepayments: addTo(p.loans[m]!.interest, p.loans[m]!.principal),
      // A micro-entrepreneur declares the month's revenue and pays the next month; the others as URSSAF bills them.
      socialAndTax: isMicro ? (prev ? addTo(prev.socialContributions, prev.incomeTax) : ZERO) : inputs.socialPaid[m]!,
      ownerPay: r.ownerPay,
      corporateTax: Number.isInteger(taxYear) && taxYear >= 1 ? inputs.corporateTax[taxYear - 1]! : ZERO,
      ecoContributions: inputs.legalPaid?.[m]?.eco ?? ZERO,
      eInvoicing: inputs.legalPaid?.[m]?.eInvoicing ?? ZERO,
    };
    r.cashFlows = flows;
    r.cashIn = addTo(flows.sales, flows.financing);
    r.cashOut = sum([
      flows.purchases,
      flows.expenses,
      flows.investments,
      flows.vat,
      flows.loanRepayments,
      flows.socialAndTax,
      flows.ownerPay,
      flows.corporateTax,
      flows.ecoContributions,
      flows.eInvoicing,
    ]);
    cash = subtractFrom(addTo(cash, r.cashIn), r.cashOut);
    r.cashEnd = cash;
  }
}

export function emptyFlows<N extends Num<N>>(n: Arith<N>): CashFlows<N> {
  const ZERO = n.zero;
  return {
    sales: ZERO,
    financing: ZERO,
    purchases: ZERO,
    expenses: ZERO,
    investments: ZERO,
    vat: ZERO,
    loanRepayments: ZERO,
    socialAndTax: ZERO,
    ownerPay: ZERO,
    corporateTax: ZERO,
    ecoContributions: ZERO,
    eInvoicing: ZERO,
  };
}

/** The lowest month-end balance and its month (the first one on a tie). */
export function lowestCash<N extends Num<N>>(months: readonly MonthResult<N>[]): { lowest: N; lowestMonth: string } {
  let lowest = months[0]!;
  for (const r of months) if (r.cashEnd.lt(lowest.cashEnd)) lowest = r;
  return { lowest: lowest.cashEnd, lowestMonth: lowest.month };
}
