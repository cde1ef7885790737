/**
 * Print an HTML page to PDF with the system's Chromium through playwright-core
 * (never a downloaded browser). The page is self-contained: every network request
 * is refused, so printing cannot reach out.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to use: $ECOMPLAN_CHROMIUM, else the usual system paths; null when none is installed. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const fromEnv = env.ECOMPLAN_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export async function htmlToPdf(html: string, executablePath: string): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
