/**
 * Statistics of the draws: quantiles (linear interpolation between order statistics, numpy's default
 * and Hyndman–Fan's type 7), the mean, ranks with ties averaged, Spearman's rank correlation, the
 * standard error of replicated estimates, and the Cholesky factor of a correlation matrix.
 * Checked against numpy and scipy (test/risk/fixtures).
 */

/** Quantile `p` (0..1) of values sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export function mean(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total / values.length;
}

/** Ranks 1..n, tied values sharing the average of their ranks. */
function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!] = rank;
    i = j + 1;
  }
  return out;
}

/** Pearson's correlation; 0 when a variable does not vary. */
function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation (Pearson's on the ranks). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}

/** The standard error of the mean of replicated estimates (their sample standard deviation / √R). */
export function replicateError(estimates: readonly number[]): number {
  const r = estimates.length;
  if (r < 2) return 0;
  const m = mean(estimates);
  let ss = 0;
  for (const e of estimates) ss += (e - m) * (e - m);
  return Math.sqrt(ss / (r - 1) / r);
}

/**
 * The lower-triangular L with L Lᵀ = `m` (symmetric), or null when `m` is not positive semi-definite.
 * A zero pivot (a variable that is a combination of the others, ρ = ±1) is allowed.
 */
export function cholesky(m: readonly (readonly number[])[]): number[][] | null {
  const n = m.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = m[j]![j]!;
    for (let k = 0; k < j; k++) d -= l[j]![k]! * l[j]![k]!;
    if (d < -1e-9) return null;
    const pivot = d > 1e-12 ? Math.sqrt(d) : 0;
    l[j]![j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let s = m[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (pivot === 0) {
        if (Math.abs(s) > 1e-6) return null;
        l[i]![j] = 0;
      } else l[i]![j] = s / pivot;
    }
  }
  return l;
}
