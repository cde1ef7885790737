/**
 * Print an HTML page to PDF with the system's Chromium through playwright-core
 * (never a downloaded browser). The page is self-contained: JavaScript is off and every
 * request but the page itself is refused, so printing runs nothing and cannot reach out.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to use: $ECOMPLAN_CHROMIUM, else the usual system paths; null when none is installed. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const fromEnv = env.ECOMPLAN_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Where the page is served from inside the browser (`.invalid` never resolves: nothing else answers there). */
const PAGE_URL = 'https://ecomplan.invalid/dossier.html';

export async function htmlToPdf(html: string, executablePath: string): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // No script runs (a --templates layout may drop the dossier's CSP), no service worker; the page is served
    // at an address of its own and every other request — images, styles, fetch, WebSockets — is refused (issue 24).
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url() === PAGE_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
    await page.routeWebSocket(/.*/, (ws) => ws.close());
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    return reproducible(pdf);
  } finally {
    await browser.close();
  }
}

const DATE_KEY = /\/(CreationDate|ModDate) \(D:[^)]*\)/g;
const NODE_ID = /\(node(\d+)\)/g;

/**
 * The same bytes for the same page: Chromium stamps the PDF with the time of printing
 * (`/CreationDate`, `/ModDate`). Each stamp is blanked with spaces of the same length,
 * so every offset of the cross-reference table stays right. The tagged structure names
 * table headers after the page's DOM nodes (`(node00000051)`), which vary from run to run:
 * they are renumbered in order of appearance, with as many digits.
 */
function reproducible(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = new Map<string, number>();
  const out = text
    .replace(DATE_KEY, (m) => ' '.repeat(m.length))
    .replace(NODE_ID, (_m, digits: string) => {
      if (!ids.has(digits)) ids.set(digits, ids.size + 1);
      return `(node${String(ids.get(digits)).padStart(digits.length, '0')})`;
    });
  return Buffer.from(out, 'latin1');
}
