import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { examples, formatOption, langOption, outputOptions, scenarioOption } from '../options.js';
import type { UnitOptions } from '../run/margin.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('margin').description(say('help.margin')).argument('<file>', say('help.arg.project_stdin'));
  scenarioOption(cmd, say);
  examples(cmd, say, ['margin projet.ecomplan.yaml --format md -o marges.md']);
  formatOption(cmd, say, OUTPUT_FORMATS, 'table');
  langOption(cmd, say);
  outputOptions(cmd, say);
  cmd.action(async (file: string, opts: UnitOptions) => {
    const { runUnit } = await import('../run/margin.js');
    await runUnit(ctx, file, opts, 'margin');
  });
}
