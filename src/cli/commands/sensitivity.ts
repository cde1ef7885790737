import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { formatOption, langOption, outputOptions } from '../options.js';
import type { SensitivityOptions } from '../run/sensitivity.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('sensitivity')
    .description('each key hypothesis at −10 % / +10 %, ranked by its swing on the year-1 result and on the lowest cash balance')
    .argument('<file>', 'project file (- reads stdin)')
    .addHelpText('after', '\nExample:\n  $ ecomplan sensitivity projet.ecomplan.yaml --format json');
  formatOption(cmd, OUTPUT_FORMATS, 'table');
  langOption(cmd);
  outputOptions(cmd);
  cmd.action(async (file: string, opts: SensitivityOptions) => {
    const { runSensitivity } = await import('../run/sensitivity.js');
    await runSensitivity(ctx, file, opts);
  });
}
