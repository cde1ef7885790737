/**
 * Running a slice of the draws through the forecast's own stages in float64 (src/engine/draw.ts), and
 * the same draw exactly in Decimal (the audit, and `--samples` replayed by the tests). Pure.
 */
import { DECIMAL } from '../engine/arith.js';
import { drawOutcome, type DrawOutcome } from '../engine/draw.js';
import { FLOAT, Float } from '../engine/float.js';
import { LEVER_KEYS, neutralLevers, type Levers } from '../engine/levers.js';
import { Decimal } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import { drawFactors, FACTOR_SCALE, type DrawPlan } from './sampler.js';

/** The figures of draws `from`..`to − 1`, flat typed arrays (draw by draw). */
export interface DrawSlice {
  from: number;
  to: number;
  horizon: number;
  /** Factors in millionths, one per uncertainty. */
  factors: Int32Array;
  /** Month-end cash, months 1..H. */
  cash: Float64Array;
  revenue: Float64Array;
  net: Float64Array;
  lowest: Float64Array;
  /** The point mort's month (1..H), 0 when not reached. */
  breakEven: Int16Array;
}

/** The levers of a draw: each uncertainty's factor on the levers it moves, 1 elsewhere. */
function drawLevers(plan: DrawPlan, factors: readonly number[]): Levers {
  const levers = neutralLevers();
  plan.inputs.uncertainties.forEach((u, k) => {
    const factor = new Decimal(factors[k]!).div(FACTOR_SCALE);
    for (const lever of u.levers) levers[LEVER_KEYS[lever]] = factor;
  });
  return levers;
}

function floatLevers(plan: DrawPlan, factors: readonly number[]): Levers<Float> {
  const levers = Object.fromEntries(Object.values(LEVER_KEYS).map((k) => [k, FLOAT.one])) as unknown as Levers<Float>;
  plan.inputs.uncertainties.forEach((u, k) => {
    const factor = new Float(factors[k]! / FACTOR_SCALE);
    for (const lever of u.levers) levers[LEVER_KEYS[lever]] = factor;
  });
  return levers;
}

export function runDraws(project: ProjectFile, plan: DrawPlan, from: number, to: number): DrawSlice {
  const n = to - from;
  const horizon = project.project.horizon_months;
  const u = plan.inputs.uncertainties.length;
  const slice: DrawSlice = {
    from,
    to,
    horizon,
    factors: new Int32Array(n * u),
    cash: new Float64Array(n * horizon),
    revenue: new Float64Array(n),
    net: new Float64Array(n),
    lowest: new Float64Array(n),
    breakEven: new Int16Array(n),
  };
  for (let i = 0; i < n; i++) {
    const factors = drawFactors(plan, from + i);
    slice.factors.set(factors, i * u);
    const o = drawOutcome(project, floatLevers(plan, factors), FLOAT);
    o.cashEnd.forEach((c, m) => (slice.cash[i * horizon + m] = c.v));
    slice.revenue[i] = o.revenueHtYearOne.v;
    slice.net[i] = o.netResultYearOne.v;
    slice.lowest[i] = o.lowestCash.v;
    slice.breakEven[i] = o.breakEvenMonth ?? 0;
  }
  return slice;
}

/** Draw `i` computed exactly (Decimal), from its factors. */
export function exactDraw(project: ProjectFile, plan: DrawPlan, factors: readonly number[]): DrawOutcome<Decimal> {
  return drawOutcome(project, drawLevers(plan, factors), DECIMAL);
}

/** Slices of consecutive draws (from 0, in order) as one. */
export function mergeSlices(slices: readonly DrawSlice[]): DrawSlice {
  const first = slices[0]!;
  if (slices.length === 1) return first;
  const join = <T extends Int32Array | Float64Array | Int16Array>(make: (n: number) => T, pick: (s: DrawSlice) => T): T => {
    const out = make(slices.reduce((n, s) => n + pick(s).length, 0));
    let at = 0;
    for (const s of slices) {
      out.set(pick(s) as never, at);
      at += pick(s).length;
    }
    return out;
  };
  return {
    from: first.from,
    to: slices[slices.length - 1]!.to,
    horizon: first.horizon,
    factors: join(
      (n) => new Int32Array(n),
      (s) => s.factors,
    ),
    cash: join(
      (n) => new Float64Array(n),
      (s) => s.cash,
    ),
    revenue: join(
      (n) => new Float64Array(n),
      (s) => s.revenue,
    ),
    net: join(
      (n) => new Float64Array(n),
      (s) => s.net,
    ),
    lowest: join(
      (n) => new Float64Array(n),
      (s) => s.lowest,
    ),
    breakEven: join(
      (n) => new Int16Array(n),
      (s) => s.breakEven,
    ),
  };
}
