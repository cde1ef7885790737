/**
 * What `ecomplan actuals` and `report --actuals` share: the options that change the
 * figures, reading the exports (located errors printed, exit 1), and the analysis. Both
 * commands take the same options so that the dossier shows the command's figures.
 */
import { type ExportBudget, exportBudget, spendExport } from './actuals-limits.js';
import { readFile, stat } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { analyseActuals, type ActualsAnalysis } from '../../actuals/analyse.js';
import { parseRates } from '../../actuals/currency.js';
import { importExport, prepareOrders, type SourceOption } from '../../actuals/import.js';
import type { ColumnMapping, ImportResult } from '../../actuals/types.js';
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../diagnostics/errors.js';
import { localizeFile, problem, type Problem } from '../../diagnostics/problem.js';
import type { ScenarioName } from '../../engine/types.js';
import { formatMonth } from '../../i18n/format.js';
import { hasMessage, t, tCode, type Lang } from '../../i18n/index.js';
import { ActualsMapping, type ProjectFile } from '../../model/schema.js';
import { printDiagnostics, type CliContext } from '../context.js';

/** The options of `actuals` that change figures; `report --actuals` takes them too. */
export interface ActualsFigureOptions {
  source?: SourceOption;
  mapping?: string;
  until?: string;
  scenario?: ScenarioName;
  /** `--rate USD=0.92`, repeatable. */
  rate?: string[];
  includePending?: boolean;
}

/** A refusal of the actuals with its message id (the JSON error object names it). */
export class ActualsError extends UsageError {
  constructor(
    readonly code: string,
    lang: Lang,
    data: Record<string, unknown> = {},
  ) {
    super(tCode(lang, code, data), hasMessage(`${code}.hint`) ? tCode(lang, `${code}.hint`, data) : undefined);
  }
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
    throw new ActualsError('actuals.mapping_invalid', lang, { detail: `${path}: ${(e as Error).message.split('\n')[0]}` });
  }
  const parsed = ActualsMapping.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ActualsError('actuals.mapping_invalid', lang, { detail: `${path}: ${issue.path.join('.') || '—'}` });
  }
  return parsed.data as ColumnMapping;
}

/** Where the diagnostics of the exports go: stderr, and the JSON error object when asked. */
type Sink = (diagnostics: Diagnostic[]) => void;

function show(ctx: CliContext, file: string, problems: readonly Problem[], lang: Lang, sink: Sink | undefined): Diagnostic[] {
  const diagnostics = localizeFile(problems, lang, file);
  printDiagnostics(ctx, file, diagnostics, lang);
  sink?.(diagnostics);
  return diagnostics;
}

function stopOnErrors(ctx: CliContext, errors: number, lang: Lang): boolean {
  if (errors === 0) return false;
  ctx.io.stderr(`${t(lang, 'actuals.errors', { count: errors })}\n`);
  ctx.exitCode = EXIT.invalid;
  return true;
}

/** Import every export; print its problems. Null (exit 1) when one has an error. */
async function importAll(ctx: CliContext, exports: string[], opts: ActualsFigureOptions, mapping: ColumnMapping | undefined, lang: Lang, sink?: Sink) {
  const results: ImportResult[] = [];
  const notes: Diagnostic[] = [];
  let errors = 0;
  const budget = exportBudget();
  for (const file of exports) {
    const read = await readExport(file, budget);
    const result = 'bytes' in read ? importExport(read.bytes, file, { source: opts.source, mapping }) : { source: 'generic' as const, orders: [], problems: read.problems };
    const diagnostics = show(ctx, file, result.problems, lang, sink);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    notes.push(...diagnostics.filter((d) => d.severity !== 'error'));
    results.push(result);
  }
  return stopOnErrors(ctx, errors, lang) ? null : { results, notes };
}

function checkUntil(until: string | undefined, lang: Lang): void {
  if (until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new ActualsError('actuals.bad_until', lang, { value: until });
}

/** No order to compare: say which months the exports cover, against the plan's. */
function noOrders(a: ActualsAnalysis, lang: Lang): ActualsError {
  if (a.span === null) return new ActualsError('actuals.no_orders', lang);
  const months = a.forecast.months;
  return new ActualsError('actuals.no_orders_outside', lang, {
    first: formatMonth(a.span.first, lang),
    last: formatMonth(a.span.last, lang),
    start: formatMonth(months[0]!.month, lang),
    end: formatMonth(months[months.length - 1]!.month, lang),
  });
}

/**
 * The exports read, combined, converted and compared with the plan; null after printing the
 * errors of the exports (exit 1). Refusals of the options throw an ActualsError (exit 2).
 */
export async function analyseExports(
  ctx: CliContext,
  ready: { project: ProjectFile; lang: Lang },
  exports: string[],
  opts: ActualsFigureOptions,
  sink?: Sink,
): Promise<{ analysis: ActualsAnalysis; notes: Diagnostic[] } | null> {
  const { project, lang } = ready;
  checkUntil(opts.until, lang);
  const rates = parseRates(opts.rate ?? []);
  if (!rates.ok) throw new ActualsError('actuals.bad_rate', lang, { value: rates.value });
  const mapping = await mappingOf(opts.mapping, project, lang);
  const imported = await importAll(ctx, exports, opts, mapping, lang, sink);
  if (!imported) return null;
  const prepared = prepareOrders(imported.results, project.currency, rates.rates);
  const errors = prepared.problems.reduce((n, p) => n + show(ctx, p.file, [p.problem], lang, sink).length, 0);
  if (stopOnErrors(ctx, errors, lang)) return null;
  const analysis = analyseActuals(project, prepared.orders, {
    scenario: opts.scenario,
    until: opts.until,
    includePending: opts.includePending,
    duplicates: prepared.duplicates,
    conversions: prepared.conversions,
  });
  if (analysis.months.length === 0) throw noOrders(analysis, lang);
  return { analysis, notes: imported.notes };
}
