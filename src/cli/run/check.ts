/**
 * `ecomplan check`: read each project (files, directories, globs), find its config,
 * run the engine, judge it (pure `checkProject`), format, write. One file gives a
 * checklist; many give a class table. A file that cannot be read or is invalid is
 * reported in its row and does not stop the others.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { CRITERION_IDS, checkProject, criterion, type CheckConfig } from '../../criteria/index.js';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, configFromData, unknownIds, withOptions } from '../../criteria/config.js';
import { EXIT } from '../../diagnostics/diagnostic.js';
import { EcomplanError, UsageError } from '../../diagnostics/errors.js';
import { localizeFile, problem } from '../../diagnostics/problem.js';
import { computeForecast, type Forecast } from '../../engine/index.js';
import { t, resolveLang, type Lang } from '../../i18n/index.js';
import { findProjects } from '../../io/find-projects.js';
import { readSource } from '../../io/source.js';
import { exists } from '../../io/write.js';
import { parseYaml } from '../../io/yaml.js';
import { Decimal } from '../../model/decimal.js';
import { loadProject } from '../../model/load.js';
import type { ProjectFile } from '../../model/schema.js';
import { explainJson, explainMarkdown, explainText } from '../../render/check/explain.js';
import { checkFormatters, exitCodeOf, type CheckFormat, type CheckReport, type FileCheck } from '../../render/check/index.js';
import { stylish as diagnosticsStylish } from '../../render/formatters/diagnostics.js';
import { emit, type CliContext } from '../context.js';

const require = createRequire(import.meta.url);
const { version } = require('../../../package.json') as { version: string };

export interface CheckOptions {
  format: CheckFormat;
  lang?: string;
  minScore?: string;
  ignore?: string[];
  config?: string;
  explain?: string;
  output?: string;
  force?: boolean;
}

/**
 * The one call to the engine: the base scenario's forecast, which C1.4, C1.5, C1.6,
 * C2.3 and C2.4 read. The engine does not throw on a valid project (a missing section
 * is an `error` warning); a known error is still reported as a failed forecast rather
 * than stopping a class's batch.
 */
export function runEngine(project: ProjectFile): { forecast?: Forecast; forecastError?: { code: string; data: Record<string, unknown> } } {
  try {
    return { forecast: computeForecast(project, { scenario: 'base' }) };
  } catch (e) {
    if (e instanceof EcomplanError) return { forecastError: { code: 'forecast.failed', data: { detail: e.message } } };
    throw e;
  }
}

/** `--ignore C3.5,C4.1 --ignore C2.2` → the IDs, each checked against the referential. */
function parseIgnore(values: string[] | undefined, lang: Lang): string[] {
  const ids = (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  const unknown = unknownIds(ids, CRITERION_IDS)[0];
  if (unknown)
    throw new UsageError(
      unknown.suggestion ? t(lang, 'config.unknown_criterion_suggest', { id: unknown.id, suggestion: unknown.suggestion }) : t(lang, 'check.unknown_criterion', { id: unknown.id }),
      t(lang, 'check.unknown_criterion.hint', { known: CRITERION_IDS }),
    );
  return ids;
}

/** `--min-score 80` (or `80%`): a percentage from 0 to 100, as a fraction. */
export function parseMinScore(value: string | undefined, lang: Lang): Decimal | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value);
  const n = m ? new Decimal(m[1]!.replace(',', '.')) : undefined;
  if (!n || n.gt(100)) throw new UsageError(t(lang, 'check.bad_min_score', { value }));
  return n.div(100);
}

/** Config files by path, and the config path found for each directory (one search per directory). */
class ConfigFinder {
  private readonly byPath = new Map<string, CheckConfig>();
  private readonly byDir = new Map<string, string | null>();
  constructor(
    private readonly ctx: CliContext,
    private readonly lang: Lang,
  ) {}

  private async nearest(dir: string): Promise<string | null> {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const here = join(dir, CONFIG_FILE_NAME);
    const parent = dirname(dir);
    const found = (await exists(here)) ? here : parent === dir ? null : await this.nearest(parent);
    this.byDir.set(dir, found);
    return found;
  }

