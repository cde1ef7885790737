import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, formatOption, langOption, outputOptions } from '../options.js';
import { CHECK_FORMATS } from '../../render/check/formats.js';
import type { CheckOptions } from '../run/check.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('check').description(say('help.check')).argument('[inputs...]', say('help.check.inputs'));
  examples(cmd, say, [
    'check projet.ecomplan.yaml',
    'check classe/ --format csv -o classe.csv',
    "check 'projets/**/*.yaml' --format junit -o rapport.xml --min-score 80",
    'check projet.ecomplan.yaml --ignore C3.5,C4.1 --format github',
    'check --explain C2.4',
  ]);
  cmd.addHelpText('after', `\n${say('help.check.exit_codes')}`);
  formatOption(cmd, say, CHECK_FORMATS, 'stylish');
  cmd
    .option('--min-score <percent>', say('help.check.min_score'))
    .option('--ignore <ids>', say('help.check.ignore'), (v: string, prev: string[] = []) => [...prev, v])
    .option('--config <file>', say('help.check.config'))
    .option('--csv-separator <char>', say('help.check.csv_separator'))
    .option('--jobs <n>', say('help.check.jobs'))
    .addOption(new Option('--explain <id>', say('help.check.explain')));
  langOption(cmd, say);
  outputOptions(cmd, say);
  cmd.action(async (inputs: string[], opts: CheckOptions) => {
    const { runCheck } = await import('../run/check.js');
    await runCheck(ctx, inputs, opts);
  });
}
