/**
 * Month-indexed schedules (index 1..H) of every charge and resource:
 * marketing, fixed and setup costs, investments and their depreciation,
 * financing received and loan installments, owner pay. Pure.
 */
import { ZERO } from '../../model/decimal.js';
import type { Arith, Num } from '../arith.js';
import { depreciationSchedule, loanSchedule, type LoanMonth } from '../loans.js';
import type { ChannelInput, ProductInput } from '../prepare.js';
import type { AmountLine } from '../types.js';
import { costBasis, type CostBasis, type VatRegime } from '../unit-cost.js';
import { monthAt, type PrepContext } from './context.js';

const zeros = <N extends Num<N>>(n: Arith<N>, h: number): N[] => Array.from({ length: h + 1 }, () => n.zero);
const zeroCosts = <N extends Num<N>>(n: Arith<N>, h: number): CostBasis<N>[] => Array.from({ length: h + 1 }, () => ({ charge: n.zero, vat: n.zero }));
const costAdder =
  <N extends Num<N>>(n: Arith<N>) =>
  (a: CostBasis<N>, b: CostBasis<N>): CostBasis<N> => ({ charge: n.addTo(a.charge, b.charge), vat: n.addTo(a.vat, b.vat) });

/** A monthly amount of a schedule and the months (1..H) it applies to. */
interface Recurring<T> {
  amount: T;
  from: number;
  until: number;
}

/**
 * Each month's total of the recurring amounts that apply to it, added in their order. Months with the same
 * amounts share one total: it is added once (the same digits as adding it month by month).
 */
function recurringSchedule<T>(lines: readonly Recurring<T>[], horizon: number, empty: T, add: (a: T, b: T) => T): T[] {
  const totals = new Map<string, T>();
  const out: T[] = [empty];
  for (let m = 1; m <= horizon; m++) {
    const active: number[] = [];
    lines.forEach((l, i) => {
      if (l.from <= m && m <= l.until) active.push(i);
    });
    const key = active.join(',');
    let total = totals.get(key);
    if (total === undefined) {
      total = active.reduce((t, i) => add(t, lines[i]!.amount), empty);
      totals.set(key, total);
    }
    out.push(total);
  }
  return out;
}
const inHorizon = <N extends Num<N>>(ctx: PrepContext<N>, m: number) => m >= 1 && m <= ctx.horizon;

/** Paid acquisition budgets, organic sources' costs and dated communication actions, with the marketing lever. */
export function marketingSchedule<N extends Num<N>>(ctx: PrepContext<N>): N[] {
  const { project, levers, horizon: H, num: n } = ctx;
  const lines: Recurring<N>[] = [];
  for (const s of project.acquisition ?? []) {
    const from = Math.max(1, monthAt(ctx, s.from));
    for (const amount of [s.monthly_budget, s.monthly_cost]) if (amount !== undefined) lines.push({ amount: n.from(amount).times(levers.marketing), from, until: H });
  }
  const marketing = recurringSchedule(lines, H, n.zero, (a, b) => a.plus(b));
  for (const a of project.brand?.communication?.actions ?? []) {
    const m = monthAt(ctx, a.month);
    if (a.budget !== undefined && inHorizon(ctx, m)) marketing[m] = marketing[m]!.plus(n.from(a.budget).times(levers.marketing));
  }
  return marketing;
}

/** Fixed costs (with the fixed-costs lever) between `from` and `until`, plus the channels' monthly fees. */
export function fixedSchedule<N extends Num<N>>(ctx: PrepContext<N>, channels: readonly ChannelInput<N>[]): CostBasis<N>[] {
  const { project, levers, horizon: H, num: n } = ctx;
  const lines: Recurring<CostBasis<N>>[] = (project.fixed_costs ?? []).map((f) => {
    const monthly = f.monthly ? n.from(f.monthly) : n.from(f.yearly ?? ZERO).div(n.of(12));
    const amount = costBasis(n, monthly.times(levers.fixedCosts), f.vat_rate ? n.from(f.vat_rate) : ctx.defaultVat, ctx.regime);
    return { amount, from: Math.max(1, monthAt(ctx, f.from)), until: Math.min(H, monthAt(ctx, f.until, H)) };
  });
  for (const c of channels) if (!c.monthlyFee.isZero()) lines.push({ amount: { charge: c.monthlyFee, vat: n.zero }, from: 1, until: H });
  return recurringSchedule(lines, H, { charge: n.zero, vat: n.zero }, costAdder(n));
}