  /** The config for a project file: `--config`, else the nearest `.ecomplanrc.yaml` upward, else the defaults. */
  async forFile(file: string, explicit: string | undefined): Promise<CheckConfig> {
    const path = explicit ?? (await this.nearest(resolve(file === '-' ? '.' : dirname(file))));
    if (!path) return DEFAULT_CONFIG;
    const known = this.byPath.get(path);
    if (known) return known;
    const config = await this.read(path, explicit !== undefined);
    this.byPath.set(path, config);
    return config;
  }

  private async read(path: string, explicit: boolean): Promise<CheckConfig> {
    const read = await readSource(path);
    if (!read.ok) {
      if (explicit && read.problems[0]?.code === 'file.not_found') throw new EcomplanError(t(this.lang, 'config.not_found', { file: path }), { exitCode: EXIT.usage });
      return this.fail(path, read.problems);
    }
    const parsed = parseYaml(read.source.text);
    if (parsed.problems.some((p) => p.severity === 'error')) return this.fail(path, parsed.problems);
    const { config, problems } = configFromData(parsed.data, parsed.map, CRITERION_IDS);
    if (!config) return this.fail(path, problems);
    return config;
  }

  /** A broken config stops the run (exit 2), its problems printed like any diagnostic. */
  private fail(path: string, problems: ReturnType<typeof problem>[]): never {
    const diagnostics = localizeFile(problems, this.lang, path);
    this.ctx.io.stderr(diagnosticsStylish([{ file: path, diagnostics }], { lang: this.lang, color: false }));
    throw new EcomplanError(t(this.lang, 'config.invalid', { file: path }), { exitCode: EXIT.usage, diagnostics, hint: t(this.lang, 'config.invalid.hint') });
  }
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

async function checkOne(ctx: CliContext, file: string, opts: CheckOptions, configs: ConfigFinder, cli: { ignore: string[]; minScore?: Decimal }): Promise<FileCheck & { lang: Lang }> {
  const loaded = await loadProject(file, opts.lang, ctx.io.stdin);
  const diagnostics = localizeFile(loaded.problems, loaded.lang, loaded.file);
  if (loaded.unreadable) return { file: loaded.file, state: 'unreadable', diagnostics, exitCode: EXIT.usage, lang: loaded.lang };
  if (!loaded.project) return { file: loaded.file, state: 'invalid', diagnostics, exitCode: EXIT.usage, lang: loaded.lang };
  const config = withOptions(await configs.forFile(file, opts.config), cli);
  const engine = runEngine(loaded.project);
  const result = checkProject({ project: loaded.project, map: loaded.map, config, ...engine }, loaded.problems);
  return { file: loaded.file, state: 'checked', result, diagnostics: [], exitCode: result.ok ? EXIT.ok : EXIT.invalid, lang: loaded.lang };
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

  const found = await findProjects(inputs);
  const configs = new ConfigFinder(ctx, optLang);
  const bar = progress(ctx, optLang, found.length);
  const files: Array<FileCheck & { lang?: Lang }> = [];
  let done = 0;
  for (const f of found) {
    bar.step(++done, 'file' in f ? f.file : f.missing);
    if ('missing' in f) {
      const diagnostics = localizeFile([problem('check.no_match', 'error', '', { line: 1, column: 1 }, { input: f.missing })], optLang, f.missing);
      files.push({ file: f.missing, state: 'unreadable', diagnostics, exitCode: EXIT.usage });
      continue;
    }
    files.push(await checkOne(ctx, f.file, opts, configs, cli));
  }
  bar.end();
  // One language for the whole output: the option, else the file's locale (one file), else French.
  const lang = opts.lang ? optLang : files.length === 1 && files[0]!.lang ? files[0]!.lang : optLang;
  const report: CheckReport = { files: files.map(({ lang: _lang, ...f }) => f), version };
  await emit(ctx, checkFormatters[opts.format](report, { lang, color: ctx.color && !opts.output }), opts.output, opts.force, lang);
  ctx.exitCode = exitCodeOf(report);
}
