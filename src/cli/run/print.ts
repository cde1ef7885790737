/** Located problems of a rendering command (legal placeholders, report notes) on stderr, stylish. */
import { localizeFile, type Problem } from '../../diagnostics/problem.js';
import { printDiagnostics, type CliContext } from '../context.js';
import type { Ready } from './project.js';

export function printProblems(ctx: CliContext, ready: Ready, problems: readonly Problem[]): void {
  printDiagnostics(ctx, ready.loaded.file, localizeFile(problems, ready.lang, ready.loaded.file), ready.lang);
}
