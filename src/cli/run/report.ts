import { stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { UsageError } from '../../diagnostics/errors.js';
import { t, type Lang } from '../../i18n/index.js';
import { exists, outputExistsError, writeFileAtomic, writeFilesAtomic } from '../../io/write.js';
import { findChromium, htmlToPdf } from '../../render/pdf.js';
import { evaluate, type Evaluation } from '../../evaluate/index.js';
import { renderReport, reportRequest } from '../../render/report/index.js';
import type { CliContext } from '../context.js';
import type { ReportCliFormat } from '../commands/report.js';
import { ConfigFinder } from './config.js';
import { loadForCommand, type Ready } from './project.js';
import { ActualsError, analyseExports, type ActualsFigureOptions } from './actuals-exports.js';
import { analyseRisk } from './risk-draws.js';

export interface ReportCliOptions extends ActualsFigureOptions {
  format: ReportCliFormat;
  output?: string;
  force?: boolean;
  lang?: string;
  templates?: string;
  /** Order exports: « Suivi du réel », with the options of `ecomplan actuals` that change figures. */
  actuals?: string[];
  /** Those options as given on the command line (refused without --actuals). */
  actualsOptionsGiven?: string[];
  /** « Analyse de risque » (also when the project has a `risk` section). */
  risk?: boolean;
  /** The check config (else the nearest .ecomplanrc.yaml from the working directory, as `check`). */
  config?: string;
}

/** The report's file name in a folder: `dossier.html` / `report.html`. */
const reportBaseName = (lang: Lang): string => (lang === 'fr' ? 'dossier' : 'report');

async function isFolder(path: string): Promise<boolean> {
  if (path.endsWith('/') || path.endsWith(sep)) return true;
  const st = await stat(path).catch(() => null);
  return Boolean(st?.isDirectory());
}

/**
 * The evaluation a dossier shows (`report`, `watch`): judged with the same config as `ecomplan check`,
 * `explicit` (--config), else the nearest .ecomplanrc.yaml from the working directory up to the
 * repository root, never from beside the judged file (issue 24; its problems go to `warn`), and the
 * config's name as shown.
 */
export async function dossierEvaluation(ready: Ready, explicit: string | undefined, warn: (s: string) => void): Promise<{ evaluation: Evaluation; configFile: string | undefined }> {
  const used = await new ConfigFinder(warn, ready.lang).forBase(undefined, explicit);
  const evaluation = evaluate({ project: ready.project, map: ready.loaded.map, warnings: ready.loaded.problems, config: used.config }, reportRequest);
  return { evaluation, configFile: used.file ?? undefined };
}

export async function runReport(ctx: CliContext, file: string, opts: ReportCliOptions): Promise<void> {
  // Check what can be refused before reading the project.
  const output = opts.output && opts.output !== '-' ? opts.output : undefined;
  const chromium = opts.format === 'pdf' ? findChromium(ctx.io.env) : null;
  const lang0: Lang = opts.lang === 'en' ? 'en' : 'fr';
  if (opts.format === 'pdf' && !chromium) throw new UsageError(t(lang0, 'report.pdf_no_chromium'), t(lang0, 'report.pdf_no_chromium.hint'));
  if (opts.format === 'pdf' && !output) throw new UsageError(t(lang0, 'report.pdf_needs_output'), t(lang0, 'report.pdf_needs_output.hint'));
  const alone = opts.actualsOptionsGiven ?? [];
  if (!opts.actuals?.length && alone.length > 0) throw new ActualsError('report.actuals_options_alone', lang0, { options: alone.join(', ') });

  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  const { lang } = ready;
  const folder = output ? await isFolder(output) : false;
  const format = opts.format === 'pdf' ? 'html' : opts.format;
  const compared = opts.actuals?.length ? await analyseExports(ctx, ready, opts.actuals, opts) : undefined;
  if (compared === null) return;
  const actuals = compared?.analysis;
  const { evaluation, configFile } = await dossierEvaluation(ready, opts.config, (s) => ctx.io.stderr(s));
  // Without a forecast (a section it needs is missing), the dossier says so in its place: no draws either.
  const risk = evaluation.ran && (opts.risk || ready.project.risk) ? await analyseRisk(ctx, ready, { jobs: 1 }) : undefined;
  if (risk === null) return;
  const result = renderReport(ready.project, {
    format,
    lang,
    templatesDir: opts.templates,
    chartFiles: format === 'md' && folder,
    evaluation,
    configFile,
    actuals,
    risk: risk?.result,
  });

  if (!output) {
    ctx.io.stdout(result.text);
    return;
  }
  const main = folder ? join(output, `${reportBaseName(lang)}.${opts.format}`) : output;
  const targets: Array<{ path: string; content: string | Uint8Array }> = [{ path: main, content: result.text }];
  for (const f of result.extraFiles) targets.push({ path: join(output, f.name), content: f.content });
  if (!opts.force) for (const target of targets) if (await exists(target.path)) throw outputExistsError(target.path, lang);
  if (opts.format === 'pdf') targets[0] = { path: main, content: await htmlToPdf(result.text, chromium as string) };
  // A dossier with its charts is a set: all files or none.
  if (targets.length > 1) await writeFilesAtomic(output, targets, { force: Boolean(opts.force), lang });
  else await writeFileAtomic(main, targets[0]!.content, { force: Boolean(opts.force), lang });
  const charts = targets.length - 1;
  ctx.io.stderr(`${charts ? t(lang, 'report.written_charts', { file: main, count: charts }) : t(lang, 'report.written', { file: main })}\n`);
}
