/**
 * The check config of a project file: `--config`, else the nearest
 * `.ecomplanrc.yaml` upward from the file, else the defaults. Read by `check` and
 * `report`, so that the dossier judges with the trainer's thresholds too.
 */
import { dirname, join, resolve } from 'node:path';
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

  /** The config file of a project file: `--config`, else the nearest `.ecomplanrc.yaml` upward, else null. */
  async pathFor(file: string, explicit: string | undefined): Promise<string | null> {
    return explicit ?? (await this.nearest(resolve(file === '-' ? '.' : dirname(file))));
  }

  /** The config for a project file: `--config`, else the nearest `.ecomplanrc.yaml` upward, else the defaults. */
  async forFile(file: string, explicit: string | undefined): Promise<CheckConfig> {
    const path = await this.pathFor(file, explicit);
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
    throw new EcomplanError(t(this.lang, 'config.invalid', { file: path }), {
      exitCode: EXIT.usage,
      diagnostics,
      hint: t(this.lang, 'config.invalid.hint'),
    });
  }
}
