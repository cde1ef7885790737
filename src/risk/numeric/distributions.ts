/**
 * The three-point distributions of the risk ranges — PERT (a beta on [low, high] with shape 4 around the
 * likely value), triangular, uniform — with their CDFs and inverse CDFs, and the regularized incomplete
 * beta function and its inverse they need. Checked against scipy.stats (test/risk/fixtures).
 */

export const DISTRIBUTIONS = ['pert', 'triangular', 'uniform'] as const;
export type DistributionKind = (typeof DISTRIBUTIONS)[number];

export interface Distribution {
  kind: DistributionKind;
  low: number;
  likely: number;
  high: number;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b);

/** The continued fraction of the incomplete beta (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const clamp = (v: number) => (Math.abs(v) < tiny ? tiny : v);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / clamp(1 + aa * d);
    c = clamp(1 + aa / c);
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / clamp(1 + aa * d);
    c = clamp(1 + aa / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** I_x(a, b), the regularized incomplete beta function (the CDF of a beta(a, b) at x). */
export function betaIncomplete(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** The x with I_x(a, b) = p (a, b ≥ 1): Newton's steps kept inside a shrinking bracket. */
export function betaInverse(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lb = logBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  for (let i = 0; i < 100; i++) {
    const f = betaIncomplete(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lb);
    let next = density > 0 ? x - f / density : Number.NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}

/** The beta shapes of a PERT: α = 1 + 4 (likely − low) / (high − low), β = 1 + 4 (high − likely) / (high − low). */
function pertShape(d: Distribution): { alpha: number; beta: number } {
  const w = d.high - d.low;
  return { alpha: 1 + (4 * (d.likely - d.low)) / w, beta: 1 + (4 * (d.high - d.likely)) / w };
}

/** P(X ≤ x). */
export function cdf(d: Distribution, x: number): number {
  const { low: a, likely: m, high: b } = d;
  if (x <= a) return x < a || b > a ? 0 : 1;
  if (x >= b) return 1;
  const w = b - a;
  if (d.kind === 'uniform') return (x - a) / w;
  if (d.kind === 'triangular') return x <= m ? ((x - a) * (x - a)) / (w * (m - a)) : 1 - ((b - x) * (b - x)) / (w * (b - m));
  const { alpha, beta } = pertShape(d);
  return betaIncomplete((x - a) / w, alpha, beta);
}

/** The value of quantile `u` (0 < u < 1); a zero-width range gives its one value. */
export function inverseCdf(d: Distribution, u: number): number {
  const { low: a, likely: m, high: b } = d;
  const w = b - a;
  if (w <= 0) return a;
  if (d.kind === 'uniform') return a + u * w;
  if (d.kind === 'triangular') {
    const split = (m - a) / w;
    return u < split ? a + Math.sqrt(u * w * (m - a)) : b - Math.sqrt((1 - u) * w * (b - m));
  }
  const { alpha, beta } = pertShape(d);
  return a + w * betaInverse(u, alpha, beta);
}
