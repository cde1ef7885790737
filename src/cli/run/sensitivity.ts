import { evaluate } from '../../evaluate/index.js';
import type { OutputFormat } from '../../render/formats.js';
import { sensitivityFormatters } from '../../render/sensitivity.js';
import { emit, type CliContext } from '../context.js';
import { loadForCommand, located, stopOnEngineErrors } from './project.js';

export interface SensitivityOptions {
  format: OutputFormat;
  lang?: string;
  output?: string;
  force?: boolean;
}

export async function runSensitivity(ctx: CliContext, file: string, opts: SensitivityOptions): Promise<void> {
  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  // A project the forecast cannot run on (missing sections) stops here, with the same errors as `forecast`.
  const evaluation = evaluate({ project: ready.project }, { sensitivity: true });
  if (stopOnEngineErrors(ctx, ready, located(ready, evaluation.errors))) return;
  const rows = evaluation.sensitivity ?? [];
  const color = ctx.color && !(opts.output && opts.output !== '-');
  await emit(ctx, sensitivityFormatters[opts.format]({ project: ready.project.project.name, rows, lang: ready.lang, color }), opts.output, opts.force, ready.lang);
}
