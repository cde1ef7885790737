/** `--format md` of forecast, margin, stock and sensitivity: user text is shown, never interpreted as HTML or Markdown. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'render', 'hostile.ecomplan.yaml');

describe('--format md escapes user text (hostile project)', () => {
  it.each(['forecast', 'margin', 'stock', 'sensitivity'])('%s: no raw HTML, emphasis or table pipe from the file', (cmd) => {
    const r = run([cmd, HOSTILE, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img|<svg|<\/td>/);
    // The project name as the first heading, escaped like the dossier's Markdown.
    expect(r.stdout.split('\n')[0]).toBe("# &lt;script&gt;alert('x')&lt;/script&gt; {{constructor}} \"Chez Zoé\" \\| \\*gras\\* 🕯️");
  });

  it('margin: product and channel names in headings and cells', () => {
    const r = run(['margin', HOSTILE, '--format', 'md']);
    expect(r.stdout).toContain('## Économie unitaire — Savon &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt; 🧼 — Prix');
    expect(r.stdout).toContain('| **Site &lt;svg onload=alert(3)&gt; · achat-revente (retenue)** |');
  });
});
