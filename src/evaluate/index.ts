/**
 * One evaluation of a validated project: the forecasts of the scenarios asked
 * for, the sensitivity, every indicator the views show, and the check result —
 * each computed once, here, so that `forecast`, `margin`, `stock`,
 * `sensitivity`, `check` and the dossier never contradict each other. Pure: the
 * caller reads the files (project, source map, `.ecomplanrc.yaml`).
 *
 * The forecast "ran" when the base scenario reports no error (a section it needs
 * is missing otherwise). When it did not run, no figure of it is returned: the
 * forecasts are empty, and the criteria that read it fail naming what is missing.
 */
import { objectiveComparisons, type ObjectiveGap } from '../criteria/c1.js';
import { DEFAULT_CONFIG, checkProject, type CheckConfig, type CheckResult } from '../criteria/index.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import type { Problem } from '../diagnostics/problem.js';
import { computeForecast, computeSensitivity, SCENARIOS } from '../engine/index.js';
import type { EngineWarning, Forecast, ScenarioName, SensitivityRow } from '../engine/types.js';
import { SourceMap } from '../io/yaml.js';
import type { ProjectFile } from '../model/schema.js';
import { indicatorsOf, type Indicators } from './indicators.js';

export type * from './indicators.js';

export interface EvaluateInput {
  project: ProjectFile;
  /** Positions of the file's keys (the checklist's lines); empty without it. */
  map?: SourceMap;
  /** The file's validation warnings (they join the check's findings). */
  warnings?: readonly Problem[];
  /** The check config (`.ecomplanrc.yaml` with the command-line options); the defaults without it. */
  config?: CheckConfig;
}

export interface EvaluateRequest {
  /** Scenarios to forecast, in this order (default: base). */
  scenarios?: readonly ScenarioName[];
  /** Also the three scenarios side by side when the project declares a pessimistic or optimistic one. */
  declaredScenarios?: boolean;
  sensitivity?: boolean;
  check?: boolean;
}

/** A forecast and its indicators. */
export interface Evaluated {
  forecast: Forecast;
  indicators: Indicators;
}

export interface Evaluation {
  /** Whether the forecast ran (no missing section). */
  ran: boolean;
  /** Why it did not run: the base forecast's errors (empty when it ran). */
  errors: EngineWarning[];
  /** The scenarios asked for, in order; empty when the forecast did not run. */
  forecasts: Evaluated[];
  /** The base scenario, null when the forecast did not run. */
  base: Evaluated | null;
  /** pessimistic, base, optimistic when asked and declared; else null. */
  scenarios: Evaluated[] | null;
  /** null when not asked or when the forecast did not run. */
  sensitivity: SensitivityRow[] | null;
  /** The revenue objectives against the base forecast (C1.4's comparison); empty when it did not run. */
  objectives: ObjectiveGap[];
  /** null when not asked. */
  check: CheckResult | null;
}

const evaluated = (forecast: Forecast): Evaluated => ({ forecast, indicators: indicatorsOf(forecast) });

/** Scenarios are declared when the project gives a pessimistic or an optimistic one. */
const declaresScenarios = (project: ProjectFile): boolean => Boolean(project.demand?.scenarios?.pessimistic || project.demand?.scenarios?.optimistic);

export function evaluate(input: EvaluateInput, request: EvaluateRequest = {}): Evaluation {
  const { project } = input;
  const cache = new Map<ScenarioName, Evaluated>();
  const get = (s: ScenarioName): Evaluated => {
    let e = cache.get(s);
    if (!e) cache.set(s, (e = evaluated(computeForecast(project, { scenario: s }))));
    return e;
  };
  const base = get('base');
  const errors = base.forecast.warnings.filter((w) => w.severity === 'error');
  const ran = errors.length === 0;
  const check = request.check ? checkOf(input, ran ? base.forecast : undefined, errors) : null;
  if (!ran) return { ran, errors, forecasts: [], base: null, scenarios: null, sensitivity: null, objectives: [], check };
  // Sensitivity before the other scenarios: its seventeen runs' garbage is collected while less is kept
  // (a catalogue of 3 000 products: the heap then stays about 600 MB lower).
  const sensitivity = request.sensitivity ? computeSensitivity(project, base.forecast) : null;
  return {
    ran,
    errors,
    forecasts: (request.scenarios ?? ['base']).map(get),
    base,
    scenarios: request.declaredScenarios && declaresScenarios(project) ? SCENARIOS.map(get) : null,
    sensitivity,
    objectives: objectiveComparisons(project, base.forecast, (input.config ?? DEFAULT_CONFIG).thresholds.objectiveTolerance).comparisons,
    check,
  };
}

function checkOf(input: EvaluateInput, forecast: Forecast | undefined, errors: readonly EngineWarning[]): CheckResult {
  const first = errors[0];
  const forecastError = first ? { code: first.code, data: first.data, path: formatPath(first.path) } : undefined;
  return checkProject({ project: input.project, map: input.map ?? new SourceMap(), config: input.config ?? DEFAULT_CONFIG, forecast, forecastError }, input.warnings ?? []);
}
