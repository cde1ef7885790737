import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, langOption, templatesOption } from '../options.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program
    .command('legal')
    .description(say('help.legal'))
    .argument('<file>', say('help.arg.project_stdin'))
    .option('-o, --output <dir>', say('help.legal.output'))
    .option('--force', say('help.legal.force'));
  templatesOption(cmd, say);
  examples(cmd, say, ['legal projet.yaml -o juridique/', 'legal projet.yaml --lang en > drafts.md']);
  langOption(cmd, say);
  cmd.action(async (file: string, opts: { output?: string; force?: boolean; lang?: string; templates?: string }) => {
    const { runLegal } = await import('../run/legal.js');
    await runLegal(ctx, file, opts);
  });
}
