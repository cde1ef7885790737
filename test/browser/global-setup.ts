/**
 * One headless Chromium for every browser test file: started once per `vitest run` (when the
 * run includes browser tests), each file connects to it (test/browser/chromium.ts `launch`).
 */
import type { TestProject } from 'vitest/node';
import type { BrowserServer } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM, chromiumAvailable } from './chromium.js';

declare module 'vitest' {
  interface ProvidedContext {
    chromiumWsEndpoint: string;
  }
}

/** File filters on the command line that select no browser test: no Chromium to start. */
function runsBrowserTests(argv: readonly string[]): boolean {
  const filters = argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && a !== 'watch');
  return filters.length === 0 || filters.some((f) => f.includes('browser') || 'test/browser/'.startsWith(f.replace(/^\.\//, '')));
}

let server: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!chromiumAvailable() || !runsBrowserTests(process.argv)) return;
  const { chromium } = await import('playwright-core');
  server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
  project.provide('chromiumWsEndpoint', server.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await server?.close();
}
