import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { formatOption, langOption, outputOptions } from '../options.js';
import type { UnitOptions } from '../run/margin.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('stock')
    .description('per product: monthly purchases, stock level and value, reorder point, months where a minimum order forces overstock')
    .argument('<file>', 'project file (- reads stdin)')
    .addOption(new Option('--scenario <name>', 'scenario of demand.scenarios').choices(['base', 'pessimistic', 'optimistic']).default('base'))
    .addHelpText('after', '\nExample:\n  $ ecomplan stock projet.ecomplan.yaml --scenario pessimistic');
  formatOption(cmd, OUTPUT_FORMATS, 'table');
  langOption(cmd);
  outputOptions(cmd);
  cmd.action(async (file: string, opts: UnitOptions) => {
    const { runUnit } = await import('../run/margin.js');
    await runUnit(ctx, file, opts, 'stock');
  });
}
