/**
 * The one place where the export reads the engine: its public API only
 * (computeForecast), plus the figures the spreadsheet needs before any scenario
 * lever (unit costs at the base scenario). If the engine changes shape, adapt here.
 */
import { computeForecast, type Forecast, type ScenarioName } from '../engine/index.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { rulesFor } from '../model/rules-fr.js';
import type { ProjectFile } from '../model/schema.js';

export interface EngineFigures {
  forecast: Forecast;
  /** Per product (project order): unit cost and deductible VAT per unit at the base scenario (no cost lever). */
  baseUnitCosts: Array<{ cost: Decimal; vat: Decimal }>;
  /** Scenario multipliers: traffic, conversion, costs (1 when the scenario does not move them). */
  levers: { traffic: Decimal; conversion: Decimal; costs: Decimal };
  /** Standard VAT rate of the start year. */
  defaultVat: Decimal;
}

/** A scenario shift below −100 % stops at zero, as the engine does. */
const factor = (shift: Decimal | undefined): Decimal => (shift ? Decimal.max(ZERO, ONE.plus(shift)) : ONE);

export function engineFigures(project: ProjectFile, scenario: ScenarioName): EngineFigures {
  const forecast = computeForecast(project, { scenario });
  const base = scenario === 'base' ? forecast : computeForecast(project, { scenario: 'base' });
  const baseUnitCosts = project.products.map((p, i) => {
    const row = base.unitEconomics.find((u) => u.productId === p.id && u.variant === 'main');
    return { cost: base.stock[i]?.unitCost ?? row?.cost.total ?? ZERO, vat: row?.cost.vat ?? ZERO };
  });
  const shift = scenario === 'base' ? undefined : project.demand?.scenarios?.[scenario];
  return {
    forecast,
    baseUnitCosts,
    levers: { traffic: factor(shift?.traffic), conversion: factor(shift?.conversion), costs: factor(shift?.costs) },
    defaultVat: rulesFor(Number(project.project.start.slice(0, 4))).vatStandard.value,
  };
}
