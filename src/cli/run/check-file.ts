/**
 * The work `ecomplan check` does for one project file — load, find its config, evaluate,
 * judge — shared by the in-process run and the worker threads of a batch (check-pool.ts).
 */
import { withOptions } from '../../criteria/config.js';
import { EXIT } from '../../diagnostics/diagnostic.js';
import { localizeFile } from '../../diagnostics/problem.js';
import { evaluate } from '../../evaluate/index.js';
import type { Lang } from '../../i18n/index.js';
import type { Decimal } from '../../model/decimal.js';
import { loadProject } from '../../model/load.js';
import type { FileCheck } from '../../render/check/index.js';
import type { ConfigFinder } from './config.js';

export { ConfigFinder } from './config.js';

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

/** Judge `file`, found from `base` (the directory named on the command line, else the working directory: where its config is looked for). */
export async function checkOne(file: string, base: string | undefined, opts: CheckFileOptions, configs: ConfigFinder, cli: CliCriteria, stdin: () => Promise<Buffer>): Promise<CheckedFile> {
  const loaded = await loadProject(file, opts.lang, stdin);
  const diagnostics = localizeFile(loaded.problems, loaded.lang, loaded.file);
  if (loaded.unreadable) return { file: loaded.file, state: 'unreadable', diagnostics, exitCode: EXIT.usage, lang: loaded.lang };
  if (!loaded.project) return { file: loaded.file, state: 'invalid', diagnostics, exitCode: EXIT.usage, lang: loaded.lang };
  const used = await configs.forBase(base, opts.config);
  const config = withOptions(used.config, cli);
  const result = evaluate({ project: loaded.project, map: loaded.map, warnings: loaded.problems, config }, { check: true }).check!;
  return { file: loaded.file, state: 'checked', result, diagnostics: [], exitCode: result.ok ? EXIT.ok : EXIT.invalid, lang: loaded.lang, config: used.file };
}
