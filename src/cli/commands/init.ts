import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, langOption } from '../options.js';
import type { InitOptions } from '../run/init.js';
import type { Say } from '../say.js';

// Literal lists (not imported from the schema) keep this module light: commander only.
const LEGAL_FORMS = ['micro_entreprise', 'ei', 'eurl', 'sasu', 'sarl', 'sas'];
const VAT_REGIMES = ['franchise', 'normal'];
const STRATEGIES = ['resale', 'outsourced', 'in_house'];
const CHANNELS = ['site', 'etsy', 'amazon', 'ebay', 'vinted', 'leboncoin', 'cdiscount'];

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program
    .command('init')
    .description(say('help.init'))
    .argument('[file]', say('help.init.file'))
    .option('-y, --yes', say('help.init.yes'))
    .option('--force', say('help.init.force'))
    .option('--name <text>', say('help.init.name'))
    .option('--description <text>', say('help.init.description'))
    .addOption(new Option('--legal-form <form>', say('help.init.legal_form')).choices(LEGAL_FORMS))
    .addOption(new Option('--vat-regime <regime>', say('help.init.vat_regime')).choices(VAT_REGIMES))
    .option('--vat-number <text>', say('help.init.vat_number'))
    .option('--product <text>', say('help.init.product'))
    .option('--price <amount>', say('help.init.price'))
    .addOption(new Option('--strategy <strategy>', say('help.init.strategy')).choices(STRATEGIES))
    .option('--cost <amount>', say('help.init.cost'))
    .option('--supplier <text>', say('help.init.supplier'))
    .option('--second-hand', say('help.init.second_hand'))
    .addOption(new Option('--channel <channel>', say('help.init.channel')).choices(CHANNELS))
    .option('--visitors <count>', say('help.init.visitors'))
    .option('--conversion <rate>', say('help.init.conversion'))
    .option('--start <YYYY-MM>', say('help.init.start'));
  examples(cmd, say, ['init', 'init boutique.ecomplan.yaml --lang en', 'init --yes --name "Atelier Lumière" --strategy in_house --price 24 --start 2027-01']);
  langOption(cmd, say);
  cmd.action(async (file: string | undefined, opts: InitOptions) => {
    const { runInit } = await import('../run/init.js');
    await runInit(ctx, file, opts);
  });
}
