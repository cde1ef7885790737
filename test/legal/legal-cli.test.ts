import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { fixture } from '../helpers/projects.js';

const complete = fixture('complete.ecomplan.yaml');
const tmp = () => mkdtempSync(join(tmpdir(), 'ecomplan-legal-'));

describe('ecomplan legal', () => {
  it('prints the Markdown of the four drafts on stdout, exit 0, nothing on stderr', () => {
    const r = run(['legal', complete]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const titles = r.stdout.split('\n').filter((l) => l.startsWith('# '));
    expect(titles).toEqual([
      '# Mentions légales — Atelier Lumière',
      '# Conditions générales de vente — Atelier Lumière',
      '# Politique de confidentialité — Atelier Lumière',
      '# Registre des activités de traitement — Atelier Lumière',
    ]);
  });

  it('writes md, html and csv into -o DIR, then refuses to overwrite without --force', () => {
    const dir = join(tmp(), 'juridique');
    const first = run(['legal', complete, '-o', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe(`✔ 9 fichiers écrits dans ${dir}\n`);
    expect(readdirSync(dir).sort()).toEqual([
      'cgv.html',
      'cgv.md',
      'confidentialite.html',
      'confidentialite.md',
      'mentions-legales.html',
      'mentions-legales.md',
      'registre-rgpd.csv',
      'registre-rgpd.html',
      'registre-rgpd.md',
    ]);
    expect(readFileSync(join(dir, 'cgv.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);

    // All or nothing: one existing draft stops the run before anything is written.
    for (const f of readdirSync(dir)) if (f !== 'cgv.md') rmSync(join(dir, f));
    writeFileSync(join(dir, 'cgv.md'), 'mine');
    const again = run(['legal', complete, '-o', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`ecomplan: Le fichier ${join(dir, 'cgv.md')} existe déjà\n  ↳ Ajoutez --force pour le remplacer.\n`);
    expect(readdirSync(dir)).toEqual(['cgv.md']);
    expect(readFileSync(join(dir, 'cgv.md'), 'utf8')).toBe('mine');

    const forced = run(['legal', complete, '-o', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'cgv.md'), 'utf8')).toContain('# Conditions générales de vente');
  });

  it('names the files in English with --lang en', () => {
    const dir = tmp();
    const r = run(['legal', complete, '-o', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`✔ 9 files written to ${dir}\n`);
    expect(readdirSync(dir).sort()).toEqual([
      'gdpr-register.csv',
      'gdpr-register.html',
      'gdpr-register.md',
      'legal-notice.html',
      'legal-notice.md',
      'privacy-policy.html',
      'privacy-policy.md',
      'terms-of-sale.html',
      'terms-of-sale.md',
    ]);
  });

  it('refuses an output that is a file', () => {
    const file = join(tmp(), 'x.md');
    writeFileSync(file, '');
    const r = run(['legal', complete, '-o', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ecomplan: ${file} existe et n’est pas un dossier`);
  });

  it('warns on stderr with file:line:col for a project missing its mediator, and still drafts (exit 0)', () => {
    const text = readFileSync(complete, 'utf8').replace(/^ {2}mediator: .*\n/m, '');
    const r = run(['legal', '-'], { input: text });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**[À compléter : médiateur de la consommation (nom et site internet) (legal.mediator)]**');
    const line = text.split('\n').indexOf('legal:') + 2;
    expect(r.stderr).toContain(`<stdin>:${line}:3  attention  Manque pour CGV : médiateur de la consommation (nom et site internet) ; le brouillon affiche « [À compléter : …] »  (legal.mediator)`);
    // Warnings only is not a failure (issue 12, item 9): « ⚠ », not « ✖ ».
    expect(r.stderr).toContain('⚠ 0 erreur(s), 1 avertissement(s)');
    expect(r.stderr).not.toContain('✖');
  });

  it('exits 1 on an invalid project and 2 on an unreadable one', () => {
    const invalid = run(['legal', '-'], { input: 'ecomplan: 1\nproject: { name: X }\nproducts: []\n' });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('<stdin>:');
    const missing = run(['legal', join(tmp(), 'absent.yaml')]);
    expect(missing.code).toBe(2);
  });

  it('uses --templates to replace a draft, and warns when a mandatory clause is gone', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'legal', 'fr'), { recursive: true });
    writeFileSync(join(dir, 'legal', 'fr', 'mentions.hbs'), '{{h1 heading}}{{#p}}Mon modèle, éditeur : {{field seller.ownerName}}{{/p}}');
    const r = run(['legal', complete, '--templates', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Mentions légales — Atelier Lumière\n\nMon modèle, éditeur : Camille Martin\n');
    expect(r.stderr).toContain('Clause obligatoire ml.editor_identity absente de mentions légales (LCEN art. 1-1) : un modèle personnalisé l’a-t-il retirée ?');
    const broken = tmp();
    mkdirSync(join(broken, 'legal', 'fr'), { recursive: true });
    writeFileSync(join(broken, 'legal', 'fr', 'cgv.hbs'), '{{#each}}');
    const bad = run(['legal', complete, '--templates', broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ecomplan: Erreur dans le modèle « legal\/fr\/cgv » : /);
  });
});
