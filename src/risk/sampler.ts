/**
 * The draws of the analysis (docs/risk.md, « Méthode »): draw i belongs to replicate i mod 16 and is
 * point ⌊i / 16⌋ of that replicate's scrambled Sobol set, one dimension per uncertainty; the rank
 * correlations go through a Gaussian copula; each shift is the inverse CDF of its distribution, then
 * written as a factor with six decimals (the exact decimal the draw uses, and `--samples` prints).
 * The scrambles come from the seed alone and a draw from its index alone: same seed, same draws,
 * whatever the number of threads.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RiskInputs } from './inputs.js';
import { inverseCdf } from './numeric/distributions.js';
import { normalCdf, normalInverse } from './numeric/normal.js';
import { scrambleDimension, sobolPoint, type ScrambledDimension } from './numeric/sobol.js';

/** Independent scrambles: the spread of their estimates is the standard error of a probability. */
export const REPLICATES = 16;
/** Factors are written with six decimals: a draw's factor is an integer number of millionths. */
export const FACTOR_SCALE = 1_000_000;

export interface DrawPlan {
  inputs: RiskInputs;
  /** By replicate, then by uncertainty. */
  scrambles: ScrambledDimension[][];
}

export function drawPlan(inputs: RiskInputs): DrawPlan {
  const rng = xoroshiro128plus(inputs.seed | 0);
  const next = () => rng.next() >>> 0;
  const scrambles = Array.from({ length: REPLICATES }, () => inputs.uncertainties.map((_, d) => scrambleDimension(d, next)));
  return { inputs, scrambles };
}

export const replicateOf = (draw: number): number => draw % REPLICATES;

/** The uniform point of draw `i`, correlated by the copula when there is one. */
function uniformsOf(plan: DrawPlan, i: number): number[] {
  const dims = plan.scrambles[replicateOf(i)]!;
  const j = Math.floor(i / REPLICATES);
  const u = dims.map((dim) => sobolPoint(dim, j));
  const l = plan.inputs.copula;
  if (!l) return u;
  const z = u.map(normalInverse);
  return l.map((row) => normalCdf(row.reduce((acc, c, k) => acc + c * z[k]!, 0)));
}

/** The factors of draw `i`, one per uncertainty, in millionths: 1 + shift, at least 0 (a shift below −100 % stops at zero, as a scenario's does). */
export function drawFactors(plan: DrawPlan, i: number): number[] {
  const u = uniformsOf(plan, i);
  return plan.inputs.uncertainties.map((unc, k) => Math.max(0, Math.round((1 + inverseCdf(unc.distribution, u[k]!)) * FACTOR_SCALE)));
}

/** A factor in millionths as the decimal it is: 1234567 → "1.234567". */
export function factorText(micros: number): string {
  return `${Math.floor(micros / FACTOR_SCALE)}.${String(micros % FACTOR_SCALE).padStart(6, '0')}`;
}
