import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { formatOption, langOption, outputOptions } from '../options.js';
import type { ActualsOptions } from '../run/actuals.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('actuals')
    .description('after launch: the forecast against the shop’s real orders (Shopify, WooCommerce, Etsy, any CSV), with a re-forecast')
    .argument('<file>', 'project file')
    .argument('<exports...>', 'order exports (CSV)')
    .addOption(new Option('--source <kind>', 'format of the exports, instead of detecting it from the header').choices(['shopify', 'woocommerce', 'etsy', 'generic']))
    .option('--mapping <file>', 'YAML column mapping of a generic export (else actuals.mapping of the project)')
    .option('--until <date>', 'last day the exports cover, YYYY-MM-DD (default: the latest order)')
    .addOption(new Option('--scenario <name>', 'scenario of demand.scenarios compared with').choices(['base', 'pessimistic', 'optimistic']).default('base'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ ecomplan actuals projet.ecomplan.yaml commandes.csv\n  $ ecomplan actuals projet.ecomplan.yaml shopify.csv etsy-sold-orders.csv --format md -o suivi.md\n  $ ecomplan actuals projet.ecomplan.yaml export.csv --mapping colonnes.yaml',
    );
  formatOption(cmd, OUTPUT_FORMATS, 'table');
  langOption(cmd);
  outputOptions(cmd);
  cmd.action(async (file: string, exports: string[], opts: ActualsOptions) => {
    const { runActuals } = await import('../run/actuals.js');
    await runActuals(ctx, file, exports, opts);
  });
}
