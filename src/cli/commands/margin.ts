import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { OUTPUT_FORMATS } from '../../render/formats.js';
import { examples, formatOption, langOption, outputOptions, scenarioOption } from '../options.js';
import type { UnitOptions } from '../run/margin.js';
import type { Say } from '../say.js';

/** `margin` and `stock`: the same options, one runner (`runUnit`). */
export function registerUnit(program: Command, ctx: CliContext, say: Say, name: 'margin' | 'stock', example: string): void {
  const cmd = program
    .command(name)
    .description(say(name === 'margin' ? 'help.margin' : 'help.stock'))
    .argument('<file>', say('help.arg.project_stdin'));
  scenarioOption(cmd, say);
  examples(cmd, say, [example]);
  formatOption(cmd, say, OUTPUT_FORMATS, 'table');
  langOption(cmd, say);
  outputOptions(cmd, say);
  cmd.action(async (file: string, opts: UnitOptions) => {
    const { runUnit } = await import('../run/margin.js');
    await runUnit(ctx, file, opts, name);
  });
}

export function register(program: Command, ctx: CliContext, say: Say): void {
  registerUnit(program, ctx, say, 'margin', 'margin projet.ecomplan.yaml --format md -o marges.md');
}
