import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import { loadText } from '../../src/model/load.js';
import { evaluate } from '../../src/evaluate/index.js';
import { renderReport, reportRequest } from '../../src/render/report/index.js';
import { expectGolden } from '../helpers/golden.js';
import { exampleFiles, fixture, projectName } from '../helpers/projects.js';

function project(path: string, lang?: Lang) {
  const loaded = loadText({ name: path, text: readFileSync(path, 'utf8') }, lang);
  if (!loaded.project) throw new Error(`invalid: ${path}`);
  return { project: loaded.project, lang: loaded.lang };
}

const md = (path: string, lang?: Lang, chartFiles = false) => {
  const p = project(path, lang);
  return renderReport(p.project, { evaluation: evaluate({ project: p.project }, reportRequest), format: 'md', lang: p.lang, chartFiles });
};
const html = (path: string, lang?: Lang) => {
  const p = project(path, lang);
  return renderReport(p.project, { evaluation: evaluate({ project: p.project }, reportRequest), format: 'html', lang: p.lang }).text;
};

/**
 * The dossier of a project rendered once for the tests that only read it (each render runs the
 * forecast, the sensitivity and the criteria). « is stable across runs » compares it with a
 * fresh render.
 */
const rendered = new Map<string, ReturnType<typeof md>>();
const mdOnce = (path: string, lang?: Lang) => {
  const key = `md ${lang ?? ''} ${path}`;
  if (!rendered.has(key)) rendered.set(key, md(path, lang));
  return rendered.get(key)!;
};
const pages = new Map<string, string>();
const htmlOnce = (path: string) => {
  if (!pages.has(path)) pages.set(path, html(path));
  return pages.get(path)!;
};

const SECTION_TITLES_FR = [
  '## 1. Produit et stratégies de production',
  '## 2. Prévisionnel financier',
  '## 3. Fournisseurs, stocks, commandes et livraison',
  '## 4. Consommateurs, identité de marque et communication',
  '## 5. Acquisition, tunnel de vente, satisfaction et fidélisation',
  '## 6. Cadre légal et RGPD',
  '## 7. Grille des critères de certification',
];

