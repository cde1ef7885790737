/** Options shared by several commands, declared once; their words come from the cli-help catalog. */
import { Option, type Command } from 'commander';
import type { Say } from './say.js';

export function langOption(cmd: Command, say: Say): Command {
  return cmd.addOption(new Option('--lang <lang>', say('help.opt.lang')).choices(['fr', 'en']));
}

export function outputOptions(cmd: Command, say: Say): Command {
  return cmd.option('-o, --output <path>', say('help.opt.output')).option('--force', say('help.opt.force'));
}

export function formatOption(cmd: Command, say: Say, choices: readonly string[], def: string): Command {
  return cmd.addOption(new Option('-f, --format <format>', say('help.opt.format')).choices([...choices]).default(def));
}

export function scenarioOption(cmd: Command, say: Say): Command {
  return cmd.addOption(new Option('--scenario <name>', say('help.opt.scenario')).choices(['base', 'pessimistic', 'optimistic']).default('base'));
}

export function templatesOption(cmd: Command, say: Say): Command {
  return cmd.addOption(new Option('--templates <dir>', say('help.opt.templates')));
}

/** « Examples: » and the command lines (not translated: option names are a contract), after the option list. */
export function examples(cmd: Command, say: Say, lines: readonly string[]): Command {
  return cmd.addHelpText('after', `\n${say(lines.length === 1 ? 'help.example' : 'help.examples')}\n${lines.map((l) => `  $ ecomplan ${l}`).join('\n')}`);
}
