/**
 * The work `ecomplan check` does for one project file — load, find its config, forecast,
 * judge — shared by the in-process run and the worker threads of a batch (check-pool.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { CRITERION_IDS, checkProject, type CheckConfig } from '../../criteria/index.js';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, configFromData, withOptions } from '../../criteria/config.js';
import { EXIT } from '../../diagnostics/diagnostic.js';
import { EcomplanError } from '../../diagnostics/errors.js';
import { localizeFile, type problem } from '../../diagnostics/problem.js';
import { computeForecast, type Forecast } from '../../engine/index.js';
import { t, type Lang } from '../../i18n/index.js';
import { readSource } from '../../io/source.js';
import { exists } from '../../io/write.js';
import { parseYaml } from '../../io/yaml.js';
import type { Decimal } from '../../model/decimal.js';
import { loadProject } from '../../model/load.js';
import type { ProjectFile } from '../../model/schema.js';
import type { FileCheck } from '../../render/check/index.js';
import { stylish as diagnosticsStylish } from '../../render/formatters/diagnostics.js';

/** What every file of a run shares: the options that apply to each file. */
export interface CheckFileOptions {
  lang?: string;
  config?: string;
}

export interface CliCriteria {
  ignore: string[];
  minScore?: Decimal;
}

export type CheckedFile = FileCheck & { lang: Lang };

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

/** Config files by path, and the config path found for each directory (one search per directory). */
export class ConfigFinder {
  private readonly byPath = new Map<string, CheckConfig>();
  private readonly byDir = new Map<string, string | null>();
  constructor(
    private readonly stderr: (s: string) => void,
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
    this.stderr(diagnosticsStylish([{ file: path, diagnostics }], { lang: this.lang, color: false }));
    throw new EcomplanError(t(this.lang, 'config.invalid', { file: path }), { exitCode: EXIT.usage, diagnostics, hint: t(this.lang, 'config.invalid.hint') });
  }
}

export async function checkOne(file: string, opts: CheckFileOptions, configs: ConfigFinder, cli: CliCriteria, stdin: () => Promise<Buffer>): Promise<CheckedFile> {
  const loaded = await loadProject(file, opts.lang, stdin);
  const diagnostics = localizeFile(loaded.problems, loaded.lang, loaded.file);
  if (loaded.unreadable) return { file: loaded.file, state: 'unreadable', diagnostics, exitCode: EXIT.usage, lang: loaded.lang };
  if (!loaded.project) return { file: loaded.file, state: 'invalid', diagnostics, exitCode: EXIT.usage, lang: loaded.lang };
  const config = withOptions(await configs.forFile(file, opts.config), cli);
  const engine = runEngine(loaded.project);
  const result = checkProject({ project: loaded.project, map: loaded.map, config, ...engine }, loaded.problems);
  return { file: loaded.file, state: 'checked', result, diagnostics: [], exitCode: result.ok ? EXIT.ok : EXIT.invalid, lang: loaded.lang };
}
