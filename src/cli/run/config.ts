/**
 * The check config of a run: `--config`, else the nearest `.ecomplanrc.yaml` from where the
 * person running ecomplan stands — the working directory, or a directory (or a glob's fixed
 * folder) named on the command line — and above it, up to the repository root (a `.git`
 * entry); never from inside the judged inputs, so a candidate's own file cannot choose how it
 * is judged (issue 24). Outside a repository the search stops at the working directory (or at
 * the named directory when it lies elsewhere). Read by `check` and `report`.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CRITERION_IDS, type CheckConfig } from '../../criteria/index.js';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, configFromData } from '../../criteria/config.js';
import { EXIT } from '../../diagnostics/diagnostic.js';
import { EcomplanError } from '../../diagnostics/errors.js';
import { localizeFile, type problem } from '../../diagnostics/problem.js';
import { t, type Lang } from '../../i18n/index.js';
import { readSource } from '../../io/source.js';
import { exists } from '../../io/write.js';
import { parseYaml } from '../../io/yaml.js';
import { stylish as diagnosticsStylish } from '../../render/formatters/diagnostics.js';

/** A config and the file it came from (null: the defaults), as shown in every output. */
export interface UsedConfig {
  config: CheckConfig;
  /** The config file as shown to the user (relative to the working directory when inside it), or null for the defaults. */
  file: string | null;
}

const inside = (dir: string, root: string): boolean => {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Config files by path, and the config path found for each start directory (one search per directory). */
export class ConfigFinder {
  private readonly byPath = new Map<string, CheckConfig>();
  private readonly byStart = new Map<string, string | null>();
  constructor(
    private readonly stderr: (s: string) => void,
    private readonly lang: Lang,
    private readonly cwd: string = process.cwd(),
  ) {}

  /** The repository root holding `dir` (the nearest directory with a `.git` entry), or null. */
  private async repositoryRoot(dir: string): Promise<string | null> {
    for (let d = dir; ; d = dirname(d)) {
      if (await exists(join(d, '.git'))) return d;
      if (dirname(d) === d) return null;
    }
  }

  /** The nearest `.ecomplanrc.yaml` from `start` upward, not above the repository root (or the working directory outside a repository). */
  private async nearest(start: string): Promise<string | null> {
    const cached = this.byStart.get(start);
    if (cached !== undefined) return cached;
    const stop = (await this.repositoryRoot(start)) ?? (inside(start, this.cwd) ? this.cwd : start);
    let found: string | null = null;
    for (let d = start; ; d = dirname(d)) {
      const here = join(d, CONFIG_FILE_NAME);
      if (await exists(here)) {
        found = here;
        break;
      }
      if (d === stop || dirname(d) === d) break;
    }
    this.byStart.set(start, found);
    return found;
  }

  /** The config file for inputs found from `base` (a directory named on the command line, else the working directory), or null. */
  async pathFor(base: string | undefined, explicit: string | undefined): Promise<string | null> {
    return explicit ?? (await this.nearest(resolve(this.cwd, base ?? '.')));
  }

  /** The config (with the file it came from) for inputs found from `base`: `--config`, else the nearest `.ecomplanrc.yaml`, else the defaults. */
  async forBase(base: string | undefined, explicit: string | undefined): Promise<UsedConfig> {
    const path = await this.pathFor(base, explicit);
    if (!path) return { config: DEFAULT_CONFIG, file: null };
    const shown = explicit ?? this.shown(path);
    const known = this.byPath.get(path);
    if (known) return { config: known, file: shown };
    const config = await this.read(path, explicit !== undefined);
    this.byPath.set(path, config);
    return { config, file: shown };
  }

  /** A path found by the search as the user reads it: relative to the working directory when inside it. */
  private shown(path: string): string {
    return inside(path, this.cwd) ? relative(this.cwd, path) : path;
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
    throw new EcomplanError(t(this.lang, 'config.invalid', { file: path }), {
      exitCode: EXIT.usage,
      diagnostics,
      hint: t(this.lang, 'config.invalid.hint'),
    });
  }
}
