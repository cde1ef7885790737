/**
 * `ecomplan actuals`: read the project and the exports, import (pure), analyse
 * (pure), render. Errors of an export are printed located in it (file:line:col,
 * column name) and stop with exit 1; notes (a Latin-1 file) go to stderr.
 */
import { readFile, stat } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { analyseActuals, type ActualsAnalysis } from '../../actuals/analyse.js';
import { combineOrders, importExport } from '../../actuals/import.js';
import type { ColumnMapping, ImportResult, SourceKind } from '../../actuals/types.js';
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../diagnostics/errors.js';
import { localizeFile, problem, type Problem } from '../../diagnostics/problem.js';
import type { ScenarioName } from '../../engine/types.js';
import { t, type Lang } from '../../i18n/index.js';
import { ActualsMapping, type ProjectFile } from '../../model/schema.js';
import { actualsFormatters } from '../../render/actuals/index.js';
import type { OutputFormat } from '../../render/formats.js';
import { emit, printDiagnostics, type CliContext } from '../context.js';
import { loadForCommand } from './project.js';
import { type ExportBudget, exportBudget, spendExport } from './actuals-limits.js';

export interface ActualsOptions {
  source?: SourceKind | 'etsy';
  mapping?: string;
  until?: string;
  scenario: ScenarioName;
  format: OutputFormat;
  lang?: string;
  output?: string;
  force?: boolean;
}

const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

async function readExport(file: string, budget: ExportBudget): Promise<{ bytes: Uint8Array } | { problems: Problem[] }> {
  const at = { line: 1, column: 1 };
  try {
    const st = await stat(file);
    if (st.isDirectory()) return { problems: [problem('actuals.file_unreadable', 'error', '', at, { reason: 'EISDIR' })] };
    if (st.size > MAX_EXPORT_BYTES) return { problems: [problem('actuals.too_large', 'error', '', at, { size: st.size, max: MAX_EXPORT_BYTES })] };
    const bytes = await readFile(file);
    const over = spendExport(bytes, budget);
    return over ? { problems: [over] } : { bytes };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return {
      problems: [problem(code === 'ENOENT' ? 'actuals.file_not_found' : 'actuals.file_unreadable', 'error', '', at, { reason: code })],
    };
  }
}

/** `--mapping file.yaml`, else the project's `actuals.mapping`. */
async function mappingOf(path: string | undefined, project: ProjectFile, lang: Lang): Promise<ColumnMapping | undefined> {
  if (!path) return project.actuals?.mapping as ColumnMapping | undefined;
  let data: unknown;
  try {
    data = parseYaml(await readFile(path, 'utf8'));
  } catch (e) {
    throw new UsageError(t(lang, 'actuals.mapping_invalid', { detail: `${path}: ${(e as Error).message.split('\n')[0]}` }), t(lang, 'actuals.mapping_invalid.hint'));
  }
  const parsed = ActualsMapping.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(t(lang, 'actuals.mapping_invalid', { detail: `${path}: ${issue.path.join('.') || '—'}` }), t(lang, 'actuals.mapping_invalid.hint'));
  }
  return parsed.data as ColumnMapping;
}

/** Import every export; print its problems. Null (exit 1) when one has an error. */
async function importAll(ctx: CliContext, exports: string[], opts: ActualsOptions, mapping: ColumnMapping | undefined, lang: Lang): Promise<{ results: ImportResult[]; notes: Diagnostic[] } | null> {
  const results: ImportResult[] = [];
  const notes: Diagnostic[] = [];
  let errors = 0;
  const budget = exportBudget();
  for (const file of exports) {
    const read = await readExport(file, budget);
    const result = 'bytes' in read ? importExport(read.bytes, file, { source: opts.source, mapping }) : { source: 'generic' as const, orders: [], problems: read.problems };
    const diagnostics = localizeFile(result.problems, lang, file);
    printDiagnostics(ctx, file, diagnostics, lang);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    notes.push(...diagnostics.filter((d) => d.severity !== 'error'));
    results.push(result);
  }
  if (errors === 0) return { results, notes };
  ctx.io.stderr(`${t(lang, 'actuals.errors', { count: errors })}\n`);
  ctx.exitCode = EXIT.invalid;
  return null;
}

export async function runActuals(ctx: CliContext, file: string, exports: string[], opts: ActualsOptions): Promise<void> {
  const ready = await loadForCommand(ctx, file, opts.lang);
  if (!ready) return;
  const { lang, project } = ready;
  if (opts.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.until))
    throw new UsageError(t(lang, 'actuals.bad_date', { column: '--until', value: opts.until }), t(lang, 'actuals.bad_date.hint'));
  const mapping = await mappingOf(opts.mapping, project, lang);
  const imported = await importAll(ctx, exports, opts, mapping, lang);
  if (!imported) return;
  const analysis: ActualsAnalysis = analyseActuals(project, combineOrders(imported.results), {
    scenario: opts.scenario,
    until: opts.until,
  });
  if (analysis.months.length === 0) throw new UsageError(t(lang, 'actuals.no_orders'), t(lang, 'actuals.no_orders.hint'));
  const toFile = Boolean(opts.output && opts.output !== '-');
  const text = actualsFormatters[opts.format]({ analysis, project, notes: imported.notes, lang, color: ctx.color && !toFile });
  await emit(ctx, text, opts.output, opts.force, lang);
}

/** `report --actuals`: the analysis of the exports (base scenario), or null after printing why not (exit set). */
export async function actualsForReport(ctx: CliContext, ready: { project: ProjectFile; lang: Lang }, exports: string[]): Promise<ActualsAnalysis | null> {
  const mapping = await mappingOf(undefined, ready.project, ready.lang);
  const imported = await importAll(ctx, exports, { scenario: 'base', format: 'table' }, mapping, ready.lang);
  if (!imported) return null;
  const analysis = analyseActuals(ready.project, combineOrders(imported.results));
  if (analysis.months.length === 0) throw new UsageError(t(ready.lang, 'actuals.no_orders'), t(ready.lang, 'actuals.no_orders.hint'));
  return analysis;
}
