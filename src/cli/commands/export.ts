import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, langOption } from '../options.js';

export const EXPORT_FORMATS = ['xlsx'] as const;
export type ExportCliFormat = (typeof EXPORT_FORMATS)[number];

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('export')
    .description('the prévisionnel as a live spreadsheet (xlsx): assumptions, monthly formulas, P&L, financing plan, cash plan, break-even')
    .argument('<file>', 'project file (- reads stdin)')
    .addOption(new Option('--scenario <name>', 'scenario of demand.scenarios').choices(['base', 'pessimistic', 'optimistic']).default('base'))
    .option('-o, --output <path>', 'write to this file (or redirect stdout; never to a terminal)')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', '\nExamples:\n  $ ecomplan export projet.ecomplan.yaml -o plan.xlsx\n  $ ecomplan export projet.ecomplan.yaml --scenario pessimistic --lang en -o plan-en.xlsx');
  formatOption(cmd, EXPORT_FORMATS, 'xlsx');
  langOption(cmd);
  cmd.action(async (file: string, opts: { format: ExportCliFormat; scenario: 'base' | 'pessimistic' | 'optimistic'; output?: string; force?: boolean; lang?: string }) => {
    const { runExport } = await import('../run/export.js');
    await runExport(ctx, file, opts);
  });
}
