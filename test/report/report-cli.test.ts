import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { exampleFiles } from '../helpers/projects.js';

const example = exampleFiles()[0] as string;
const tmp = () => mkdtempSync(join(tmpdir(), 'ecomplan-report-'));

describe('ecomplan report', () => {
  it('prints the HTML dossier on stdout by default', () => {
    const r = run(['report', example]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('prints Markdown with --format md, in English with --lang en', () => {
    const r = run(['report', example, '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# E-commerce dossier — /);
  });

  it('writes Markdown and its SVG charts into a folder, and refuses to overwrite without --force', () => {
    const dir = `${join(tmp(), 'dossier')}/`;
    const first = run(['report', example, '--format', 'md', '-o', dir]);
    expect(first.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toContain('dossier.md');
    expect(files.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
    for (const svg of files.filter((f) => f.endsWith('.svg'))) expect(readFileSync(join(dir, 'dossier.md'), 'utf8')).toContain(`](${svg})`);
    expect(first.stderr).toMatch(/^✔ Dossier écrit : .*dossier\.md, et \d+ graphique\(s\) SVG à côté\n$/);
    const again = run(['report', example, '--format', 'md', '-o', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('existe déjà');
    expect(run(['report', example, '--format', 'md', '-o', dir, '--force']).code).toBe(0);
  });

  it('writes HTML to a file path', () => {
    const file = join(tmp(), 'd.html');
    const r = run(['report', example, '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`✔ Dossier écrit : ${file}\n`);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    writeFileSync(file, 'mine');
    expect(run(['report', example, '-o', file]).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('prints a PDF with the system Chromium', () => {
    const file = join(tmp(), 'd.pdf');
    const r = run(['report', example, '--format', 'pdf', '-o', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('says how to install Chromium when it is missing (exit 2), and that a PDF needs -o', () => {
    const r = run(['report', example, '--format', 'pdf', '-o', join(tmp(), 'x.pdf')], {
      env: { ECOMPLAN_CHROMIUM: '/nonexistent/chromium' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'ecomplan: Le format PDF demande Chromium, introuvable sur cette machine\n  ↳ Installez-le (Debian/Ubuntu : sudo apt-get install chromium) ou indiquez son chemin dans ECOMPLAN_CHROMIUM ; sinon, produisez le HTML et imprimez-le depuis un navigateur.\n',
    );
    const noOut = run(['report', example, '--format', 'pdf']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Le format PDF s’écrit dans un fichier');
  });

  it('lets --templates replace one section, in both formats', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'report', 'sections'), { recursive: true });
    writeFileSync(join(dir, 'report', 'sections', 'brand.hbs'), '{{#section "" title number=number anchor=anchor}}{{#p}}Ma marque : {{identity.missing}}{{t "report.sub.identity"}}{{/p}}{{/section}}');
    const mdOut = run(['report', example, '--format', 'md', '--templates', dir]);
    expect(mdOut.code).toBe(0);
    expect(mdOut.stdout).toContain('## 4. Consommateurs, identité de marque et communication\n\nMa marque : Identité de marque\n');
    expect(mdOut.stdout).not.toContain('### Concurrents');
    const htmlOut = run(['report', example, '--templates', dir]);
    expect(htmlOut.stdout).toContain('<section id="brand">\n<h2>4. Consommateurs, identité de marque et communication</h2>\n<p>Ma marque : Identité de marque</p>');
  });

  it('exits 1 on an invalid project, 2 on an unknown format', () => {
    expect(run(['report', '-'], { input: 'ecomplan: 1\nproject: { name: X }\nproducts: []\n' }).code).toBe(1);
    expect(run(['report', example, '--format', 'docx']).code).toBe(2);
  });
});
