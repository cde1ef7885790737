/**
 * What forecast, margin, stock and sensitivity share: load and validate the
 * project (invalid → its diagnostics and exit 1; unreadable → exit 2), and turn
 * the engine's warnings into located diagnostics.
 */
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { locateWarnings } from '../../diagnostics/locate.js';
import { localizeFile } from '../../diagnostics/problem.js';
import type { EngineWarning } from '../../engine/types.js';
import type { Lang } from '../../i18n/index.js';
import { loadProject, type Loaded } from '../../model/load.js';
import type { ProjectFile } from '../../model/schema.js';
import { printDiagnostics, type CliContext } from '../context.js';

export interface Ready {
  loaded: Loaded;
  project: ProjectFile;
  lang: Lang;
}

/**
 * The valid project, or null after printing why not (stderr) and setting the exit code;
 * `sink` also gets the diagnostics printed (a JSON error object).
 */
export async function loadForCommand(ctx: CliContext, file: string, langOption: string | undefined, sink?: (d: Diagnostic[]) => void): Promise<Ready | null> {
  const loaded = await loadProject(file, langOption, ctx.io.stdin);
  if (loaded.project) return { loaded, project: loaded.project, lang: loaded.lang };
  const diagnostics = localizeFile(loaded.problems, loaded.lang, loaded.file);
  printDiagnostics(ctx, loaded.file, diagnostics, loaded.lang);
  sink?.(diagnostics);
  ctx.exitCode = loaded.unreadable ? EXIT.usage : EXIT.invalid;
  return null;
}

export function located(ready: Ready, warnings: readonly EngineWarning[]): Diagnostic[] {
  return locateWarnings(warnings, ready.loaded.map, ready.lang, ready.loaded.file);
}

/**
 * A forecast with `error` warnings (a section it needs is missing) is not shown:
 * print the errors and exit 1. Returns true when it stopped.
 */
export function stopOnEngineErrors(ctx: CliContext, ready: Ready, diagnostics: readonly Diagnostic[]): boolean {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return false;
  printDiagnostics(ctx, ready.loaded.file, errors, ready.lang);
  ctx.exitCode = EXIT.invalid;
  return true;
}
