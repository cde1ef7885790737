import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, formatOption, langOption } from '../options.js';
import type { Say } from '../say.js';

const FORMATS = ['stylish', 'json', 'github'] as const;

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('validate').description(say('help.validate')).argument('<files...>', say('help.arg.projects_stdin'));
  examples(cmd, say, ['validate examples/*.yaml', 'validate projet.yaml --format github']);
  formatOption(cmd, say, FORMATS, 'stylish');
  langOption(cmd, say);
  cmd.action(async (files: string[], opts: { format: (typeof FORMATS)[number]; lang?: string }) => {
    const { runValidate } = await import('../run/validate.js');
    await runValidate(ctx, files, opts);
  });
}
