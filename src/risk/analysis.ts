/**
 * From the draws to what the risk analysis reports (docs/risk.md): the probability that cash goes
 * negative, overall and per year, with its standard error (the spread of the 16 replicates); the extra
 * financing that keeps cash ≥ 0 in 90 % and 95 % of the draws; quantiles of year-1 revenue, year-1 net
 * result and lowest cash beside the plan and the pessimistic scenario; the point mort reached by month
 * 6/12/24/36; the monthly fan of cash; the drivers (rank correlation of each lever with the lowest cash);
 * and the audit (draws recomputed exactly). Amounts become Decimals rounded to the cent here. Pure.
 */
import { computeForecast } from '../engine/index.js';
import type { Forecast } from '../engine/types.js';
import { Decimal, toCents } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import type { RiskInputs, Uncertainty } from './inputs.js';
import { mean, quantileSorted, replicateError, sortedCopy, spearman } from './numeric/stats.js';
import { exactDraw, type DrawSlice } from './run.js';
import { REPLICATES, replicateOf, type DrawPlan } from './sampler.js';

export const QUANTILES = [5, 10, 25, 50, 75, 90, 95] as const;
export const FAN = [5, 25, 50, 75, 95] as const;
const BREAK_EVEN_MONTHS = [6, 12, 24, 36] as const;

/** A share of the draws and its standard error. */
export interface Estimate {
  probability: number;
  standardError: number;
}

export interface OutputSummary {
  quantiles: Record<(typeof QUANTILES)[number], Decimal>;
  mean: Decimal;
  /** The base forecast's figure, and the share of draws doing at least as well. */
  plan: Decimal;
  atLeastPlan: Estimate;
  /** The pessimistic scenario's figure and its percentile among the draws (share of draws below it); null without that scenario. */
  pessimistic: { value: Decimal; percentile: number } | null;
}

export interface RiskResult {
  project: string;
  currency: string;
  draws: number;
  seed: number;
  source: RiskInputs['source'];
  uncertainties: Uncertainty[];
  correlations: Array<{ between: [string, string]; rho: number; achieved: number }>;
  cashNegative: Estimate & { byYear: Array<Estimate & { year: number }> };
  financingNeeded: { p90: Decimal; p95: Decimal };
  outputs: { revenueHtYear1: OutputSummary; netResultYear1: OutputSummary; lowestCash: OutputSummary };
  breakEven: { planMonth: string | null; byMonth: Array<{ month: number; share: Estimate | null }> };
  /** Percentiles of month-end cash, and the plan's. */
  fan: Array<{ month: string; plan: Decimal } & Record<`p${(typeof FAN)[number]}`, Decimal>>;
  drivers: Array<{ id: string; rho: number }>;
  audit: { draws: number[]; maxDifference: number };
}

/** Below −½ cent: a balance the tables print as negative. */
const NEGATIVE = -0.005;
const cents = (x: number): Decimal => toCents(new Decimal(x));

/** The share of draws where `hit(i)`, and its standard error across replicates. */
function estimate(n: number, hit: (i: number) => boolean): Estimate {
  const hits = new Array<number>(REPLICATES).fill(0);
  const sizes = new Array<number>(REPLICATES).fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const r = replicateOf(i);
    sizes[r]!++;
    if (hit(i)) {
      hits[r]!++;
      total++;
    }
  }
  const byReplicate = hits.flatMap((h, r) => (sizes[r]! > 0 ? [h / sizes[r]!] : []));
  return { probability: total / n, standardError: replicateError(byReplicate) };
}

function summary(values: Float64Array, plan: Decimal, pessimistic: Decimal | null): OutputSummary {
  const sorted = sortedCopy(values);
  const planValue = plan.toNumber();
  const quantiles = Object.fromEntries(QUANTILES.map((q) => [q, cents(quantileSorted(sorted, q / 100))])) as OutputSummary['quantiles'];
  let below = 0;
  if (pessimistic) for (const v of values) if (v < pessimistic.toNumber()) below++;
  return {
    quantiles,
    mean: cents(mean(values)),
    plan: toCents(plan),
    atLeastPlan: estimate(values.length, (i) => values[i]! >= planValue - 0.005),
    pessimistic: pessimistic ? { value: toCents(pessimistic), percentile: (100 * below) / values.length } : null,
  };
}

/** The draws of one column of the flat cash array (month m, 0-based). */
function monthColumn(d: DrawSlice, m: number): Float64Array {
  const n = d.to - d.from;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = d.cash[i * d.horizon + m]!;
  return out;
}

