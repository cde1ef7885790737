/** `--format md` of forecast, margin, stock and sensitivity: user text is shown, never interpreted as HTML or Markdown. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, example, run } from '../helpers/cli.js';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'render', 'hostile.ecomplan.yaml');

describe('--format md escapes user text (hostile project)', () => {
  it.each(['forecast', 'margin', 'stock', 'sensitivity'])('%s: no raw HTML, emphasis or table pipe from the file', (cmd) => {
    const r = run([cmd, HOSTILE, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img|<svg|<\/td>/);
    // The project name as the first heading, escaped like the dossier's Markdown.
    expect(r.stdout.split('\n')[0]).toBe('# &lt;script&gt;alert(\'x\')&lt;/script&gt; {{constructor}} "Chez Zoé" \\| \\*gras\\* 🕯️');
  });

  it('margin: product and channel names in headings and cells', () => {
    const r = run(['margin', HOSTILE, '--format', 'md']);
    expect(r.stdout).toContain('## Économie unitaire — Savon &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt; 🧼 — Prix');
    expect(r.stdout).toContain('| **Site &lt;svg onload=alert(3)&gt; · achat-revente (retenue)** |');
  });
});

describe('check --format md escapes user text quoted in messages', () => {
  it('an action named with HTML and emphasis shows as text in the C3.4 row', () => {
    const text = readFileSync(example('bougies-atelier-lumiere.ecomplan.yaml'), 'utf8').replace('Lancement avec 5 micro-influenceuses déco et slow living', '"<script>x</script> *a* | b"');
    const r = run(['check', '-', '--format', 'md'], { input: text });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<script>');
    const row = r.stdout
      .split('\n')
      .find((l) => l.includes('**C3.4**'))!
      .replace(/[\u00A0\u202F]/g, ' ');
    expect(row).toContain('Action de communication complète : « &lt;script&gt;x&lt;/script&gt; \\*a\\* \\| b »');
  });
});
