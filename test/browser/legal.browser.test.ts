import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { completeProjects, fixture, projectName } from '../helpers/projects.js';
import { fileUrl, launch, openFile, screenshot } from './chromium.js';

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
    for (const doc of ['mentions-legales', 'cgv', 'confidentialite', 'registre-rgpd']) {
      const file = join(dir, `${doc}.html`);
      const log = await openFile(browser, file, { phone: doc === 'cgv' });
      expect(log.requests).toEqual([fileUrl(file)]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.dialogs).toEqual([]);
      expect(await log.page.locator('script').count()).toBe(0);
      expect(await log.page.locator('h1').count()).toBe(1);
      expect(await log.page.locator('[data-clause="draft.notice"]').count()).toBe(1);
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
      await log.page.context().close();
    }
  });
});
