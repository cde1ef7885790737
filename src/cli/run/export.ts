/** `ecomplan export`: the forecast as an xlsx workbook, written atomically (never to a terminal). */
import { parsePath } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../diagnostics/errors.js';
import type { ScenarioName } from '../../engine/index.js';
import { buildWorkbook, engineFigures } from '../../export/index.js';
import { writeXlsx } from '../../export/xlsx.js';
import { t, type Lang } from '../../i18n/index.js';
import { writeFileAtomic } from '../../io/write.js';
import type { CliContext } from '../context.js';
import type { ExportCliFormat } from '../commands/export.js';
import { loadForCommand, located, stopOnEngineErrors } from './project.js';

export interface ExportCliOptions {
  format: ExportCliFormat;
  scenario: ScenarioName;
  output?: string;
  force?: boolean;
  lang?: string;
}

export async function runExport(ctx: CliContext, file: string, opts: ExportCliOptions): Promise<void> {
  const output = opts.output && opts.output !== '-' ? opts.output : undefined;
  const lang0: Lang = opts.lang === 'en' ? 'en' : 'fr';
  if (!output && ctx.io.stdoutIsTTY) throw new UsageError(t(lang0, 'export.terminal'), t(lang0, 'export.terminal.hint'));
  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  const figures = engineFigures(ready.project, opts.scenario);
  if (stopOnEngineErrors(ctx, ready, located(ready, figures.forecast.warnings))) return;
  const map = ready.loaded.map;
  const lineOf = (path: string) => {
    const p = parsePath(path);
    return map.has(p) ? map.valueAt(p).line : undefined;
  };
  const bytes = await writeXlsx(buildWorkbook(ready.project, { scenario: opts.scenario, lang: ready.lang, lineOf }, figures));
  // The workbook's formulas have one VAT regime: say so when the engine's forecast loses the franchise (issue 9).
  const vatSwitch = figures.forecast.vatSwitch;
  const vatSwitchNote = () => {
    if (vatSwitch) ctx.io.stderr(`${t(ready.lang, 'export.vat_switch', { first: figures.forecast.months[vatSwitch.from - 1]!.month })}\n`);
  };
  if (!output) {
    vatSwitchNote();
    ctx.io.stdoutBytes(bytes);
    return;
  }
  await writeFileAtomic(output, bytes, { force: Boolean(opts.force), lang: ready.lang });
  vatSwitchNote();
  ctx.io.stderr(`${t(ready.lang, 'export.written', { file: output })}\n`);
}
