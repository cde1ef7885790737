/**
 * `ecomplan actuals`: read the project and the exports, import (pure), analyse
 * (pure), render. Errors of an export are printed located in it (file:line:col,
 * column name) and stop with exit 1; notes (a Latin-1 file) go to stderr. With
 * `--format json`, a failure also prints a JSON error object on stdout.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { EcomplanError } from '../../diagnostics/errors.js';
import type { Lang } from '../../i18n/index.js';
import { actualsFormatters } from '../../render/actuals/index.js';
import type { OutputFormat } from '../../render/formats.js';
import { jsonWarning } from '../../render/json-values.js';
import { emit, type CliContext } from '../context.js';
import { ActualsError, analyseExports, type ActualsFigureOptions } from './actuals-exports.js';
import { loadForCommand } from './project.js';

export interface ActualsOptions extends ActualsFigureOptions {
  format: OutputFormat;
  lang?: string;
  output?: string;
  force?: boolean;
}

/** The JSON error object of a failed run: what stopped it, and every located diagnostic printed. */
function jsonFailure(diagnostics: readonly Diagnostic[], error: EcomplanError | null, exitCode: number): string {
  const head = diagnostics.find((d) => d.severity === 'error');
  const body = {
    ecomplan: 1,
    ok: false,
    exit_code: exitCode,
    error: error
      ? { code: error instanceof ActualsError ? error.code : null, message: error.message, hint: error.hint ?? null }
      : { code: head?.code ?? null, message: head?.message ?? null, hint: head?.hint ?? null },
    diagnostics: diagnostics.map((d) => ({ file: d.file ?? null, ...jsonWarning(d) })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

async function compare(ctx: CliContext, file: string, exports: string[], opts: ActualsOptions, sink: (d: Diagnostic[]) => void): Promise<boolean> {
  const ready = await loadForCommand(ctx, file, opts.lang, sink);
  if (!ready) return false;
  const { lang, project } = ready;
  const done = await analyseExports(ctx, ready, exports, opts, sink);
  if (!done) return false;
  const toFile = Boolean(opts.output && opts.output !== '-');
  const text = actualsFormatters[opts.format]({ analysis: done.analysis, project, notes: done.notes, lang: lang as Lang, color: ctx.color && !toFile });
  await emit(ctx, text, opts.output, opts.force, lang);
  return true;
}

export async function runActuals(ctx: CliContext, file: string, exports: string[], opts: ActualsOptions): Promise<void> {
  const printed: Diagnostic[] = [];
  const json = opts.format === 'json';
  try {
    if (!(await compare(ctx, file, exports, opts, (d) => printed.push(...d))) && json) ctx.io.stdout(jsonFailure(printed, null, ctx.exitCode));
  } catch (e) {
    if (json && e instanceof EcomplanError) ctx.io.stdout(jsonFailure(printed, e, e.exitCode));
    throw e;
  }
}
