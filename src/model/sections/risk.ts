/**
 * The risk analysis (`ecomplan risk`, docs/risk.md): how many draws, the seed, three-point ranges on the
 * levers of sensitivity (signed shifts, like the scenarios) and the rank correlations between them.
 * What the shape cannot say (low ≤ likely ≤ high, a valid correlation matrix…) is checked by
 * `riskProblems` (src/risk/inputs.ts), located like every other error.
 */
import { LEVER_NAMES } from '../../engine/levers.js';
import { DISTRIBUTIONS } from '../../risk/numeric/distributions.js';
import { int, list, number, rate } from '../fields.js';
import { enumOf, obj } from './kit.js';

/** Draws of one analysis: enough for a P5 to mean something, few enough to end in a minute. */
export const RISK_DRAWS = { min: 64, max: 100_000, default: 4096 } as const;

const shift = rate({ signed: true });
const Range = obj({
  low: shift,
  likely: shift.optional().describe('Default 0 %: the plan itself'),
  high: shift,
  distribution: enumOf(DISTRIBUTIONS).optional().describe('Default pert'),
});

const Ranges = obj({
  traffic: Range.optional(),
  conversion: Range.optional(),
  items_per_order: Range.optional(),
  prices: Range.optional(),
  unit_costs: Range.optional(),
  channel_fees: Range.optional(),
  marketing: Range.optional(),
  fixed_costs: Range.optional(),
  return_rate: Range.optional(),
} satisfies Record<(typeof LEVER_NAMES)[number], unknown>);

/** A rank correlation: a number from −1 to 1. */
const rho = number({ type: 'number', minimum: -1, maximum: 1 }).superRefine((d, ctx) => {
  if (d.lt(-1) || d.gt(1)) ctx.addIssue({ code: 'custom', message: 'value.out_of_range', params: { value: d.toString(), min: -1, max: 1 } });
});

const Correlation = obj({
  between: list(enumOf(LEVER_NAMES), 2).describe('Two levers with a range'),
  rho: rho.describe('Spearman rank correlation, from -1 to 1'),
});

export const Risk = obj({
  draws: int(RISK_DRAWS.min, RISK_DRAWS.max).optional().describe(`Default ${RISK_DRAWS.default}`),
  seed: int(0, 4_294_967_295).optional().describe('Default 1'),
  ranges: Ranges.optional().describe("Without ranges, the scenarios' shifts are read as P10 and P90 of a PERT"),
  correlations: list(Correlation, 36).optional(),
});
