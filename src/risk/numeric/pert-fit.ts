/**
 * A PERT from two percentiles: the project's pessimistic and optimistic scenario shifts read as the
 * 10th and 90th percentiles of a PERT around the likely value (experts' « worst » and « best » are
 * overconfident: the true bounds lie beyond them). Solved on the mode's position t in [0, 1]:
 * the shapes are α = 1 + 4t, β = 5 − 4t, and the width follows from the two percentiles.
 */
import { betaInverse, type Distribution } from './distributions.js';

function percentilesAt(t: number): { x10: number; x90: number } {
  const alpha = 1 + 4 * t;
  const beta = 5 - 4 * t;
  return { x10: betaInverse(0.1, alpha, beta), x90: betaInverse(0.9, alpha, beta) };
}

/**
 * The PERT around `likely` with P10 = `q10` and P90 = `q90` (q10 < q90), or null when no PERT has them
 * (both far on the same side of the likely value). Equal percentiles give that one value.
 */
export function pertFromPercentiles(q10: number, q90: number, likely: number): Distribution | null {
  if (q10 === q90) return { kind: 'pert', low: q10, likely: q10, high: q10 };
  const lo10 = q10 - likely;
  const hi90 = q90 - likely;
  // g(t) = 0 ⇔ (x10 − t) / (x90 − t) = lo10 / hi90: the two percentiles of one PERT, for some width.
  const g = (t: number) => {
    const { x10, x90 } = percentilesAt(t);
    return hi90 * (x10 - t) - lo10 * (x90 - t);
  };
  let a = 0;
  let b = 1;
  let ga = g(a);
  if (ga * g(b) > 0) return null;
  for (let i = 0; i < 60; i++) {
    const mid = (a + b) / 2;
    const gm = g(mid);
    if (gm === 0) {
      a = b = mid;
      break;
    }
    if (ga * gm < 0) b = mid;
    else {
      a = mid;
      ga = gm;
    }
  }
  const t = (a + b) / 2;
  const { x10, x90 } = percentilesAt(t);
  const width = (hi90 - lo10) / (x90 - x10);
  const low = likely - width * t;
  return { kind: 'pert', low, likely, high: low + width };
}