describe.each(exampleFiles().map((f) => [projectName(f), f] as const))('report of %s', (name, path) => {
  it('follows the referential’s order in Markdown, and matches its golden file', () => {
    const text = mdOnce(path).text;
    const headings = text.split('\n').filter((l) => /^## \d\./.test(l));
    expect(headings).toEqual(SECTION_TITLES_FR);
    expectGolden(`report/${name}.fr.md`, text);
  });

  it('is the same in English, with English headings', () => {
    const text = mdOnce(path, 'en').text;
    expect(text.split('\n').filter((l) => /^## \d\./.test(l))[0]).toBe('## 1. Product and production strategies');
    expectGolden(`report/${name}.en.md`, text);
  });

  it('is stable across runs', () => {
    expect(md(path).text).toBe(mdOnce(path).text);
    expect(html(path)).toBe(htmlOnce(path));
  });

  it('writes a self-contained HTML page: inline CSS and SVG, a table of contents, no external resource', () => {
    const page = htmlOnce(path);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
    expect(page).toContain('@page{size:A4');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|href="(?!#)/i);
    for (const anchor of ['product', 'forecast', 'supply', 'brand', 'experience', 'legal', 'criteria']) {
      expect(page).toContain(`<a href="#${anchor}">`);
      expect(page).toContain(`<section id="${anchor}">`);
    }
    expect(page).toContain('<figure class="chart" id="chart-funnel">');
  });
});

describe('report: what the file leaves empty', () => {
  const text = md(fixture('minimal.ecomplan.yaml')).text;

  it('keeps every section and says what is missing, with the key to fill', () => {
    expect(text.split('\n').filter((l) => /^## \d\./.test(l))).toEqual(SECTION_TITLES_FR);
    for (const placeholder of [
      '**[À compléter : méthode de recherche des fournisseurs (sources et critères pondérés) (suppliers.method)]**',
      '**[À compléter : argumentaire de négociation avec un fournisseur (suppliers.negotiation)]**',
      '**[À compléter : politique de stock (stock de sécurité, couverture) (inventory)]**',
      '**[À compléter : personas avec attentes et habitudes (brand.consumer_analysis.personas)]**',
      '**[À compléter : étapes du tunnel de vente avec leurs taux et indicateurs (experience.funnel)]**',
      '**[À compléter : règles de vente (rétractation, remboursement, médiateur, livraison) (legal)]**',
      '**[À compléter : description du projet (ce qui est vendu, à qui, pourquoi) (project.description)]**',
      '**[À compléter : au moins une stratégie de production alternative évaluée (alternatives) (products[0].alternatives)]**',
    ])
      expect(text).toContain(placeholder);
  });

  it('highlights the placeholders in HTML', () => {
    expect(html(fixture('minimal.ecomplan.yaml'))).toContain('<mark class="todo">[À compléter : argumentaire de négociation avec un fournisseur (suppliers.negotiation)]</mark>');
  });
});

describe('report: the prévisionnel', () => {
  it('shows the engine’s tables, the objectives against the forecast, and a year per cash table', () => {
    const text = mdOnce(exampleFiles()[0] as string).text;
    const part = text.slice(text.indexOf('## 2. Prévisionnel financier'), text.indexOf('## 3. '));
    for (const heading of [
      '### Objectifs de croissance et prévision',
      '### Plan de financement initial',
      '### Compte de résultat prévisionnel',
      '### Plan de trésorerie',
      '### Seuil de rentabilité et point mort',
      '### Plan de financement à 3 ans',
      '### Bilan prévisionnel simplifié (indicatif)',
      '### Soldes intermédiaires de gestion',
      '### Capacité d’autofinancement et remboursement',
      '### Scénarios',
      '### Sensibilité aux hypothèses',
    ])
      expect(part).toContain(heading);
    // Two half-year tables per year, the second with the year's total (issue 12, item 1).
    expect(part).toContain('Année 1, janvier 2027 – juin 2027');
    expect(part).toContain('Année 1, juillet 2027 – décembre 2027');
    expect(part).toContain('Année 3, juillet 2029 – décembre 2029');
    expect(part).toMatch(/\|\s+\| juillet \| août \| septembre \| octobre \| novembre \| décembre \| Total année 1 \|/);
    // Issue 19: the note says exactly what a total may differ by, and that loan installments add up to the cent.
    expect(part).toContain(
      'Exercice = 12 mois à partir de janvier 2027. Montants arrondis au centime à l’affichage : un total annuel est la somme exacte de ses mois, arrondie une fois ; il peut s’écarter de la somme des mois arrondis d’un demi-centime par mois au plus. Les échéances d’emprunt sont en centimes, comme la banque les prélève : leurs totaux sont exactement la somme des mois.',
    );
  });

  it('scenarios: months in words, a scenario’s negative cash said under the table; sensitivity tables captioned with distinct headers (issue 12, item 3)', () => {
    const kissa = exampleFiles().find((f) => f.includes('kissa')) as string;
    const text = mdOnce(kissa).text.replace(/[\u00a0\u202f]/g, ' ');
    const part = text.slice(text.indexOf('### Scénarios'), text.indexOf('## 3. '));
    expect(part).toContain('| Mois de la plus basse | août 2030 | novembre 2028 | novembre 2027 |');
    expect(part).not.toMatch(/\| 20\d\d-\d\d /);
    // Issue 20: the e-invoicing platform (15 € HT a month) and the packaging eco-contributions are charged;
    // issue 19: contributions from URSSAF's barème (no social_rate), the loan's échéancier in cents.
    expect(part).toContain('⚠ Scénario pessimiste : la trésorerie devient négative en octobre 2028 (-608,52 €) ; la plus basse : -34 619,20 € en août 2030');
    expect(part).toContain('Effet sur le résultat avant impôt de l’année 1 (base : 4 359,00 €)\n\n| Hypothèse | Résultat an 1 à −10 % | Résultat an 1 à +10 % | Écart de résultat |');
    expect(part).toContain('Effet sur la trésorerie la plus basse (base : 10 349,38 €)\n\n| Hypothèse | Trésorerie la plus basse à −10 % | Trésorerie la plus basse à +10 % | Écart de trésorerie |');
  });

  it('says what the forecast needs when the engine cannot run', () => {
    const text = readFileSync(fixture('minimal.ecomplan.yaml'), 'utf8').replace(/^demand:\n(?: .*\n)+/m, '');
    const loaded = loadText({ name: 'p.yaml', text });
    const r = renderReport(loaded.project!, {
      evaluation: evaluate({ project: loaded.project! }, reportRequest),
      format: 'md',
      lang: 'fr',
    });
    expect(r.text).toContain('**[À compléter : hypothèses du prévisionnel (demande, canaux, acquisition) (demand)]**');
    expect(r.text).toContain('- Section « demand » absente : le prévisionnel en a besoin (demand)');
    expect(r.view.charts.map((c) => c.id)).toEqual([]);
  });
});

describe('report: the criteria checklist', () => {
  it('closes the dossier with every criterion, the score per block and overall', () => {
    const text = mdOnce(exampleFiles()[0] as string).text;
    const part = text.slice(text.indexOf('## 7. Grille des critères de certification'));
    expect(part.match(/^\| (✔ validé|◐ partiel|✖ manquant) \| C\d\.\d /gm)).toHaveLength(26);
    expect(part).toMatch(/^\*\*Score\s:\s\d+,\d\s%/m);
    for (const b of ['C1', 'C2', 'C3', 'C4', 'C5']) expect(part).toMatch(new RegExp(`^### ${b} — .+ \\(\\d+,\\d\\s%\\)$`, 'm'));
  });

  it('says what is missing, and where, for a half-written project', () => {
    const path = fixture('minimal.ecomplan.yaml');
    const loaded = loadText({ name: path, text: readFileSync(path, 'utf8') });
    const r = renderReport(loaded.project!, {
      format: 'md',
      lang: 'fr',
      evaluation: evaluate({ project: loaded.project!, map: loaded.map }, reportRequest),
    });
    const part = r.text.slice(r.text.indexOf('## 7. '));
    expect(part).toMatch(/^\*\*Score\s:\s19,2\s% \(2 validé\(s\), 6 partiel\(s\), 18 manquant\(s\) sur 26\)\*\*$/m);
    expect(part).toContain('| ✖ manquant | C2.2 Argumentaire de négociation rédigé |');
    // « where » is the key to add and the line of the file where it belongs (no commented example: the top, 1:1)
    expect(part).toMatch(/\| ✖ manquant \| C3\.1 .+ \| brand\.consumer_analysis \(1:1\) \|$/m);
    expect(r.view.keyFigures?.rows.at(-1)?.[0]).toBe('Score des critères de certification');
  });
});

describe('report: hostile text', () => {
  const path = fixture('hostile.ecomplan.yaml');

  it('renders <script>, {{ }}, quotes and emoji as text in HTML', () => {
    const page = html(path);
    expect(page).not.toMatch(/<script|<img|<svg onload|<b>|<i>|<u>|onerror=|href="javascript/i);
    expect(page).toContain('<title>Dossier e-commerce — &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; {{constructor}} &quot;Chez Zoé&quot; | *gras* 🕯️</title>');
    expect(page).toContain('{{#each this}}{{/each}} &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; [lien](javascript:alert(1)) $x$');
  });

  it('renders them as text in Markdown', () => {
    const text = md(path).text;
    expect(text).not.toMatch(/<script|<img|<svg|<b>|<i>|<u>/i);
    expect(text).toContain('# Dossier e-commerce — &lt;script&gt;alert(\'x\')&lt;/script&gt; {{constructor}} "Chez Zoé" \\| \\*gras\\* 🕯️');
    expect(text).toContain('{{#each this}}{{/each}} &lt;img src=x onerror=alert(1)&gt; & \\[lien\\](javascript:alert(1)) \\$x\\$');
    expect(text).toContain('| Savon &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt; 🧼 |');
  });
});

describe('report: Markdown charts', () => {
  it('links SVG files written beside the report when the output is a folder', () => {
    const r = md(exampleFiles()[0] as string, 'fr', true);
    expect(r.text).toContain('![Tunnel de vente](chart-funnel.svg)');
    expect(r.extraFiles.map((f) => f.name)).toContain('chart-funnel.svg');
    const svg = r.extraFiles.find((f) => f.name === 'chart-funnel.svg')!.content;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
  it('says where the charts are when the report is a single Markdown file', () => {
    const r = mdOnce(exampleFiles()[0] as string);
    expect(r.extraFiles).toEqual([]);
    expect(r.text).toContain('*Graphique « Tunnel de vente » : voir le dossier HTML, ou écrire le dossier Markdown dans un dossier (-o dossier/) pour obtenir les graphiques en SVG.*');
  });
});
