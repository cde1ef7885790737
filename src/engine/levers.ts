/**
 * Levers: multipliers applied to the hypotheses of a project. A scenario sets
 * traffic, conversion and costs; sensitivity moves one lever at a time. Keeping
 * them apart from the project file means the project is never rewritten.
 */
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import type { ScenarioName } from './types.js';

export interface Levers<N = Decimal> {
  /** Visitors of every source. */
  traffic: N;
  conversion: N;
  itemsPerOrder: N;
  /** Product prices (TTC). */
  prices: N;
  /** Every component of a unit cost: purchase, manufacturing, materials, labour, packaging. */
  unitCosts: N;
  /** Commission, payment fee rate and fixed payment fee of every channel (not monthly fees). */
  channelFees: N;
  /** Paid budgets (their visitors follow), communication actions, costs of organic sources. */
  marketing: N;
  /** `fixed_costs` items. */
  fixedCosts: N;
  /** `returns.rate` (at most 100 %). */
  returnRate: N;
}

export const LEVER_NAMES = ['traffic', 'conversion', 'items_per_order', 'prices', 'unit_costs', 'channel_fees', 'marketing', 'fixed_costs', 'return_rate'] as const;
export type LeverName = (typeof LEVER_NAMES)[number];

/** The field of `Levers` each lever moves. */
export const LEVER_KEYS: Record<LeverName, keyof Levers> = {
  traffic: 'traffic',
  conversion: 'conversion',
  items_per_order: 'itemsPerOrder',
  prices: 'prices',
  unit_costs: 'unitCosts',
  channel_fees: 'channelFees',
  marketing: 'marketing',
  fixed_costs: 'fixedCosts',
  return_rate: 'returnRate',
};

export function neutralLevers(): Levers {
  return {
    traffic: ONE,
    conversion: ONE,
    itemsPerOrder: ONE,
    prices: ONE,
    unitCosts: ONE,
    channelFees: ONE,
    marketing: ONE,
    fixedCosts: ONE,
    returnRate: ONE,
  };
}

/** The levers of a scenario; `defined` is false when the project does not describe it (then the base figures are used). */
export function scenarioLevers(project: ProjectFile, scenario: ScenarioName): { levers: Levers; defined: boolean } {
  const levers = neutralLevers();
  if (scenario === 'base') return { levers, defined: true };
  const shift = project.demand?.scenarios?.[scenario];
  if (!shift) return { levers, defined: false };
  // A shift below −100 % would make traffic or costs negative: it stops at zero.
  const factor = (shift: Decimal) => Decimal.max(ZERO, ONE.plus(shift));
  if (shift.traffic) levers.traffic = factor(shift.traffic);
  if (shift.conversion) levers.conversion = factor(shift.conversion);
  if (shift.costs) {
    levers.unitCosts = factor(shift.costs);
    levers.fixedCosts = factor(shift.costs);
  }
  return { levers, defined: true };
}

/** `levers` with one lever multiplied by `factor`. */
export function moveLever(levers: Levers, name: LeverName, factor: Decimal): Levers {
  const key = LEVER_KEYS[name];
  return { ...levers, [key]: levers[key].times(factor) };
}
