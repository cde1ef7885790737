/**
 * Month-indexed schedules (index 1..H) of every charge and resource:
 * marketing, fixed and setup costs, investments and their depreciation,
 * financing received and loan installments, owner pay. Pure.
 */
import { ZERO, addTo, type Decimal } from '../../model/decimal.js';
import { depreciationSchedule, loanSchedule, type LoanMonth } from '../loans.js';
import type { ChannelInput, ProductInput } from '../prepare.js';
import type { AmountLine } from '../types.js';
import { costBasis, type CostBasis, type VatRegime } from '../unit-cost.js';
import { monthAt, type PrepContext } from './context.js';

const zeros = (n: number): Decimal[] => Array.from({ length: n + 1 }, () => ZERO);
const zeroCosts = (n: number): CostBasis[] => Array.from({ length: n + 1 }, () => ({ charge: ZERO, vat: ZERO }));
const addCost = (a: CostBasis, b: CostBasis): CostBasis => ({ charge: addTo(a.charge, b.charge), vat: addTo(a.vat, b.vat) });

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
const inHorizon = (ctx: PrepContext, m: number) => m >= 1 && m <= ctx.horizon;

/** Paid acquisition budgets, organic sources' costs and dated communication actions, with the marketing lever. */
export function marketingSchedule(ctx: PrepContext): Decimal[] {
  const { project, levers, horizon: H } = ctx;
  const lines: Recurring<Decimal>[] = [];
  for (const s of project.acquisition ?? []) {
    const from = Math.max(1, monthAt(ctx, s.from));
    for (const amount of [s.monthly_budget, s.monthly_cost]) if (amount !== undefined) lines.push({ amount: amount.times(levers.marketing), from, until: H });
  }
  const marketing = recurringSchedule(lines, H, ZERO, (a, b) => a.plus(b));
  for (const a of project.brand?.communication?.actions ?? []) {
    const m = monthAt(ctx, a.month);
    if (a.budget !== undefined && inHorizon(ctx, m)) marketing[m] = marketing[m]!.plus(a.budget.times(levers.marketing));
  }
  return marketing;
}

/** Fixed costs (with the fixed-costs lever) between `from` and `until`, plus the channels' monthly fees. */
export function fixedSchedule(ctx: PrepContext, channels: readonly ChannelInput[]): CostBasis[] {
  const { project, levers, horizon: H } = ctx;
  const lines: Recurring<CostBasis>[] = (project.fixed_costs ?? []).map((f) => {
    const monthly = f.monthly ?? (f.yearly ?? ZERO).div(12);
    const amount = costBasis(monthly.times(levers.fixedCosts), f.vat_rate ?? ctx.defaultVat, ctx.regime);
    return { amount, from: Math.max(1, monthAt(ctx, f.from)), until: Math.min(H, monthAt(ctx, f.until, H)) };
  });
  for (const c of channels) if (!c.monthlyFee.isZero()) lines.push({ amount: { charge: c.monthlyFee, vat: ZERO }, from: 1, until: H });
  return recurringSchedule(lines, H, { charge: ZERO, vat: ZERO }, addCost);
}

/** Setup costs of outsourced strategies, all in month 1. */
export function setupSchedule(ctx: PrepContext, products: readonly ProductInput[]): CostBasis[] {
  const setup = zeroCosts(ctx.horizon);
  for (const p of products) setup[1] = addCost(setup[1]!, p.setup);
  return setup;
}

/**
 * Investments paid, their depreciation, and the year-1 investments as needs of the financing plan. `regimeOf`: the VAT
 * regime of a month (default the project's): an investment is valued, and depreciated, at the regime of its month.
 */
export function investmentSchedules(
  ctx: PrepContext,
  regimeOf: (m: number) => VatRegime = () => ctx.regime,
): {
  investments: CostBasis[];
  depreciation: Decimal[];
  needsInvestments: AmountLine[];
} {
  const H = ctx.horizon;
  const depreciation = zeros(H);
  const investments = zeroCosts(H);
  const needsInvestments: AmountLine[] = [];
  (ctx.project.investments ?? []).forEach((inv, i) => {
    const m = monthAt(ctx, inv.month);
    const basis = costBasis(inv.amount, inv.vat_rate ?? ctx.defaultVat, regimeOf(m));
    if (inHorizon(ctx, m)) investments[m] = addCost(investments[m]!, basis);
    for (const [k, d] of depreciationSchedule(basis.charge, inv.depreciation_years, m, H)) depreciation[k] = depreciation[k]!.plus(d);
    if (m >= 1 && m <= 12) needsInvestments.push({ label: inv.name, amount: basis.charge, path: `investments[${i}]` });
  });
  return { investments, depreciation, needsInvestments };
}

/** Financing received, loan installments, and the year-1 resources of the financing plan. */
export function financingSchedules(ctx: PrepContext): { financing: Decimal[]; loans: LoanMonth[]; resources: AmountLine[] } {
  const H = ctx.horizon;
  const financing = zeros(H);
  const loans: LoanMonth[] = Array.from({ length: H + 1 }, () => ({ interest: ZERO, principal: ZERO }));
  const resources: AmountLine[] = [];
  (ctx.project.financing ?? []).forEach((f, i) => {
    const m = monthAt(ctx, f.month);
    if (inHorizon(ctx, m)) financing[m] = financing[m]!.plus(f.amount);
    if (m >= 1 && m <= 12) resources.push({ label: f.name, amount: f.amount, path: `financing[${i}]` });
    if (f.kind === 'loan' && f.months !== undefined) {
      for (const [k, l] of loanSchedule(f.amount, f.rate ?? ZERO, f.months, f.deferral_months ?? 0, m, H)) {
        const cur = loans[k]!;
        loans[k] = { interest: cur.interest.plus(l.interest), principal: cur.principal.plus(l.principal) };
      }
    }
  });
  return { financing, loans, resources };
}

/** The owner's monthly pay: each step applies from its month until the next one. */
export function ownerPaySchedule(ctx: PrepContext): Decimal[] {
  const ownerPay = zeros(ctx.horizon);
  const steps = [...(ctx.project.owner_pay ?? [])].map((o) => ({ from: monthAt(ctx, o.from), monthly: o.monthly })).sort((a, b) => a.from - b.from);
  for (let m = 1; m <= ctx.horizon; m++) for (const s of steps) if (s.from <= m) ownerPay[m] = s.monthly;
  return ownerPay;
}
