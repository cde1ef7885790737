/**
 * Headless Chromium for the browser tests: the system's Debian `chromium`
 * (installed by .ci/run when missing), driven by playwright-core. Never downloads
 * a browser. Records every request, console error, page error and dialog, so a
 * test can assert that a page is self-contained and that nothing executed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { ROOT } from '../helpers/cli.js';

export const CHROMIUM = process.env.ECOMPLAN_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

export const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * The browser: the one Chromium the run shares (test/browser/global-setup.ts; closing it
 * only disconnects), else a Chromium of this file's own.
 */
export async function launch(): Promise<Browser> {
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium; .ci/run does it) or set ECOMPLAN_CHROMIUM`);
  const { chromium } = await import('playwright-core');
  const shared = inject('chromiumWsEndpoint');
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}

export interface PageLog {
  page: Page;
  /** Every URL requested, the page itself included. */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** A fresh browser context, phone-sized when asked. */
export function newContext(browser: Browser, opts: { phone?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext(opts.phone ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } });
}

/**
 * Open a local HTML file in a fresh context (phone-sized when asked), or in a new page of `in` (a context
 * the caller closes), and record what happens.
 */
export async function openFile(browser: Browser, file: string, opts: { phone?: boolean; in?: BrowserContext } = {}): Promise<PageLog> {
  const context = opts.in ?? (await newContext(browser, opts));
  const page = await context.newPage();
  const log: PageLog = { page, requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(e.message));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return log;
}

/**
 * Save a screenshot under test-artifacts/ (gitignored) and return its path: one image pixel per CSS
 * pixel (a phone page drawn at 2 device pixels per CSS pixel took 4× the time to capture and encode,
 * for the same layout). The first screen only, unless `ECOMPLAN_FULL_SCREENSHOTS=1`: a whole dossier
 * captured twice per example took 25 of the 36 s of report.browser.test.ts, for pictures no test reads.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: process.env.ECOMPLAN_FULL_SCREENSHOTS === '1', scale: 'css' });
  return path;
}

export const fileUrl = (file: string): string => pathToFileURL(file).href;
