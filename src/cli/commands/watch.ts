import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { examples, langOption } from '../options.js';
import type { Say } from '../say.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  const cmd = program.command('watch').description(say('help.watch')).argument('<file>', say('help.watch.file')).option('--port <port>', say('help.watch.port'));
  examples(cmd, say, ['watch projet.ecomplan.yaml', 'watch projet.ecomplan.yaml --port 8080']);
  langOption(cmd, say);
  cmd.action(async (file: string, opts: { port?: string; lang?: string }) => {
    const { runWatch } = await import('../run/watch.js');
    await runWatch(ctx, file, opts);
  });
}
