/**
 * The engine: pure functions from a validated project to its forecast, unit
 * economics, stock plan and sensitivity. No I/O; same input, same output.
 */
import type { ProjectFile } from '../model/schema.js';
import { forecastWith } from './forecast.js';
import { scenarioLevers } from './levers.js';
import { sensitivity, sensitivityBaseOf } from './sensitivity.js';
import type { EngineWarning, Forecast, ScenarioName, SensitivityRow } from './types.js';

export type * from './types.js';
export { LEVER_NAMES } from './levers.js';

export const SCENARIOS: readonly ScenarioName[] = ['pessimistic', 'base', 'optimistic'];

/**
 * The forecast of one scenario. Never throws on a valid project: a section the
 * forecast needs but the project lacks (company, channels, demand, acquisition)
 * is an `error` warning `forecast.missing_section`, and neutral defaults are used.
 */
export function computeForecast(project: ProjectFile, opts: { scenario?: ScenarioName } = {}): Forecast {
  const scenario = opts.scenario ?? 'base';
  const { levers, defined } = scenarioLevers(project, scenario);
  const notes: EngineWarning[] = defined ? [] : [{ code: 'forecast.scenario_undefined', path: ['demand'], data: { scenario }, severity: 'info' }];
  return forecastWith(project, scenario, levers, notes);
}

/**
 * Each key hypothesis at −10 % and +10 %, sorted by swing of the year-1 result (see `SensitivityRow`);
 * `base`: the base scenario's forecast when already computed (its figures are not computed again).
 */
export function computeSensitivity(project: ProjectFile, base?: Forecast): SensitivityRow[] {
  return sensitivity(project, base && base.scenario === 'base' ? sensitivityBaseOf(base) : undefined);
}
