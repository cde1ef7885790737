/**
 * `ecomplan watch` in Chromium (issue 23, item 1): one server in this process, one page. A saved change
 * of a price moves the dossier's revenue; a broken file shows the banner with its errors and lines
 * while the last good dossier stays; nothing but 127.0.0.1 listens; requests reach its routes only.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeForecast } from '../../src/engine/index.js';
import { formatMoney } from '../../src/i18n/format.js';
import { loadText } from '../../src/model/load.js';
import { startWatch, type WatchServer } from '../../src/watch/server.js';
import { ROOT } from '../helpers/cli.js';
import { launch } from './chromium.js';

/** Year-1 revenue HT as the dossier's key figures show it (whole euros). */
function revenueOf(text: string): string {
  const f = computeForecast(loadText({ name: 'p.yaml', text }).project!);
  return formatMoney(f.years[0]!.revenueHt, 'fr', 'EUR', 0);
}

/** The sockets listening on `port` (Linux /proc/net/tcp and tcp6): their local addresses, as written there. */
function listeners(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hex}`)) out.push(local.split(':')[0]!);
    }
  }
  return out;
}

/** Whether a TCP connection to host:port is accepted. */
const accepts = (host: string, port: number): Promise<boolean> =>
  new Promise((done) => {
    const s = connect({ host, port, timeout: 2000 }, () => {
      s.destroy();
      done(true);
    });
    s.on('error', () => done(false));
    s.on('timeout', () => {
      s.destroy();
      done(false);
    });
  });

/** A raw request: the path as sent (no normalisation), any Host header. */
const raw = (port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<number> =>
  new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });

describe('ecomplan watch in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ecomplan-watch-'));
  const file = join(dir, 'projet.ecomplan.yaml');
  let browser: Browser;
  let server: WatchServer;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A small project (one product, 24 months): each version renders in a fraction of a second.
    copyFileSync(join(ROOT, 'test/fixtures/forecast/atelier.ecomplan.yaml'), file);
    server = await startWatch({ file, port: 0 });
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const revenueCell = () => page.frameLocator('#dossier').locator('table[data-table="key-figures"] tr', { hasText: 'Chiffre d’affaires HT, année 1' }).locator('td').last();

  it('a saved price moves the revenue; a broken file shows the banner with its lines and keeps the last good dossier', async () => {
    const original = readFileSync(file, 'utf8');
    await page.goto(server.url);
    await expect.poll(() => revenueCell().textContent()).toBe(revenueOf(original));
    expect(await page.locator('[data-checklist] [data-criterion="C1.2"]').count()).toBe(1);
    expect(await page.locator('#status').textContent()).toBe('Version 1 : fichier valide, dossier à jour');

    // Raise the first product's price: the dossier shows the engine's new revenue.
    const dearer = original.replace(/^(\s+price: )24$/m, '$128');
    expect(dearer).not.toBe(original);
    writeFileSync(file, dearer);
    const moved = revenueOf(dearer);
    expect(moved).not.toBe(revenueOf(original));
    await expect.poll(() => revenueCell().textContent(), { timeout: 20_000 }).toBe(moved);
    expect(await page.locator('[data-banner]').count()).toBe(0);

    // Break it: the banner lists the error with its line; the dossier stays the last good one.
    const broken = dearer.replace(/^(\s+price: )28$/m, '$1vingt-huit');
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((l) => l.includes('vingt-huit')) + 1;
    await expect.poll(() => page.locator('[data-banner]').count(), { timeout: 20_000 }).toBe(1);
    const banner = await page.locator('[data-banner]').textContent();
    expect(banner).toContain('dernière version valide');
    expect(banner).toContain(`ligne ${line}, col.`);
    expect(await revenueCell().textContent()).toBe(moved);
    expect(pageErrors).toEqual([]);
  });

  it('nothing but 127.0.0.1 listens; only its own routes answer; closed, nothing listens', async () => {
    const port = server.port;
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    // /proc/net/tcp writes 127.0.0.1 as 0100007F: one listening socket, on the loopback address only.
    if (process.platform === 'linux') expect(listeners(port)).toEqual(['0100007F']);
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const address of outside) expect(await accepts(address, port), address).toBe(false);

    expect(await raw(port, '/')).toBe(200);
    expect(await raw(port, '/../../etc/passwd')).toBe(404);
    expect(await raw(port, '/%2e%2e/%2e%2e/etc/passwd')).toBe(404);
    expect(await raw(port, `/${file}`)).toBe(404);
    expect(await raw(port, '/', { Host: 'attacker.example:80' })).toBe(403);
    expect(await raw(port, '/', {}, 'POST')).toBe(405);

    await server.close();
    expect(await accepts('127.0.0.1', port)).toBe(false);
    if (process.platform === 'linux') expect(listeners(port)).toEqual([]);
  });
});
