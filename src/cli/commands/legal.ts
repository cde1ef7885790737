import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { langOption } from '../options.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('legal')
    .description('draft the mentions légales, CGV, privacy policy and RGPD register (Markdown, HTML, CSV)')
    .argument('<file>', 'project file (- reads stdin)')
    .option('-o, --output <dir>', 'write every draft into this folder (else the Markdown goes to stdout)')
    .option('--force', 'replace the drafts already in the folder')
    .addOption(new Option('--templates <dir>', 'a folder of templates that replace the built-in ones of the same name'))
    .addHelpText('after', '\nExamples:\n  $ ecomplan legal projet.yaml -o juridique/\n  $ ecomplan legal projet.yaml --lang en > drafts.md');
  langOption(cmd);
  cmd.action(async (file: string, opts: { output?: string; force?: boolean; lang?: string; templates?: string }) => {
    const { runLegal } = await import('../run/legal.js');
    await runLegal(ctx, file, opts);
  });
}
