import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { examples, formatOption, langOption, outputOptions } from '../options.js';
import type { ForecastOptions } from '../run/forecast.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program
    .command('forecast')
    .description(say('help.forecast'))
    .argument('<file>', say('help.arg.project_stdin'))
    .addOption(new Option('--scenario <name>', say('help.forecast.scenario')).choices(['base', 'pessimistic', 'optimistic', 'all']).default('base'))
    .option('--monthly', say('help.forecast.monthly'));
  examples(cmd, say, ['forecast projet.ecomplan.yaml', 'forecast projet.ecomplan.yaml --scenario all', 'forecast projet.ecomplan.yaml --format json -o prev.json']);
  formatOption(cmd, say, OUTPUT_FORMATS, 'table');
  langOption(cmd, say);
  outputOptions(cmd, say);
  cmd.action(async (file: string, opts: ForecastOptions) => {
    const { runForecast } = await import('../run/forecast.js');
    await runForecast(ctx, file, opts);
  });
}
