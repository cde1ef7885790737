import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { RISK_FORMATS } from '../../render/risk-formats.js';
import { examples, formatOption, langOption, outputOptions } from '../options.js';
import type { RiskOptions } from '../run/risk.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program
    .command('risk')
    .description(say('help.risk'))
    .argument('<file>', say('help.arg.project_stdin'))
    .option('--draws <n>', say('help.risk.draws'))
    .option('--seed <n>', say('help.risk.seed'))
    .option('--samples <file>', say('help.risk.samples'))
    .option('--jobs <n>', say('help.risk.jobs'));
  examples(cmd, say, ['risk projet.ecomplan.yaml', 'risk projet.ecomplan.yaml --draws 10000 --format json -o risque.json', 'risk projet.ecomplan.yaml --samples tirages.csv']);
  formatOption(cmd, say, RISK_FORMATS, 'table');
  langOption(cmd, say);
  outputOptions(cmd, say);
  cmd.action(async (file: string, opts: RiskOptions) => {
    const { runRisk } = await import('../run/risk.js');
    await runRisk(ctx, file, opts);
  });
}
