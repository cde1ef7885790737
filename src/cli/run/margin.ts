import { evaluate } from '../../evaluate/index.js';
import type { ScenarioName } from '../../engine/types.js';
import type { OutputFormat } from '../../render/formats.js';
import { marginFormatters } from '../../render/margin.js';
import { stockFormatters } from '../../render/stock.js';
import { emit, type CliContext } from '../context.js';
import { loadForCommand, located, stopOnEngineErrors } from './project.js';

export interface UnitOptions {
  scenario: ScenarioName;
  format: OutputFormat;
  lang?: string;
  output?: string;
  force?: boolean;
}

/** `margin` and `stock` read the same forecast; only the formatter differs. */
export async function runUnit(ctx: CliContext, file: string, opts: UnitOptions, what: 'margin' | 'stock'): Promise<void> {
  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  const evaluation = evaluate({ project: ready.project }, { scenarios: [opts.scenario] });
  if (stopOnEngineErrors(ctx, ready, located(ready, evaluation.errors))) return;
  const { forecast, indicators } = evaluation.forecasts[0]!;
  const color = ctx.color && !(opts.output && opts.output !== '-');
  const text =
    what === 'margin'
      ? marginFormatters[opts.format]({ forecast, lang: ready.lang, color })
      : stockFormatters[opts.format]({
          forecast,
          reorderPoints: indicators.reorderPoints,
          safetyDays: ready.project.inventory?.safety_stock_days ?? 0,
          lang: ready.lang,
          color,
        });
  await emit(ctx, text, opts.output, opts.force, ready.lang);
}
