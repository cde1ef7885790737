/**
 * `ecomplan watch <file>`: take the port on the loopback address (a busy port is refused, exit 2),
 * render the file once (an unreadable file is refused, exit 2), print the address, and serve until
 * Ctrl-C (or SIGTERM), then stop cleanly: the watcher, the open pages' event streams and the server
 * are closed, exit 0. Opens no browser.
 */
import { EXIT } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../diagnostics/errors.js';
import { resolveLang, t, type Lang } from '../../i18n/index.js';
import { startWatch, versionLine } from '../../watch/server.js';
import { printDiagnostics, type CliContext } from '../context.js';

export interface WatchCliOptions {
  port?: string;
  lang?: string;
}

/** `--port`: a whole number from 0 (a free port, the default) to 65535. */
function parsePort(text: string | undefined, lang: Lang): number {
  if (text === undefined) return 0;
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(t(lang, 'watch.bad_port', { value: text }), t(lang, 'watch.port.hint'));
  return port;
}

/** Resolves on the first SIGINT or SIGTERM. */
function stopSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runWatch(ctx: CliContext, file: string, opts: WatchCliOptions): Promise<void> {
  const lang0 = resolveLang(opts.lang, ctx.io.env.ECOMPLAN_LANG);
  const port = parsePort(opts.port, lang0);
  if (file === '-') throw new UsageError(t(lang0, 'watch.stdin'), t(lang0, 'watch.stdin.hint'));
  const server = await startWatch({ file, port, lang: opts.lang, log: (line) => ctx.io.stderr(line) });
  const first = server.first;
  if (first.unreadable) {
    await server.close();
    printDiagnostics(ctx, file, first.diagnostics, first.lang);
    ctx.exitCode = EXIT.usage;
    return;
  }
  const stopped = stopSignal();
  const lang = first.lang;
  ctx.io.stdout(`${t(lang, 'watch.ready', { file, url: server.url })}\n${t(lang, 'watch.ready.hint')}\n`);
  ctx.io.stderr(`${versionLine(first, 1, false)}\n`);
  await stopped;
  await server.close();
  ctx.io.stdout(`${t(lang, 'watch.stopped')}\n`);
}
