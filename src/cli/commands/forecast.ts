import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { formatOption, langOption, outputOptions } from '../options.js';
import type { ForecastOptions } from '../run/forecast.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('forecast')
    .description('the prévisionnel: financing plan, P&L per year, monthly cash plan, break-even, then warnings')
    .argument('<file>', 'project file (- reads stdin)')
    .addOption(new Option('--scenario <name>', 'scenario of demand.scenarios; all = side by side').choices(['base', 'pessimistic', 'optimistic', 'all']).default('base'))
    .option('--monthly', 'add the income statement month by month')
    .addHelpText(
      'after',
      '\nExamples:\n  $ ecomplan forecast projet.ecomplan.yaml\n  $ ecomplan forecast projet.ecomplan.yaml --scenario all\n  $ ecomplan forecast projet.ecomplan.yaml --format json -o prev.json',
    );
  formatOption(cmd, OUTPUT_FORMATS, 'table');
  langOption(cmd);
  outputOptions(cmd);
  cmd.action(async (file: string, opts: ForecastOptions) => {
    const { runForecast } = await import('../run/forecast.js');
    await runForecast(ctx, file, opts);
  });
}
