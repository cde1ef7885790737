/**
 * The command line: builds the commander program, runs one command and returns its
 * exit code. Known errors print one line and a hint; a stack trace only with --debug.
 * Loads commander, the option declarations and the words of `--help` (src/cli/program.ts) only past
 * `--version`; each command imports its work when it runs, so `--version` and `--help` stay near a bare
 * node start (docs/performance.md).
 */
import { EXIT, type ExitCode } from '../diagnostics/diagnostic.js';
import { EcomplanError } from '../diagnostics/errors.js';
import type { CliContext, Io } from './context.js';
import { version } from './package.js';
import { processIo } from './process-io.js';

function wantsColor(argv: string[], io: Io): boolean {
  if (argv.includes('--no-color')) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}

export async function main(argv: string[], io: Io = processIo): Promise<ExitCode> {
  // `ecomplan --version` alone: the same line commander prints, without loading it.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  const { CommanderError } = await import('commander');
  const { buildProgram, helpLang } = await import('./program.js');
  const debug = argv.includes('--debug');
  const ctx: CliContext = { io, color: wantsColor(argv, io), debug, exitCode: EXIT.ok };
  const program = buildProgram(ctx, version, helpLang(argv, io.env));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were printed by commander.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof EcomplanError) {
      io.stderr(`ecomplan: ${e.message}\n`);
      if (e.hint) io.stderr(`  ↳ ${e.hint}\n`);
      if (debug) io.stderr(`${e.stack}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    const { t, resolveLang } = await import('../i18n/index.js');
    const lang = resolveLang(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined, io.env.ECOMPLAN_LANG);
    io.stderr(`ecomplan: ${t(lang, 'cli.internal_error', { detail: err?.message ?? String(e) })}\n  ↳ ${t(lang, 'cli.internal_error.hint')}\n`);
    if (debug) io.stderr(`${err?.stack ?? String(e)}\n`);
    return EXIT.usage;
  }
}
