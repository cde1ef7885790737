import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { examples, formatOption, langOption, outputOptions } from '../options.js';
import type { SensitivityOptions } from '../run/sensitivity.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('sensitivity').description(say('help.sensitivity')).argument('<file>', say('help.arg.project_stdin'));
  examples(cmd, say, ['sensitivity projet.ecomplan.yaml --format json']);
  formatOption(cmd, say, OUTPUT_FORMATS, 'table');
  langOption(cmd, say);
  outputOptions(cmd, say);
  cmd.action(async (file: string, opts: SensitivityOptions) => {
    const { runSensitivity } = await import('../run/sensitivity.js');
    await runSensitivity(ctx, file, opts);
  });
}
