/**
 * The one file of src/actuals/ that reaches past the engine's public API: the
 * per-order and per-unit rates of a project (channel fees, carrier and return
 * costs, unit costs) and a forecast with demand scaled through the levers (the
 * `traffic` lever scales every month's visitors, so new and repeat orders scale
 * alike; `items_per_order` scales the basket). When the engine's stages move, only this file follows.
 */
import { forecastWith } from '../engine/forecast.js';
import { moveLever, scenarioLevers } from '../engine/levers.js';
import { prepare } from '../engine/prepare.js';
import type { Forecast, ScenarioName } from '../engine/types.js';
import type { Decimal } from '../model/decimal.js';
import type { ProjectFile } from '../model/schema.js';

export interface ProjectRates {
  /** Channel fee rate on revenue TTC and fixed fee per order, by channel id. */
  channels: Array<{ id: string; name: string; kind: string; feeRate: Decimal; feePerOrder: Decimal }>;
  /** Carrier cost per order shipped, HT (a charge). */
  carrierPerOrder: Decimal;
  /** Return shipping paid by the shop per returned order, HT. */
  returnPerOrder: Decimal;
  shippingChargedTtc: Decimal;
  returnsRate: Decimal;
  /** Unit cost (the charge: HT under the normal regime) by product id. */
  unitCost: Record<string, Decimal>;
}

export function projectRates(project: ProjectFile, scenario: ScenarioName): ProjectRates {
  const p = prepare(project, scenarioLevers(project, scenario).levers);
  const kinds = new Map((project.channels ?? []).map((c) => [c.id, c.kind as string]));
  return {
    channels: p.channels.map((c) => ({
      id: c.id,
      name: c.name,
      kind: kinds.get(c.id) ?? 'own_site',
      feeRate: c.feeRate,
      feePerOrder: c.feePerOrder,
    })),
    carrierPerOrder: p.carrierPerOrder.charge,
    returnPerOrder: p.returnPerOrder.charge,
    shippingChargedTtc: p.shippingChargedTtc,
    returnsRate: p.returnsRate,
    unitCost: Object.fromEntries(p.products.map((x) => [x.id, x.cost.total])),
  };
}

/**
 * The scenario's forecast with every month's orders multiplied by `orders` (the traffic
 * lever: visitors of every source) and its basket by `basket` (items per order: units,
 * purchases and stock follow; prices do not move).
 */
export function scaledForecast(project: ProjectFile, scenario: ScenarioName, factors: { orders: Decimal; basket: Decimal }): Forecast {
  const { levers } = scenarioLevers(project, scenario);
  return forecastWith(project, scenario, moveLever(moveLever(levers, 'traffic', factors.orders), 'items_per_order', factors.basket));
}
