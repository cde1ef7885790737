/** What a command needs from the outside world, so that tests can run it in-process. */
import type { Diagnostic, ExitCode } from '../diagnostics/diagnostic.js';
import { stylish } from '../render/formatters/diagnostics.js';
import { writeFileAtomic } from '../io/write.js';
import type { Lang } from '../i18n/index.js';

export interface Io {
  stdout: (s: string) => void;
  /** Binary output (a workbook piped to a file). */
  stdoutBytes: (b: Uint8Array) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<Buffer>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface CliContext {
  io: Io;
  /** Colour allowed on stdout: a TTY, no NO_COLOR, no --no-color. */
  color: boolean;
  debug: boolean;
  /** Set by commands; read once by the launcher (the one exit point). */
  exitCode: ExitCode;
}

/** Write a command's output: to `-o` (atomically; refuses to overwrite without --force) or stdout. */
export async function emit(ctx: CliContext, text: string, output: string | undefined, force: boolean | undefined, lang: Lang): Promise<void> {
  if (output && output !== '-') await writeFileAtomic(output, text, { force: Boolean(force), lang });
  else ctx.io.stdout(text);
}

/** Diagnostics of one file on stderr, stylish (colour only when stderr is a terminal). */
export function printDiagnostics(ctx: CliContext, file: string, diagnostics: readonly Diagnostic[], lang: Lang): void {
  if (diagnostics.length === 0) return;
  ctx.io.stderr(stylish([{ file, diagnostics: [...diagnostics] }], { lang, color: ctx.color && ctx.io.stderrIsTTY }));
}
