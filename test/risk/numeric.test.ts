/**
 * The numeric pieces of the risk analysis against reference values computed once with scipy and numpy
 * (test/risk/fixtures/make-fixtures.py wrote reference.json), and the properties a scrambled net keeps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { betaIncomplete, betaInverse, cdf, inverseCdf, type DistributionKind } from '../../src/risk/numeric/distributions.js';
import { normalCdf, normalInverse } from '../../src/risk/numeric/normal.js';
import { pertFromPercentiles } from '../../src/risk/numeric/pert-fit.js';
import { plainDimension, scrambleDimension, sobolDigits, sobolPoint } from '../../src/risk/numeric/sobol.js';
import { cholesky, quantileSorted, sortedCopy, spearman } from '../../src/risk/numeric/stats.js';

interface Reference {
  normal_cdf: [number, number][];
  normal_ppf: [number, number][];
  beta_cdf: [number, number, number, number][];
  beta_ppf: [number, number, number, number][];
  distributions: { quantiles: number[]; ranges: Array<{ low: number; likely: number; high: number; pert_cdf_at_likely: number } & Record<DistributionKind, number[]>> };
  pert_fit: [number, number, number, number, number][];
  sobol: number[][];
  spearman: { x: number[]; y: number[]; rho: number };
  quantiles: { values: number[]; levels: number[]; expected: number[] };
  cholesky: { matrix: number[][]; factor: number[][] };
}

const ref = JSON.parse(readFileSync(new URL('./fixtures/reference.json', import.meta.url), 'utf8')) as Reference;

/** |a − b| ≤ abs + rel × |b|. */
const close = (a: number, b: number, abs: number, rel = 0) => expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(abs + rel * Math.abs(b));

describe('normal distribution (scipy.stats.norm)', () => {
  test('Φ to 1e-15 absolute, 1e-8 relative in the far tails (|x| > 5, beyond any copula point)', () => {
    for (const [x, p] of ref.normal_cdf) close(normalCdf(x), p, 1e-15, Math.abs(x) > 5 ? 1e-8 : 1e-13);
  });
  test('Φ⁻¹ to 1e-12 relative down to p = 1e-6 (the copula reads p ≥ 2^-33 ≈ 1e-10), 1e-10 below', () => {
    for (const [p, x] of ref.normal_ppf) close(normalInverse(p), x, 0, Math.min(p, 1 - p) < 1e-6 ? 1e-10 : 1e-12);
    expect(normalInverse(0)).toBe(-Infinity);
    expect(normalInverse(1)).toBe(Infinity);
  });
});

describe('beta distribution (scipy.special.betainc, scipy.stats.beta)', () => {
  test('regularized incomplete beta', () => {
    for (const [a, b, x, p] of ref.beta_cdf) close(betaIncomplete(x, a, b), p, 1e-14, 1e-12);
  });
  test('its inverse', () => {
    for (const [a, b, p, x] of ref.beta_ppf) close(betaInverse(p, a, b), x, 1e-13, 1e-11);
  });
});

describe('PERT, triangular and uniform inverse CDFs (scipy.stats)', () => {
  const { quantiles, ranges } = ref.distributions;
  for (const kind of ['pert', 'triangular', 'uniform'] as const) {
    test(kind, () => {
      for (const r of ranges) quantiles.forEach((u, i) => close(inverseCdf({ kind, low: r.low, likely: r.likely, high: r.high }, u), r[kind][i]!, 1e-13, 1e-11));
    });
  }
  test('the CDF is the inverse of the inverse CDF', () => {
    for (const r of ranges) {
      close(cdf({ kind: 'pert', ...r }, r.likely), r.pert_cdf_at_likely, 1e-13);
      for (const kind of ['pert', 'triangular', 'uniform'] as const) for (const u of quantiles) close(cdf({ kind, ...r }, inverseCdf({ kind, ...r }, u)), u, 1e-11);
    }
  });
  test('a zero-width range gives its one value', () => {
    for (const kind of ['pert', 'triangular', 'uniform'] as const) expect(inverseCdf({ kind, low: 0.1, likely: 0.1, high: 0.1 }, 0.37)).toBe(0.1);
  });
});

describe('a PERT from its 10th and 90th percentiles (scipy least squares on the bounds)', () => {
  test('the same bounds', () => {
    for (const [q10, q90, mode, low, high] of ref.pert_fit) {
      const d = pertFromPercentiles(q10, q90, mode)!;
      close(d.low, low, 1e-9);
      close(d.high, high, 1e-9);
      expect(d.likely).toBe(mode);
    }
  });
  test('none when both percentiles lie far on one side of the likely value', () => {
    expect(pertFromPercentiles(0.05, 0.2, 0)).toBeNull();
    expect(pertFromPercentiles(-0.3, -0.2, 0)).toBeNull();
  });
});

describe('Sobol points', () => {
  test('unscrambled: scipy.stats.qmc.Sobol(d=9, scramble=False), first 256 points', () => {
    const dims = Array.from({ length: 9 }, (_, d) => plainDimension(d));
    ref.sobol.forEach((point, i) => point.forEach((u, d) => expect(sobolDigits(dims[d]!, i) / 2 ** 32).toBe(u)));
  });
  test('scrambled: each dimension keeps one point per interval of 1/256 over the first 256 points, and pairs of the first dimensions one per box of 1/16 × 1/16', () => {
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    const dims = Array.from({ length: 9 }, (_, d) => scrambleDimension(d, next));
    for (const dim of dims) {
      const cells = new Set(Array.from({ length: 256 }, (_, i) => Math.floor(sobolPoint(dim, i) * 256)));
      expect(cells.size).toBe(256);
    }
    const boxes = new Set(Array.from({ length: 256 }, (_, i) => `${Math.floor(sobolPoint(dims[0]!, i) * 16)},${Math.floor(sobolPoint(dims[1]!, i) * 16)}`));
    expect(boxes.size).toBe(256);
    expect(sobolPoint(dims[0]!, 0)).not.toBe(sobolPoint(plainDimension(0), 0));
  });
});

describe('statistics', () => {
  test('Spearman with ties (scipy.stats.spearmanr)', () => close(spearman(ref.spearman.x, ref.spearman.y), ref.spearman.rho, 1e-12));
  test('quantiles (numpy.quantile, linear)', () => {
    const sorted = sortedCopy(ref.quantiles.values);
    ref.quantiles.levels.forEach((p, i) => close(quantileSorted(sorted, p), ref.quantiles.expected[i]!, 1e-12, 1e-12));
  });
  test('Cholesky (numpy.linalg.cholesky); a matrix that is not positive semi-definite has none; ρ = 1 is allowed', () => {
    const l = cholesky(ref.cholesky.matrix)!;
    ref.cholesky.factor.forEach((row, i) => row.forEach((v, j) => close(l[i]![j]!, v, 1e-14)));
    expect(
      cholesky([
        [1, 0.9, -0.9],
        [0.9, 1, 0.9],
        [-0.9, 0.9, 1],
      ]),
    ).toBeNull();
    expect(
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ).not.toBeNull();
  });
});
