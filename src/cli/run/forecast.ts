import { SCENARIOS } from '../../engine/index.js';
import { evaluate } from '../../evaluate/index.js';
import type { ScenarioName } from '../../engine/types.js';
import type { OutputFormat } from '../../render/formats.js';
import { forecastFormatters } from '../../render/forecast/index.js';
import { stylish } from '../../render/formatters/diagnostics.js';
import { emit, type CliContext } from '../context.js';
import { loadForCommand, located, stopOnEngineErrors } from './project.js';

export interface ForecastOptions {
  scenario: ScenarioName | 'all';
  monthly?: boolean;
  format: OutputFormat;
  lang?: string;
  output?: string;
  force?: boolean;
}

export async function runForecast(ctx: CliContext, file: string, opts: ForecastOptions): Promise<void> {
  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  const all = opts.scenario === 'all';
  const evaluation = evaluate({ project: ready.project }, { scenarios: all ? SCENARIOS : [opts.scenario as ScenarioName] });
  if (stopOnEngineErrors(ctx, ready, located(ready, evaluation.errors))) return;
  const forecasts = evaluation.forecasts.map((e) => e.forecast);
  const indicators = evaluation.forecasts.map((e) => e.indicators);
  const warnings = forecasts.map((f) => located(ready, f.warnings));
  const toFile = Boolean(opts.output && opts.output !== '-');
  const text = forecastFormatters[opts.format]({
    forecasts,
    indicators,
    warnings,
    all,
    file: ready.loaded.file,
    lang: ready.lang,
    color: ctx.color && !toFile,
    monthly: Boolean(opts.monthly),
  });
  await emit(ctx, text, opts.output, opts.force, ready.lang);
  // CSV has no room for warnings: they go to stderr so that they are not lost.
  const shown = warnings.flat().filter((d, i, arr) => arr.findIndex((x) => x.code === d.code && x.message === d.message) === i);
  if (opts.format === 'csv' && shown.length > 0) ctx.io.stderr(stylish([{ file: ready.loaded.file, diagnostics: shown }], { lang: ready.lang, color: false }));
}
