/** Issue 12 item 13: the privacy policy's art. 13 statements and the register's dates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import { loadText } from '../../src/model/load.js';
import { renderLegal } from '../../src/render/legal/index.js';
import { usesAdvertising } from '../../src/render/legal/view.js';
import { fixture } from '../helpers/projects.js';

const complete = readFileSync(fixture('complete.ecomplan.yaml'), 'utf8');
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

function draft(text: string, name: string, lang: Lang = 'fr'): string {
  const loaded = loadText({ name: 'p.yaml', text }, lang);
  if (!loaded.project) throw new Error(JSON.stringify(loaded.problems));
  return plain(renderLegal(loaded.project, loaded.map, lang).files.find((f) => f.name === name)!.content);
}

const withAds = complete.replace(
  '      - { purpose: Newsletter,',
  '      - { purpose: Publicité ciblée, legal_basis: consent, persons: [visiteurs], data: [identifiants de cookies], retention: 13 mois, recipients: [Meta] }\n      - { purpose: Newsletter,',
);

describe('privacy policy, RGPD art. 13', () => {
  it('13(2)(f): no decision based solely on automated processing; no profiling without advertising tools', () => {
    const md = draft(complete, 'confidentialite.md');
    expect(md).toContain('## Article 9 – Décisions automatisées et profilage');
    expect(md).toContain('n’est prise sur le seul fondement d’un traitement automatisé (article 22 du RGPD)');
    expect(md).toContain('Aucun profilage n’est réalisé.');
  });
  it('13(2)(f): with advertising, the profiling is described with the right to refuse and object', () => {
    const md = draft(withAds, 'confidentialite.md');
    expect(md).toContain('déduire de votre navigation des centres d’intérêt (profilage)');
    expect(md).not.toContain('Aucun profilage');
    expect(draft(withAds, 'privacy-policy.md', 'en')).toContain('infer interests from your browsing (profiling)');
  });
  it('13(1)(f): how to obtain a copy of the transfer safeguards', () => {
    expect(draft(complete, 'confidentialite.md')).toContain(
      'Vous pouvez obtenir une copie de ces garanties (décision d’adéquation ou clauses contractuelles types applicables) ou savoir où elles sont consultables en écrivant à rgpd@atelier-lumiere.fr.',
    );
    expect(draft(complete, 'privacy-policy.md', 'en')).toContain('You can obtain a copy of these safeguards');
  });
  it('advertising is recognised from a purpose, a recipient or a tool', () => {
    expect(usesAdvertising({ processings: [{ purpose: 'Newsletter', recipients: ['Brevo'] }] })).toBe(false);
    expect(usesAdvertising({ processings: [{ purpose: 'Mesure d’audience et publicité' }] })).toBe(true);
    expect(usesAdvertising({ processings: [{ purpose: 'Audience', recipients: ['Google Ads'] }] })).toBe(true);
    expect(usesAdvertising({ tools: [{ name: 'Meta Business Suite' }] })).toBe(true);
    expect(usesAdvertising({ tools: [{ name: 'Métadonnées' }] })).toBe(false);
  });
});

describe('RGPD register dates', () => {
  it('a creation and an update date: from the file, else a blank to fill in', () => {
    expect(draft(complete, 'registre-rgpd.md')).toContain('Registre créé le ………………… — dernière mise à jour le ………………….');
    const dated = complete.replace('    contact: rgpd@atelier-lumiere.fr\n', '    contact: rgpd@atelier-lumiere.fr\n    register_created: "4 janvier 2027"\n    register_updated: "2 mars 2027"\n');
    expect(draft(dated, 'registre-rgpd.md')).toContain('Registre créé le 4 janvier 2027 — dernière mise à jour le 2 mars 2027.');
    expect(draft(dated, 'gdpr-register.md', 'en')).toContain('Register created on 4 janvier 2027 — last updated on 2 mars 2027.');
  });
});