/** Setup costs of outsourced strategies, all in month 1. */
export function setupSchedule<N extends Num<N>>(ctx: PrepContext<N>, products: readonly ProductInput<N>[]): CostBasis<N>[] {
  const setup = zeroCosts(ctx.num, ctx.horizon);
  const add = costAdder(ctx.num);
  for (const p of products) setup[1] = add(setup[1]!, p.setup);
  return setup;
}

/**
 * Investments paid, their depreciation, and the year-1 investments as needs of the financing plan. `regimeOf`: the VAT
 * regime of a month (default the project's): an investment is valued, and depreciated, at the regime of its month.
 */
export function investmentSchedules<N extends Num<N>>(
  ctx: PrepContext<N>,
  regimeOf: (m: number) => VatRegime = () => ctx.regime,
): {
  investments: CostBasis<N>[];
  depreciation: N[];
  needsInvestments: AmountLine<N>[];
} {
  const { horizon: H, num: n } = ctx;
  const depreciation = zeros(n, H);
  const investments = zeroCosts(n, H);
  const add = costAdder(n);
  const needsInvestments: AmountLine<N>[] = [];
  (ctx.project.investments ?? []).forEach((inv, i) => {
    const m = monthAt(ctx, inv.month);
    const basis = costBasis(n, n.from(inv.amount), inv.vat_rate ? n.from(inv.vat_rate) : ctx.defaultVat, regimeOf(m));
    if (inHorizon(ctx, m)) investments[m] = add(investments[m]!, basis);
    for (const [k, d] of depreciationSchedule(n, basis.charge, inv.depreciation_years, m, H)) depreciation[k] = depreciation[k]!.plus(d);
    if (m >= 1 && m <= 12) needsInvestments.push({ label: inv.name, amount: basis.charge, path: `investments[${i}]` });
  });
  return { investments, depreciation, needsInvestments };
}

/** Financing received, loan installments, and the year-1 resources of the financing plan. */
export function financingSchedules<N extends Num<N>>(ctx: PrepContext<N>): { financing: N[]; loans: LoanMonth<N>[]; resources: AmountLine<N>[] } {
  const { horizon: H, num: n } = ctx;
  const financing = zeros(n, H);
  const loans: LoanMonth<N>[] = Array.from({ length: H + 1 }, () => ({ interest: n.zero, principal: n.zero }));
  const resources: AmountLine<N>[] = [];
  (ctx.project.financing ?? []).forEach((f, i) => {
    const m = monthAt(ctx, f.month);
    const amount = n.from(f.amount);
    if (inHorizon(ctx, m)) financing[m] = financing[m]!.plus(amount);
    if (m >= 1 && m <= 12) resources.push({ label: f.name, amount, path: `financing[${i}]` });
    if (f.kind === 'loan' && f.months !== undefined) {
      for (const [k, l] of loanSchedule(n, amount, n.from(f.rate ?? ZERO), f.months, f.deferral_months ?? 0, m, H)) {
        const cur = loans[k]!;
        loans[k] = { interest: cur.interest.plus(l.interest), principal: cur.principal.plus(l.principal) };
      }
    }
  });
  return { financing, loans, resources };
}

/** The owner's monthly pay: each step applies from its month until the next one. */
export function ownerPaySchedule<N extends Num<N>>(ctx: PrepContext<N>): N[] {
  const ownerPay = zeros(ctx.num, ctx.horizon);
  const steps = [...(ctx.project.owner_pay ?? [])].map((o) => ({ from: monthAt(ctx, o.from), monthly: ctx.num.from(o.monthly) })).sort((a, b) => a.from - b.from);
  for (let m = 1; m <= ctx.horizon; m++) for (const s of steps) if (s.from <= m) ownerPay[m] = s.monthly;
  return ownerPay;
}
