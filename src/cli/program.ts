/**
 * The commander program in the language of `--help` (issue 12 item 9): our descriptions
 * come from the cli-help catalog, commander's own words from commander-fr. French unless
 * --lang en (or ECOMPLAN_LANG=en), decided from argv before the program exists.
 */
import { Command } from 'commander';
import type { Lang } from '../i18n/format.js';
import { commanderFrench, frenchHelp } from './commander-fr.js';
import { commands } from './commands/index.js';
import type { CliContext } from './context.js';
import { helpWords } from './say.js';

/** `--lang en`, `--lang=en`, else ECOMPLAN_LANG: English when it starts with `en`, else French. */
export function helpLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  const langArg = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return (langArg ?? env.ECOMPLAN_LANG ?? 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Every command with its options, help texts in `lang`; output through `ctx.io`. */
export function buildProgram(ctx: CliContext, version: string, lang: Lang): Command {
  const say = helpWords(lang);
  const words = lang === 'fr' ? commanderFrench : (s: string) => s;
  const out = { writeOut: (s: string) => ctx.io.stdout(words(s)), writeErr: (s: string) => ctx.io.stderr(words(s)) };
  const program = new Command('ecomplan')
    .description(say('help.program'))
    .version(version, '-v, --version', say('help.opt.version'))
    .helpOption('-h, --help', say('help.opt.help'))
    .usage(`[options] ${say('help.arg.command')}`)
    .helpCommand(`help ${say('help.arg.command')}`, say('help.cmd.help'))
    .option('--debug', say('help.opt.debug'))
    .option('--no-color', say('help.opt.no_color'))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput(out);
  // Before the commands exist, so that each inherits it.
  if (lang === 'fr') program.configureHelp(frenchHelp);
  for (const c of commands) c.register(program, ctx, say);
  for (const sub of program.commands) sub.exitOverride().configureOutput(out);
  return program;
}
