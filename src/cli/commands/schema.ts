import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, outputOptions } from '../options.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('schema').description(say('help.schema'));
  examples(cmd, say, ['schema -o ecomplan.schema.json']);
  outputOptions(cmd, say);
  cmd.action(async (opts: { output?: string; force?: boolean }) => {
    const { projectJsonSchemaText } = await import('../../model/json-schema.js');
    const { emit } = await import('../context.js');
    await emit(ctx, projectJsonSchemaText(), opts.output, opts.force, 'fr');
  });
}
