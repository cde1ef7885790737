import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { outputOptions } from '../options.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program.command('schema').description('print the JSON Schema of the project file (for editors and CI)').addHelpText('after', '\nExample:\n  $ ecomplan schema -o ecomplan.schema.json');
  outputOptions(cmd);
  cmd.action(async (opts: { output?: string; force?: boolean }) => {
    const { projectJsonSchemaText } = await import('../../model/json-schema.js');
    const { emit } = await import('../context.js');
    await emit(ctx, projectJsonSchemaText(), opts.output, opts.force, 'fr');
  });
}
