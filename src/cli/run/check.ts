/**
 * `ecomplan check`: read each project (files, directories, globs), find its config,
 * run the engine, judge it (pure `checkProject`), format, write. One file gives a
 * checklist; many give a class table. A file that cannot be read or is invalid is
 * reported in its row and does not stop the others.
 */
import { CRITERION_IDS, criterion } from '../../criteria/index.js';
import { unknownIds } from '../../criteria/config.js';
import { EXIT } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../diagnostics/errors.js';
import { localizeFile, problem } from '../../diagnostics/problem.js';
import { t, resolveLang, type Lang } from '../../i18n/index.js';
import { findProjects } from '../../io/find-projects.js';
import { Decimal } from '../../model/decimal.js';
import { explainJson, explainMarkdown, explainText } from '../../render/check/explain.js';
import { checkFormatters, exitCodeOf, type CheckFormat, type CheckReport, type FileCheck } from '../../render/check/index.js';
import { emit, type CliContext } from '../context.js';
import { version } from '../package.js';
import { checkOne, ConfigFinder, type CheckedFile, type CliCriteria } from './check-file.js';
import { checkInPool, jobsOf, usePool } from './check-pool.js';
import { fileLimits } from './check-limits.js';

export interface CheckOptions {
  format: CheckFormat;
  lang?: string;
  minScore?: string;
  ignore?: string[];
  config?: string;
  explain?: string;
  output?: string;
  force?: boolean;
  /** Worker threads for a batch (default: every core); 1 = in process. */
  jobs?: string;
  /** CSV separator (`tab` for a tab); default by language. */
  csvSeparator?: string;
}

/** `--ignore C3.5,C4.1 --ignore C2.2` → the IDs, each checked against the referential. */
function parseIgnore(values: string[] | undefined, lang: Lang): string[] {
  const ids = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = unknownIds(ids, CRITERION_IDS)[0];
  if (unknown)
    throw new UsageError(
      unknown.suggestion ? t(lang, 'config.unknown_criterion_suggest', { id: unknown.id, suggestion: unknown.suggestion }) : t(lang, 'check.unknown_criterion', { id: unknown.id }),
      t(lang, 'check.unknown_criterion.hint', { known: CRITERION_IDS }),
    );
  return ids;
}

/** `--min-score 80` (or `80%`): a percentage from 0 to 100, as a fraction. */
/** `--csv-separator`: one character other than a quote or a line break, or the word `tab`. */
function parseCsvSeparator(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const sep = value.toLowerCase() === 'tab' ? '\t' : value;
  if ([...sep].length !== 1 || /["\r\n]/.test(sep)) throw new UsageError(t(lang, 'check.bad_csv_separator', { value }), t(lang, 'check.bad_csv_separator.hint'));
  return sep;
}

function parseMinScore(value: string | undefined, lang: Lang): Decimal | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value);
  const n = m ? new Decimal(m[1]!.replace(',', '.')) : undefined;
  if (!n || n.gt(100)) throw new UsageError(t(lang, 'check.bad_min_score', { value }));
  return n.div(100);
}

/** Progress on stderr, only on a terminal and for a batch. */
function progress(ctx: CliContext, lang: Lang, total: number) {
  const on = ctx.io.stderrIsTTY && total > 1;
  return {
    step(done: number, file: string) {
      if (on) ctx.io.stderr(`\r\x1b[K${t(lang, 'check.progress', { done, total, file })}`);
    },
    end() {
      if (on) ctx.io.stderr('\r\x1b[K');
    },
  };
}

type Found = Awaited<ReturnType<typeof findProjects>>[number];
type Bar = ReturnType<typeof progress>;

/** One file after the other, in this thread. */
async function checkInProcess(ctx: CliContext, found: Found[], opts: CheckOptions, cli: CliCriteria, lang: Lang, bar: Bar): Promise<Map<Found, CheckedFile>> {
  const configs = new ConfigFinder((s) => ctx.io.stderr(s), lang);
  const checked = new Map<Found, CheckedFile>();
  for (const [i, f] of found.entries()) {
    bar.step(i + 1, 'file' in f ? f.file : f.missing);
    if ('file' in f) checked.set(f, await checkOne(f.file, f.base, opts, configs, cli, ctx.io.stdin));
  }
  return checked;
}