function cashNegative(d: DrawSlice): RiskResult['cashNegative'] {
  const n = d.to - d.from;
  const years = Math.ceil(d.horizon / 12);
  const byYear = Array.from({ length: years }, (_, y) => {
    const e = estimate(n, (i) => {
      for (let m = 12 * y; m < Math.min(12 * (y + 1), d.horizon); m++) if (d.cash[i * d.horizon + m]! < NEGATIVE) return true;
      return false;
    });
    return { year: y + 1, ...e };
  });
  return { ...estimate(n, (i) => d.lowest[i]! < NEGATIVE), byYear };
}

/** The draws to recompute exactly: the first, the lowest and highest lowest cash, the median one. */
function auditDraws(d: DrawSlice): number[] {
  const order = Array.from({ length: d.to - d.from }, (_, i) => i).sort((a, b) => d.lowest[a]! - d.lowest[b]! || a - b);
  return [...new Set([0, order[0]!, order[order.length - 1]!, order[Math.floor(order.length / 2)]!])].sort((a, b) => a - b);
}

function audit(project: ProjectFile, plan: DrawPlan, d: DrawSlice): RiskResult['audit'] {
  const u = plan.inputs.uncertainties.length;
  const draws = auditDraws(d);
  let maxDifference = 0;
  for (const i of draws) {
    const exact = exactDraw(project, plan, Array.from(d.factors.subarray(i * u, (i + 1) * u)));
    const pairs: Array<[Decimal, number]> = [
      [exact.revenueHtYearOne, d.revenue[i]!],
      [exact.netResultYearOne, d.net[i]!],
      [exact.lowestCash, d.lowest[i]!],
      ...exact.cashEnd.map((c, m): [Decimal, number] => [c, d.cash[i * d.horizon + m]!]),
    ];
    for (const [x, f] of pairs) maxDifference = Math.max(maxDifference, x.minus(f).abs().toNumber());
  }
  return { draws, maxDifference };
}

export function analyse(project: ProjectFile, plan: DrawPlan, d: DrawSlice): RiskResult {
  const { inputs } = plan;
  const n = d.to - d.from;
  const u = inputs.uncertainties.length;
  const base = computeForecast(project);
  const pessimistic: Forecast | null = project.demand?.scenarios?.pessimistic ? computeForecast(project, { scenario: 'pessimistic' }) : null;
  const factorColumn = (k: number) => Float64Array.from({ length: n }, (_, i) => d.factors[i * u + k]!);
  const shortfall = sortedCopy(d.lowest.map((x) => Math.max(0, -x)));
  const months = base.months.map((m) => m.month);
  return {
    project: project.project.name,
    currency: project.currency,
    draws: n,
    seed: inputs.seed,
    source: inputs.source,
    uncertainties: inputs.uncertainties,
    correlations: inputs.correlations.map((c) => ({
      between: [inputs.uncertainties[c.a]!.id, inputs.uncertainties[c.b]!.id],
      rho: c.rho,
      achieved: spearman(factorColumn(c.a), factorColumn(c.b)),
    })),
    cashNegative: cashNegative(d),
    financingNeeded: { p90: cents(quantileSorted(shortfall, 0.9)), p95: cents(quantileSorted(shortfall, 0.95)) },
    outputs: {
      revenueHtYear1: summary(d.revenue, base.years[0]!.revenueHt, pessimistic?.years[0]?.revenueHt ?? null),
      netResultYear1: summary(d.net, base.years[0]!.netResult, pessimistic?.years[0]?.netResult ?? null),
      lowestCash: summary(d.lowest, base.cash.lowest, pessimistic?.cash.lowest ?? null),
    },
    breakEven: {
      planMonth: base.breakEvenMonth,
      byMonth: BREAK_EVEN_MONTHS.map((month) => ({ month, share: month > d.horizon ? null : estimate(n, (i) => d.breakEven[i]! > 0 && d.breakEven[i]! <= month) })),
    },
    fan: months.map((month, m) => {
      const sorted = sortedCopy(monthColumn(d, m));
      const percentiles = Object.fromEntries(FAN.map((q) => [`p${q}`, cents(quantileSorted(sorted, q / 100))])) as Record<`p${(typeof FAN)[number]}`, Decimal>;
      return { month, plan: toCents(base.months[m]!.cashEnd), ...percentiles };
    }),
    drivers: inputs.uncertainties.map((unc, k) => ({ id: unc.id, rho: spearman(factorColumn(k), d.lowest) })).sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho)),
    audit: audit(project, plan, d),
  };
}
