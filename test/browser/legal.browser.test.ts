import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { completeProjects, fixture, projectName } from '../helpers/projects.js';
import { fileUrl, launch, newContext, openFile, screenshot } from './chromium.js';

describe('legal drafts in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const projects = [...completeProjects(), fixture('hostile.ecomplan.yaml')];
  it.each(projects.map((p) => [projectName(p), p]))('%s: every draft opens with no request, no error, nothing executed', async (name, project) => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-legal-browser-'));
    expect(run(['legal', project, '-o', dir]).code).toBe(0);
    // One desktop context for the three drafts read on a computer (a page each), the CGV on a phone.
    const desktop = await newContext(browser);
    for (const doc of ['mentions-legales', 'cgv', 'confidentialite', 'registre-rgpd']) {
      const file = join(dir, `${doc}.html`);
      const log = await openFile(browser, file, doc === 'cgv' ? { phone: true } : { in: desktop });
      expect(log.requests).toEqual([fileUrl(file)]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.dialogs).toEqual([]);
      const counts = await log.page.evaluate<number[]>(`['script', 'h1', '[data-clause="draft.notice"]'].map((s) => document.querySelectorAll(s).length)`);
      expect(counts).toEqual([0, 1, 1]);
      if (doc === 'cgv') {
        expect(await log.page.locator('[data-clause="cgv.guarantee_box"]').isVisible()).toBe(true);
        // Readable on a phone: nothing wider than the screen.
        const overflow = await log.page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect(overflow).toBeLessThanOrEqual(0);
        const shot = await screenshot(log.page, `legal-${name}-cgv-phone`);
        expect(statSync(shot).size).toBeGreaterThan(1000);
      }
      if (name === 'hostile') {
        const h1 = await log.page.locator('h1').textContent();
        expect(h1).toContain(`<script>alert('x')</script> {{constructor}} "Chez Zoé" | *gras* 🕯️`);
      }
      if (doc === 'cgv') await log.page.context().close();
      else await log.page.close();
    }
    await desktop.close();
  });
});
