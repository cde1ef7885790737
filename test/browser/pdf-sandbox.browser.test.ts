/**
 * Issue 24, finding 8: the page printed to PDF runs no script and reaches nothing but itself,
 * even with a `--templates` layout that drops the dossier's Content-Security-Policy: JavaScript
 * is off and every request other than the page (images, fetch, WebSockets) is blocked.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers/cli.js';

describe('report --format pdf with a layout of its own', () => {
  it('runs no script and sends no request, not even a WebSocket', async () => {
    let connections = 0;
    const server = createServer((_req, res) => res.end('x'));
    server.on('connection', () => void connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-pdf-js-'));
    mkdirSync(join(dir, 'templates', 'report'), { recursive: true });
    writeFileSync(
      join(dir, 'templates', 'report', 'layout.html.hbs'),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{heading}}</title><link rel="stylesheet" href="http://${base}/style.css"></head>
<body><p id="probe">SCRIPT-OFF</p><img src="http://${base}/image.png" alt=""><main>{{{body}}}</main>
<script>document.getElementById('probe').textContent = 'SCRIPT-RAN'; new WebSocket('ws://${base}/socket'); fetch('http://${base}/fetch');</script>
</body></html>`,
    );
    const pdf = join(dir, 'dossier.pdf');
    const r = run(['report', example('bougies-atelier-lumiere.ecomplan.yaml'), '--format', 'pdf', '--templates', join(dir, 'templates'), '-o', pdf]);
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('dossier.pdf')]);
    // This thread was blocked during the run: let the server take what reached it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.close();
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('SCRIPT-OFF');
    expect(text).not.toContain('SCRIPT-RAN');
    expect(connections).toBe(0);
  }, 60_000);
});
