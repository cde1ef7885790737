/**
 * Demand (stage 1) and stock in units (stage 4) depend on four levers only — traffic, conversion,
 * items per order, marketing (paid visitors) — and on the project. Sensitivity moves prices, unit costs,
 * channel fees, fixed costs and the return rate with the demand of the base forecast: ten of its eighteen
 * runs, and the base summary, share the base's series instead of simulating every product again
 * (a catalogue of 3 000 products: about 0.3 s a run). Exact decimals only: the risk draws (float64) all
 * differ. The series are read, never written, by the stages. One set per project (the base forecast keeps
 * it anyway), dropped with the project; a project changed in place must be a new object (as for the
 * owner's plans, social/index.ts).
 */
import type { Decimal } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';
import type { Arith, Num } from './arith.js';
import type { Levers } from './levers.js';
import type { Prepared } from './prepare.js';
import { demandSeries, type DemandSeries } from './stages/demand.js';
import { simulateStocks } from './stages/stock.js';
import type { StockSeries } from './stock.js';

interface Series<N> {
  d: DemandSeries<N>;
  units: StockSeries<N>[];
}

const SERIES = new WeakMap<ProjectFile, Series<Decimal>>();

/** Whether the demand levers are those of the base scenario (the runs that can share its series). */
const neutralDemand = <N extends Num<N>>(levers: Levers<N>, n: Arith<N>): boolean => [levers.traffic, levers.conversion, levers.itemsPerOrder, levers.marketing].every((x) => x.eq(n.one));

/** The demand and stock units of `p` (prepared from `project` under `levers`): the base's shared by every run with neutral demand levers. */
export function demandAndStockUnits<N extends Num<N>>(project: ProjectFile, p: Prepared<N>, levers: Levers<N>, n: Arith<N>): Series<N> {
  const compute = (): Series<N> => {
    const d = demandSeries(p);
    return { d, units: simulateStocks(p, d) };
  };
  if (n.name !== 'decimal' || !neutralDemand(levers, n)) return compute();
  const hit = SERIES.get(project) as Series<N> | undefined;
  if (hit) return hit;
  const fresh = compute();
  SERIES.set(project, fresh as unknown as Series<Decimal>);
  return fresh;
}
