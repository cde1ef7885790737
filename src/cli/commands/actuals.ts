import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { examples, formatOption, langOption, outputOptions } from '../options.js';
import type { ActualsOptions } from '../run/actuals.js';
import type { Say } from '../say.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The options that change the figures of the actuals: `actuals` and `report --actuals` take the same. */
export function actualsFigureOptions(cmd: Command, say: Say): Command {
  return cmd
    .addOption(new Option('--source <kind>', say('help.actuals.source')).choices(['shopify', 'woocommerce', 'etsy', 'prestashop', 'generic']))
    .option('--mapping <file>', say('help.actuals.mapping'))
    .option('--until <date>', say('help.actuals.until'))
    .addOption(new Option('--scenario <name>', say('help.actuals.scenario')).choices(['base', 'pessimistic', 'optimistic']).default('base'))
    .option('--rate <currency=rate>', say('help.actuals.rate'), collect)
    .option('--include-pending', say('help.actuals.include_pending'));
}

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('actuals').description(say('help.actuals')).argument('<file>', say('help.arg.project')).argument('<exports...>', say('help.actuals.exports'));
  actualsFigureOptions(cmd, say);
  examples(cmd, say, [
    'actuals projet.ecomplan.yaml commandes.csv',
    'actuals projet.ecomplan.yaml shopify.csv etsy-sold-orders.csv --format md -o suivi.md',
    'actuals projet.ecomplan.yaml EtsySoldOrders2027.csv --rate USD=0.92',
    'actuals projet.ecomplan.yaml export.csv --mapping colonnes.yaml',
  ]);
  formatOption(cmd, say, OUTPUT_FORMATS, 'table');
  langOption(cmd, say);
  outputOptions(cmd, say);
  cmd.action(async (file: string, exports: string[], opts: ActualsOptions) => {
    const { runActuals } = await import('../run/actuals.js');
    await runActuals(ctx, file, exports, opts);
  });
}
