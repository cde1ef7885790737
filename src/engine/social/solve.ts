/**
 * The root finder of the social barèmes (net pay → gross pay, base = net + CSG on the base):
 * `g(x) = target` for a continuous non-decreasing `g` on a bracket. Pure.
 *
 * The barèmes are piecewise linear in the pay (slices of the PASS, a linear ACRE fade) or
 * nearly so (the TNS health rate grows linearly with the base): regula falsi with the Illinois
 * correction lands on the exact root as soon as both ends of the bracket are on the same piece,
 * in a handful of evaluations where bisection needed 80 to 90; halving the value kept at an end
 * that did not move twice (Illinois) keeps the convergence superlinear on curved pieces.
 * The answer is within `TOLERANCE` of the root (a millionth of a millionth of a cent),
 * far below the cent the forecast rounds to.
 */
import { Decimal } from '../../model/decimal.js';

const TOLERANCE = new Decimal('1e-14');
const MAX_STEPS = 200;

/** x in [lo, hi] with g(x) = target, g non-decreasing, g(lo) ≤ target ≤ g(hi) (else the nearer end). */
export function solveIncreasing(g: (x: Decimal) => Decimal, target: Decimal, lo: Decimal, hi: Decimal): Decimal {
  let a = lo;
  let b = hi;
  let fa = g(a).minus(target);
  let fb = g(b).minus(target);
  if (fa.gte(0)) return a;
  if (fb.lte(0)) return b;
  // Which end the last step moved: -1 = a, 1 = b (Illinois: the end kept twice has its value halved).
  let moved = 0;
  for (let step = 0; step < MAX_STEPS && b.minus(a).gt(TOLERANCE); step++) {
    const x = a.minus(fa.times(b.minus(a)).div(fb.minus(fa)));
    const fx = g(x).minus(target);
    if (fx.abs().lte(TOLERANCE)) return x;
    if (fx.lt(0)) {
      a = x;
      fa = fx;
      if (moved === -1) fb = fb.div(2);
      moved = -1;
    } else {
      b = x;
      fb = fx;
      if (moved === 1) fa = fa.div(2);
      moved = 1;
    }
  }
  return a.plus(b).div(2);
}
