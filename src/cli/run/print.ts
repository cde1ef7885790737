/** Located problems of a rendering command (legal placeholders, report notes) on stderr, stylish. */
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { localize, type Problem } from '../../diagnostics/problem.js';
import { stylish } from '../../render/formatters/diagnostics.js';
import type { CliContext } from '../context.js';
import type { Ready } from './project.js';

export function printProblems(ctx: CliContext, ready: Ready, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const file = ready.loaded.file;
  const diagnostics = sortDiagnostics(localize(problems, ready.lang).map((d) => ({ ...d, file })));
  ctx.io.stderr(stylish([{ file, diagnostics }], { lang: ready.lang, color: ctx.color && ctx.io.stderrIsTTY }));
}
