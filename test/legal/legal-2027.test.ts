/**
 * The drafts of the three examples and the rules of 2027 (issue 20): each prints its REP unique
 * identifiers (CGV and legal notice), the harmonised guarantee notice, the clauses that apply to it
 * and only those, never « .. »; one rules date, from the table, on every draft.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import { RULES_DATE } from '../../src/model/rules-fr.js';
import { renderLegal } from '../../src/render/legal/index.js';
import { clausesIn } from '../../src/render/legal/clauses.js';
import { date } from '../../src/render/helpers.js';
import { example } from '../helpers/cli.js';

function drafts(name: string, edit: (t: string) => string = (t) => t) {
  const loaded = loadText({ name, text: edit(readFileSync(example(name), 'utf8')) });
  if (!loaded.project) throw new Error(JSON.stringify(loaded.problems));
  const r = renderLegal(loaded.project, loaded.map, 'fr');
  const md = (n: string) => r.files.find((f) => f.name === `${n}.md`)!.content;
  return { r, cgv: md('cgv'), mentions: md('mentions-legales'), privacy: md('confidentialite'), register: md('registre-rgpd') };
}

const IDUS: Record<string, string[]> = {
  'bougies-atelier-lumiere.ecomplan.yaml': ['FR318642_01JKZP'],
  'vetements-maison-oree.ecomplan.yaml': ['FR539218_01MBXR', 'FR539218_11VLQE'],
  'the-kissa-import.ecomplan.yaml': ['FR427195_01QWTK'],
};

describe.each(Object.keys(IDUS))('%s', (name) => {
  const d = drafts(name);
  it('prints its IDUs in the CGV and the legal notice, and the harmonised guarantee notice', () => {
    for (const idu of IDUS[name]!) {
      expect(d.cgv).toContain(idu);
      expect(d.mentions).toContain(idu);
    }
    expect(clausesIn(d.cgv).has('cgv.guarantee_notice')).toBe(true);
    expect(d.cgv).toContain('règlement d’exécution (UE) 2025/1960');
  });
  it('never writes « .. » and dates every draft by the rules table', () => {
    for (const f of d.r.files) expect(f.content, f.name).not.toMatch(/[^.]\.\.(?!\.)/);
    for (const f of d.r.files.filter((x) => !x.name.endsWith('.csv'))) expect(f.content, f.name).toContain(`droit français applicable au ${date(RULES_DATE, 'fr')}`);
  });
  it('drafts with no warning: the example declares everything that applies to it', () => {
    expect(d.r.problems).toEqual([]);
  });
});

describe('clauses driven by the file, each only when it applies', () => {
  it('kissa: the matcha subscription, the importer of its teas and teapots, the independent controllers', () => {
    const d = drafts('the-kissa-import.ecomplan.yaml');
    expect(d.cgv).toContain("Matcha de cérémonie d'Uji, 30 g\u00A0: une livraison tous les 3 mois");
    expect(d.cgv).toContain('fonction «\u00A0résilier votre contrat\u00A0»');
    expect(d.cgv).not.toContain('au plus tôt trois mois'); // no commitment: no L215-1 reminder
    expect(d.cgv).toContain('importateur\u00A0: The Kissa SASU (importateur), 27 rue Chevreul');
    expect(d.register).toContain('Amazon Seller Central (place de marché) — responsable de traitement indépendant');
    expect(d.register).not.toMatch(/Amazon Seller Central[^\n]*contrat de sous-traitance/);
  });
  it('vetements: Meta Pixel a joint controller with its arrangement (art. 26); without it, « à signer » and a warning', () => {
    const d = drafts('vetements-maison-oree.ecomplan.yaml');
    expect(d.register).toContain(
      'Meta Pixel (publicité) — responsable conjoint du traitement — hébergement\u00A0: États-Unis (Data Privacy Framework) — accord de responsabilité conjointe\u00A0: oui',
    );
    const unsigned = drafts('vetements-maison-oree.ecomplan.yaml', (t) =>
      t.replace('role: joint_controller, hosting: États-Unis (Data Privacy Framework), dpa: true', 'role: joint_controller, hosting: États-Unis (Data Privacy Framework), dpa: false'),
    );
    expect(unsigned.register).toContain('accord de responsabilité conjointe\u00A0: non — accord à signer');
    expect(unsigned.r.problems.map((p) => [p.code, p.path])).toEqual([['legal.no_joint_arrangement', 'legal.rgpd.tools[3].dpa']]);
  });
  it('bougies: candle warnings, the microenterprise exemption of accessibility; no subscription, no commercial guarantee', () => {
    const d = drafts('bougies-atelier-lumiere.ecomplan.yaml');
    expect(d.cgv).toContain('pictogrammes EN 15494');
    expect(d.cgv).toContain('il est dispensé des exigences d’accessibilité');
    for (const id of ['cgv.subscriptions', 'cgv.commercial_guarantee']) expect(clausesIn(d.cgv).has(id), id).toBe(false);
  });
  it('without legal.rep the IDU is a placeholder with a located warning; without promotions no price-reduction clause', () => {
    const d = drafts('bougies-atelier-lumiere.ecomplan.yaml', (t) => t.replace(/\n {2}rep:[\s\S]*?(?=\n {2}rgpd:)/, '').replace('  promotions: true', '  promotions: false'));
    expect(d.cgv).toContain('filière emballages\u00A0: **[À compléter : identifiant unique (IDU)');
    expect(d.r.problems.map((p) => [p.code, p.path])).toEqual([['legal.missing', 'legal.rep']]);
    expect(clausesIn(d.cgv).has('cgv.price_reductions')).toBe(false);
  });
});
