/** Options shared by several commands, declared once. */
import { Option, type Command } from 'commander';

export function langOption(cmd: Command): Command {
  return cmd.addOption(new Option('--lang <lang>', 'language of messages and reports (default: the file’s locale, else fr)').choices(['fr', 'en']));
}

export function outputOptions(cmd: Command): Command {
  return cmd.option('-o, --output <path>', 'write to this file instead of stdout').option('--force', 'replace the output file if it exists');
}

export function formatOption(cmd: Command, choices: readonly string[], def: string): Command {
  return cmd.addOption(new Option('-f, --format <format>', 'output format').choices([...choices]).default(def));
}