/** The files on worker threads; the same results, in the same order. */
async function checkBatchInPool(ctx: CliContext, found: Found[], opts: CheckOptions, cli: CliCriteria, lang: Lang, jobs: number, bar: Bar): Promise<Map<Found, CheckedFile>> {
  const entries = found.filter((f): f is Extract<Found, { file: string }> => 'file' in f);
  const task = {
    opts: { ...(opts.lang === undefined ? {} : { lang: opts.lang }), ...(opts.config === undefined ? {} : { config: opts.config }) },
    cli: { ignore: cli.ignore, ...(cli.minScore ? { minScore: cli.minScore.toString() } : {}) },
    configLang: lang,
  };
  const results = await checkInPool(
    entries.map((f) => ({ file: f.file, base: f.base })),
    task,
    jobs,
    (s) => ctx.io.stderr(s),
    (done, file) => bar.step(done, file),
    fileLimits(ctx.io.env),
  );
  return new Map(results.map((r, i) => [entries[i]!, r] as const));
}

export async function runCheck(ctx: CliContext, inputs: string[], opts: CheckOptions): Promise<void> {
  const optLang = resolveLang(opts.lang, ctx.io.env.ECOMPLAN_LANG);
  if (opts.explain !== undefined) {
    const id = opts.explain.trim().toUpperCase();
    const def = criterion(id);
    if (!def) {
      parseIgnore([id], optLang); // an unknown ID with a suggestion
      throw new UsageError(t(optLang, 'check.unknown_criterion', { id }), t(optLang, 'check.unknown_criterion.hint', { known: CRITERION_IDS }));
    }
    const text = opts.format === 'json' ? explainJson(def) : opts.format === 'md' ? explainMarkdown(def, optLang) : explainText(def, optLang);
    await emit(ctx, text, opts.output, opts.force, optLang);
    ctx.exitCode = EXIT.ok;
    return;
  }
  if (inputs.length === 0) throw new UsageError(t(optLang, 'check.no_input'), t(optLang, 'check.no_input.hint'));
  const cli: { ignore: string[]; minScore?: Decimal } = { ignore: parseIgnore(opts.ignore, optLang) };
  const minScore = parseMinScore(opts.minScore, optLang);
  if (minScore !== undefined) cli.minScore = minScore;

  const csvSeparator = parseCsvSeparator(opts.csvSeparator, optLang);
  const jobs = jobsOf(opts.jobs);
  if (Number.isNaN(jobs)) throw new UsageError(t(optLang, 'check.bad_jobs', { value: opts.jobs }), t(optLang, 'check.bad_jobs.hint'));

  const found = await findProjects(inputs);
  const paths = found.flatMap((f) => ('file' in f ? [f.file] : []));
  const pool = usePool(paths, jobs);
  const bar = progress(ctx, optLang, pool ? paths.length : found.length);
  const checked = pool ? await checkBatchInPool(ctx, found, opts, cli, optLang, jobs, bar) : await checkInProcess(ctx, found, opts, cli, optLang, bar);
  const files: Array<FileCheck & { lang?: Lang }> = found.map((f) => {
    if ('file' in f) return checked.get(f)!;
    const diagnostics = localizeFile([problem('check.no_match', 'error', '', { line: 1, column: 1 }, { input: f.missing })], optLang, f.missing);
    return { file: f.missing, state: 'unreadable', diagnostics, exitCode: EXIT.usage };
  });
  bar.end();
  // One language for the whole output: the option, else the file's locale (one file), else French.
  const lang = opts.lang ? optLang : files.length === 1 && files[0]!.lang ? files[0]!.lang : optLang;
  const report: CheckReport = { files: files.map(({ lang: _lang, ...f }) => f), version };
  await emit(
    ctx,
    checkFormatters[opts.format](report, {
      lang,
      color: ctx.color && !opts.output,
      ...(csvSeparator === undefined ? {} : { csvSeparator }),
    }),
    opts.output,
    opts.force,
    lang,
  );
  ctx.exitCode = exitCodeOf(report);
}
