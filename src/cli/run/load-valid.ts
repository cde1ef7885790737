/**
 * (Temporary name: the engine branch brings `project.ts` with `loadForCommand`; this file goes once it lands.)
 * The start of every command that renders a project: read and validate it; when it
 * is not valid, print its diagnostics on stderr and set the exit code (1 invalid,
 * 2 unreadable), so the command can simply stop.
 */
import { EXIT, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { localize, type Problem } from '../../diagnostics/problem.js';
import type { Lang } from '../../i18n/index.js';
import { loadProject, type Loaded } from '../../model/load.js';
import type { ProjectFile } from '../../model/schema.js';
import { stylish } from '../../render/formatters/diagnostics.js';
import type { CliContext } from '../context.js';

export type ValidLoaded = Loaded & { project: ProjectFile };

export async function loadValidProject(ctx: CliContext, file: string, lang?: string): Promise<ValidLoaded | null> {
  const loaded = await loadProject(file, lang, ctx.io.stdin);
  if (loaded.project) return loaded as ValidLoaded;
  reportProblems(ctx, loaded.file, loaded.problems, loaded.lang);
  ctx.exitCode = loaded.unreadable ? EXIT.usage : EXIT.invalid;
  return null;
}

/** Located problems on stderr, in the stylish format (nothing when there are none). */
export function reportProblems(ctx: CliContext, file: string, problems: readonly Problem[], lang: Lang): void {
  if (problems.length === 0) return;
  const diagnostics = sortDiagnostics(localize(problems, lang).map((d) => ({ ...d, file })));
  ctx.io.stderr(stylish([{ file, diagnostics }], { lang, color: ctx.color && ctx.io.stderrIsTTY }));
}
