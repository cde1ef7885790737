import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { formatOption, langOption, outputOptions } from '../options.js';
import type { UnitOptions } from '../run/margin.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('margin')
    .description('unit economics per product × channel, each strategy its own row: taux de marque, taux de marge, coefficient')
    .argument('<file>', 'project file (- reads stdin)')
    .addOption(new Option('--scenario <name>', 'scenario of demand.scenarios').choices(['base', 'pessimistic', 'optimistic']).default('base'))
    .addHelpText('after', '\nExample:\n  $ ecomplan margin projet.ecomplan.yaml --format md -o marges.md');
  formatOption(cmd, OUTPUT_FORMATS, 'table');
  langOption(cmd);
  outputOptions(cmd);
  cmd.action(async (file: string, opts: UnitOptions) => {
    const { runUnit } = await import('../run/margin.js');
    await runUnit(ctx, file, opts, 'margin');
  });
}
