import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, langOption } from '../options.js';

const FORMATS = ['stylish', 'json', 'github'] as const;

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('validate')
    .description('check project files: YAML, shape, references and sums, with file:line:col')
    .argument('<files...>', 'project files (- reads stdin)')
    .addHelpText('after', '\nExamples:\n  $ ecomplan validate examples/*.yaml\n  $ ecomplan validate projet.yaml --format github');
  formatOption(cmd, FORMATS, 'stylish');
  langOption(cmd);
  cmd.action(async (files: string[], opts: { format: (typeof FORMATS)[number]; lang?: string }) => {
    const { runValidate } = await import('../run/validate.js');
    await runValidate(ctx, files, opts);
  });
}
