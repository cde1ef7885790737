/**
 * The server of `ecomplan watch`: loopback only (127.0.0.1), one page — the dossier beside the
 * checklist and the file's errors — kept up to date as the file is saved. The file's folder is
 * watched (editors often save by replacing the file), changes are debounced, the new version is
 * rendered and announced to the page by server-sent events; the page then fetches the panel and
 * reloads the dossier when it changed. Requests reach fixed routes only: nothing from a request
 * names a file, and the Host header must be the loopback address (no DNS rebinding).
 */
import { type FSWatcher, readFileSync, watch as watchFolder } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, resolve } from 'node:path';
import { EXIT } from '../diagnostics/diagnostic.js';
import { EcomplanError } from '../diagnostics/errors.js';
import { resolveLang, t, type Lang } from '../i18n/index.js';
import { createRenderer } from '../render/handlebars.js';
import { packageFile } from '../cli/package.js';
import { renderVersion, type Version } from './version.js';
import { noDossierView, pageView, panelView, type LastGood } from './view.js';

/** The only address the server listens on. */
const LOOPBACK = '127.0.0.1';
/** Saves closer than this are one change (an editor writes a file in several steps). */
const DEBOUNCE_MS = 120;
/** Open event streams at once (pages and tabs): a bound, with a message beyond it. */
const MAX_STREAMS = 16;

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** The dossier keeps the policy of `report`'s file (no script at all), shown only inside the page's frame. */
const DOSSIER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin";

export interface WatchOptions {
  file: string;
  /** 0: a free port chosen by the system. */
  port: number;
  /** `--lang`; else the file's `locale`, else French, at each version. */
  lang?: string;
  /** A line for the terminal at each new version. */
  log?: (line: string) => void;
}

export interface WatchServer {
  url: string;
  port: number;
  /** The file's first version, rendered once the port was taken (a busy port is refused first). */
  first: Version;
  /** The version shown (1 for the first). */
  version: () => number;
  /** Stop watching, end the event streams, close the server. */
  close: () => Promise<void>;
}

/** The state the page shows: the current version of the file and the last good dossier. */
class Shown {
  version = 0;
  dossierVersion = 0;
  lastGood: LastGood | null = null;
  panel = '';
  lang: Lang = 'fr';

  constructor(private readonly name: string) {}

  apply(v: Version): void {
    this.version++;
    this.lang = v.lang;
    if (v.dossier !== null) {
      if (v.dossier !== this.lastGood?.dossier) this.dossierVersion++;
      this.lastGood = { dossier: v.dossier, check: v.check };
    }
    this.panel = createRenderer({ format: 'html', lang: v.lang }).render('watch/panel', panelView(this.name, this.version, v, this.lastGood));
  }

  page(): string {
    return createRenderer({ format: 'html', lang: this.lang }).render('watch/page', pageView(this.name, this.lang, this.panel, this.dossierVersion));
  }

  dossier(): string {
    return this.lastGood?.dossier ?? createRenderer({ format: 'html', lang: this.lang }).render('watch/no-dossier', noDossierView(this.lang));
  }

  event(): string {
    return `event: update\ndata: ${JSON.stringify({ version: this.version, dossier: this.dossierVersion })}\n\n`;
  }
}

/** The terminal's line for version `n` of the file; `kept`: an earlier version's dossier stays on the page. */
export function versionLine(v: Version, n: number, kept: boolean): string {
  const errors = v.diagnostics.filter((d) => d.severity === 'error').length;
  if (v.dossier !== null) return t(v.lang, 'watch.log.valid', { version: n });
  return t(v.lang, kept ? 'watch.log.invalid' : 'watch.log.invalid_none', { version: n, count: errors });
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': `${type}; charset=utf-8`, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function listen(server: Server, port: number, lang: Lang): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const id = e.code === 'EADDRINUSE' ? 'watch.port_in_use' : 'watch.port_refused';
      fail(new EcomplanError(t(lang, id, { port, detail: e.code ?? e.message }), { exitCode: EXIT.usage, hint: t(lang, 'watch.port.hint') }));
    });
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => ok((server.address() as AddressInfo).port));
  });
}

/**
 * Follow the file: its folder is watched (an editor may save by replacing the file), saves are
 * debounced, each change renders a version handed to `onVersion`; a change during a render renders
 * again after it. An unreadable first version is refused by the caller: nothing is watched then.
 */
function follow(opts: WatchOptions, first: Version, onVersion: (v: Version) => void): { close: () => void } {
  const file = resolve(opts.file);
  let timer: NodeJS.Timeout | undefined;
  let rendering = false;
  let again = false;
  const refresh = async (): Promise<void> => {
    if (rendering) {
      again = true;
      return;
    }
    rendering = true;
    try {
      do {
        again = false;
        onVersion(await renderVersion(opts.file, opts.lang));
      } while (again);
    } finally {
      rendering = false;
    }
  };
  const watcher: FSWatcher | null = first.unreadable
    ? null
    : watchFolder(dirname(file), (_event, name) => {
        if (name !== null && name !== basename(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(), DEBOUNCE_MS);
      });
  // The folder removed or unreadable: the page keeps the last version, the terminal says why.
  watcher?.on('error', (e) => opts.log?.(`${t(first.lang, 'watch.log.watch_failed', { detail: e.message })}\n`));
  return {
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}

export async function startWatch(opts: WatchOptions): Promise<WatchServer> {
  const shown = new Shown(opts.file);
  const script = readFileSync(packageFile('templates/watch/app.js'), 'utf8');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const routes: Record<string, (res: ServerResponse) => void> = {
    '/': (res) => send(res, 200, 'text/html', shown.page(), { 'Content-Security-Policy': PAGE_CSP }),
    '/app.js': (res) => send(res, 200, 'text/javascript', script),
    '/panel': (res) => send(res, 200, 'text/html', shown.panel, { 'Content-Security-Policy': PAGE_CSP }),
    '/dossier': (res) => send(res, 200, 'text/html', shown.dossier(), { 'Content-Security-Policy': DOSSIER_CSP }),
    '/events': (res) => {
      if (streams.size >= MAX_STREAMS) return send(res, 503, 'text/plain', `${t(shown.lang, 'watch.http.too_many', { max: MAX_STREAMS })}\n`);
      res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(`retry: 1000\n\n${shown.event()}`);
      streams.add(res);
      res.on('close', () => streams.delete(res));
    },
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const lang = shown.lang;
    const host = req.headers.host ?? '';
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain', `${t(lang, 'watch.http.host')}\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', `${t(lang, 'watch.http.method')}\n`, { Allow: 'GET, HEAD' });
    const path = (req.url ?? '/').split('?')[0]!;
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!route) return send(res, 404, 'text/plain', `${t(lang, 'watch.http.not_found')}\n`);
    route(res);
  });
  port = await listen(server, opts.port, resolveLang(opts.lang));
  const first = await renderVersion(opts.file, opts.lang);
  shown.apply(first);

  const follower = follow(opts, first, (v) => {
    shown.apply(v);
    opts.log?.(`${versionLine(v, shown.version, shown.lastGood !== null)}\n`);
    for (const res of streams) res.write(shown.event());
  });

  return {
    url: `http://${LOOPBACK}:${port}/`,
    port,
    first,
    version: () => shown.version,
    close: async () => {
      follower.close();
      for (const res of streams) res.end();
      streams.clear();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
