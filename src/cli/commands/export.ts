import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, formatOption, langOption, scenarioOption } from '../options.js';
import type { Say } from '../say.js';

export const EXPORT_FORMATS = ['xlsx'] as const;
export type ExportCliFormat = (typeof EXPORT_FORMATS)[number];

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('export').description(say('help.export')).argument('<file>', say('help.arg.project_stdin'));
  scenarioOption(cmd, say);
  cmd.option('-o, --output <path>', say('help.export.output')).option('--force', say('help.opt.force'));
  examples(cmd, say, ['export projet.ecomplan.yaml -o plan.xlsx', 'export projet.ecomplan.yaml --scenario pessimistic --lang en -o plan-en.xlsx']);
  formatOption(cmd, say, EXPORT_FORMATS, 'xlsx');
  langOption(cmd, say);
  cmd.action(async (file: string, opts: { format: ExportCliFormat; scenario: 'base' | 'pessimistic' | 'optimistic'; output?: string; force?: boolean; lang?: string }) => {
    const { runExport } = await import('../run/export.js');
    await runExport(ctx, file, opts);
  });
}
