/** Issue 12 item 4: a colour swatch beside each brand colour code in the HTML dossier; Markdown keeps the code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import { evaluate } from '../../src/evaluate/index.js';
import { renderReport, reportRequest } from '../../src/render/report/index.js';
import { swatch } from '../../src/render/handlebars.js';
import { exampleFiles } from '../helpers/projects.js';

const path = exampleFiles().find((f) => f.includes('bougies'))!;

function render(format: 'html' | 'md', colors?: string[]): string {
  const loaded = loadText({ name: path, text: readFileSync(path, 'utf8') });
  const project = loaded.project!;
  if (colors) project.brand!.identity!.visual!.colors = colors;
  return renderReport(project, { evaluation: evaluate({ project }, reportRequest), format, lang: 'fr' }).text;
}

describe('brand colour swatches', () => {
  it('HTML: a square of each colour before its code, in the identity sheet', () => {
    const page = render('html');
    const sq = (hex: string) =>
      `<span class="swatch" style="display:inline-block;width:.9em;height:.9em;margin-right:.25em;vertical-align:-.1em;border:1px solid #8a8a8a;border-radius:2px;print-color-adjust:exact;-webkit-print-color-adjust:exact;background-color:${hex.toLowerCase()}" role="img" aria-label="${hex}"></span>${hex}`;
    expect(page).toContain(`${sq('#F4EDE4')}, ${sq('#2F4B3C')} et ${sq('#C8894D')} — Fraunces (titres) et Inter (textes) — flamme stylisée`);
  });
  it('Markdown keeps the codes alone', () => {
    const text = render('md');
    expect(text).toContain('#F4EDE4, #2F4B3C et #C8894D — Fraunces (titres) et Inter (textes)');
    expect(text).not.toContain('swatch');
  });
  it('only a hex colour goes into a style attribute; any other text is escaped and has no swatch', () => {
    const page = render('html', ['#abc', 'red;background:url(x)', '"><script>alert(1)</script>', 'vert sapin']);
    expect(page.match(/class="swatch"/g)).toHaveLength(1);
    expect(page).toContain('background-color:#abc"');
    expect(page).toContain('red;background:url(x), &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; et vert sapin');
    expect(page).not.toContain('<script>alert');
    expect(swatch('#12345g')).toBe('');
    expect(swatch('#1234')).toBe('');
    expect(swatch('#A1b2C3')).toContain('background-color:#a1b2c3"');
  });
});
