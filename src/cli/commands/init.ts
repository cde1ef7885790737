import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { langOption } from '../options.js';
import type { InitOptions } from '../run/init.js';

// Literal lists (not imported from the schema) keep this module light: commander only.
const LEGAL_FORMS = ['micro_entreprise', 'ei', 'eurl', 'sasu', 'sarl', 'sas'];
const VAT_REGIMES = ['franchise', 'normal'];
const STRATEGIES = ['resale', 'outsourced', 'in_house'];
const CHANNELS = ['site', 'etsy', 'amazon'];

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('init')
    .description('create a valid, commented project file by answering a few questions')
    .argument('[file]', 'file to create (default: projet.ecomplan.yaml, or project.ecomplan.yaml with --lang en)')
    .option('-y, --yes', 'ask nothing: write the defaults, with the answers given as options')
    .option('--force', 'replace the file if it exists')
    .option('--name <text>', 'project name')
    .option('--description <text>', 'the project in one sentence')
    .addOption(new Option('--legal-form <form>', 'legal form (default micro_entreprise)').choices(LEGAL_FORMS))
    .addOption(new Option('--vat-regime <regime>', 'VAT regime (default franchise)').choices(VAT_REGIMES))
    .option('--vat-number <text>', 'EU VAT number (normal regime)')
    .option('--product <text>', 'name of the first product')
    .option('--price <amount>', 'its consumer price, VAT included (e.g. 24.90)')
    .addOption(new Option('--strategy <strategy>', 'how it is obtained (default resale)').choices(STRATEGIES))
    .option('--cost <amount>', 'unit cost excl. VAT: purchase (resale), manufacturing (outsourced), one unit of the main material (in_house)')
    .option('--supplier <text>', 'supplier or workshop name (resale, outsourced)')
    .addOption(new Option('--channel <channel>', 'main sales channel, with its usual fees (default site)').choices(CHANNELS))
    .option('--visitors <count>', 'visitors expected in the first month (default 1000)')
    .option('--conversion <rate>', 'conversion rate, e.g. 1.5% or 0.015 (default 1.5%)')
    .option('--start <YYYY-MM>', 'first forecast month (default: next month, the one date-dependent default)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ ecomplan init\n  $ ecomplan init boutique.ecomplan.yaml --lang en\n  $ ecomplan init --yes --name "Atelier Lumière" --strategy in_house --price 24 --start 2027-01',
    );
  langOption(cmd);
  cmd.action(async (file: string | undefined, opts: InitOptions) => {
    const { runInit } = await import('../run/init.js');
    await runInit(ctx, file, opts);
  });
}
