/**
 * What the user sees of the evidence layer: `check --explain` lists the texts and their
 * minimums, a trainer's `.ecomplanrc.yaml` sets them, init's placeholders are filler until
 * replaced (and init's file still validates and forecasts), the dossier shows « à rédiger »
 * where the file holds filler, and the legal drafts never print a placeholder as content.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, DEFAULT_CONFIG } from '../../src/criteria/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { defaultAnswers } from '../../src/init/answers.js';
import { renderProjectYaml } from '../../src/init/render.js';
import { loadText } from '../../src/model/load.js';
import { renderLegal } from '../../src/render/legal/index.js';
import { renderReport, reportRequest } from '../../src/render/report/index.js';
import { run } from '../helpers/cli.js';
import { fillerVariant } from '../helpers/filler-variants.js';
import { exampleFiles } from '../helpers/projects.js';
import { COMPLETE, edited } from './fixtures.js';

const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

function loaded(text: string) {
  const l = loadText({ name: 'projet.ecomplan.yaml', text });
  if (!l.project) throw new Error(`invalid: ${JSON.stringify(l.problems.slice(0, 3))}`);
  return { ...l, project: l.project };
}

describe('check --explain', () => {
  it('lists the texts a criterion reads and their minimums', () => {
    const out = plain(run(['check', '--explain', 'C3.1']).stdout);
    expect(out).toContain('Textes lus comme preuves, et leur minimum\n  - brand.consumer_analysis.method — énoncé, 5 mot(s) au moins : la méthode d’étude des consommateurs');
    expect(out).toContain('  - brand.consumer_analysis.personas[].description — description, 8 mot(s) au moins (appui) : qui est ce persona');
    expect(plain(run(['check', '--explain', 'C3.4', '--lang', 'en']).stdout)).toContain(
      '  - brand.communication.actions[].objective — item, at least 1 word(s), with a figure, all different: a quantified objective of the action',
    );
    expect(plain(run(['check', '--explain', 'C1.5']).stdout)).toContain('Textes lus comme preuves, et leur minimum\n  - aucun : ce critère se juge sur des valeurs et des chiffres');
    const json = JSON.parse(run(['check', '--explain', 'C3.2', '-f', 'json']).stdout);
    expect(json.texts[0]).toEqual({
      at: 'brand.identity.mission',
      kind: 'statement',
      min_words: 5,
      figure: false,
      distinct: false,
      support: false,
      expects: { fr: 'la mission de la marque : ce qu’elle apporte et à qui', en: 'the brand’s mission: what it brings, and to whom' },
    });
    expect(run(['check', '--explain', 'C2.2', '-f', 'md']).stdout).toContain('- suppliers.negotiation.objectives[] — élément, 1 mot(s) au moins, avec un chiffre');
  });
});

describe('the trainer’s minimums', () => {
  it('.ecomplanrc.yaml sets them; a bad value is a located config error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecomplan-evidence-'));
    const file = join(dir, 'projet.ecomplan.yaml');
    writeFileSync(file, COMPLETE);
    writeFileSync(join(dir, '.ecomplanrc.yaml'), 'thresholds:\n  min_words_statement: 7\n');
    // The trainer's config, found from the working directory (never beside the judged file, issue 24).
    const r = run(['check', file, '-f', 'json'], { cwd: dir });
    const c32 = JSON.parse(r.stdout).files[0].criteria.find((c: { id: string }) => c.id === 'C3.2');
    expect([c32.status, c32.message_id, c32.data.min, c32.path]).toEqual(['partial', 'gap.text_thin', 7, 'brand.identity.mission']);
    writeFileSync(join(dir, '.ecomplanrc.yaml'), 'thresholds:\n  min_words_item: -1\n');
    const bad = run(['check', file, '--config', join(dir, '.ecomplanrc.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.ecomplanrc.yaml:2:19');
  });
});

describe('init’s placeholders', () => {
  const text = renderProjectYaml({ ...defaultAnswers('fr', '2027-01'), legalForm: 'sasu', vatRegime: 'normal' });

  it('are filler until replaced, each at its line; the file still validates and forecasts', () => {
    const l = loaded(text);
    expect(l.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const ev = evaluate({ project: l.project, map: l.map, warnings: l.problems }, { check: true });
    expect(ev.ran).toBe(true);
    const filler = ev.check!.criteria.flatMap((c) => c.gaps.filter((g) => g.id === 'gap.text_filler').map((g) => [c.id, g.path, g.data.text, g.line]));
    const line = (...path: Array<string | number>) => l.map.keyAt(path).line;
    expect(filler).toEqual([
      ['C1.1', 'products[0].name', 'Produit 1', line('products', 0, 'name')],
      ['C2.1', 'suppliers.list[0].name', 'Fournisseur à choisir', line('suppliers', 'list', 0, 'name')],
      ['C4.1', 'acquisition[0].name', 'Visiteurs attendus (à détailler par sou…', line('acquisition', 0, 'name')],
      ['C5.2', 'company.name', 'Mon projet', line('company', 'name')],
      ['C5.2', 'company.vat_number', 'à compléter', line('company', 'vat_number')],
    ]);
    expect(text.split('\n')[line('company', 'vat_number') - 1]).toMatch(/^ {2}vat_number: à compléter/);
    // Replaced by the user's words, they are content.
    const mine = text.replace('vat_number: à compléter', 'vat_number: FR12345678901');
    const l2 = loaded(mine);
    const c52 = checkProject({ project: l2.project, map: l2.map, config: DEFAULT_CONFIG }).criteria.find((c) => c.id === 'C5.2')!;
    expect(c52.gaps.map((g) => g.data.path)).not.toContain('company.vat_number');
  });

  it('the commented brand examples, once uncommented, are filler for C3.2 and C3.3', () => {
    const all = renderProjectYaml(defaultAnswers('fr', '2027-01'), { uncommentExamples: true });
    const l = loaded(all);
    const result = checkProject({ project: l.project, map: l.map, config: DEFAULT_CONFIG });
    const fillerPaths = result.criteria.flatMap((c) => c.gaps.filter((g) => g.id === 'gap.text_filler').map((g) => `${c.id} ${g.path}`));
    expect(fillerPaths).toEqual(expect.arrayContaining(['C3.2 brand.identity.mission', 'C3.2 brand.identity.positioning', 'C3.3 brand.communication.strategy']));
  });

  it('the legal drafts print a blank, never « à compléter » as the VAT number', () => {
    const l = loaded(text);
    const legal = renderLegal(l.project, l.map, 'fr');
    const md = plain(legal.markdown);
    expect(md).toContain('Numéro de TVA intracommunautaire : **[À compléter : numéro de TVA intracommunautaire (company.vat_number)]**');
    expect(md).toContain('TVA intracommunautaire : **[À compléter : numéro de TVA intracommunautaire (company.vat_number)]**.');
    expect(md).not.toMatch(/(?<!\[)à compléter/i);
    const warning = legal.problems.find((p) => p.code === 'legal.placeholder_text' && p.path === 'company.vat_number');
    expect(warning?.data).toMatchObject({ text: 'à compléter' });
  });
});

describe('the dossier', () => {
  const candle = readFileSync(exampleFiles()[0]!, 'utf8');

  it('shows « à rédiger » with the criterion where the file holds filler, never the filler', () => {
    const { text } = fillerVariant(candle, 'lorem');
    const l = loaded(text);
    const md = plain(renderReport(l.project, { evaluation: evaluate({ project: l.project, map: l.map }, reportRequest), format: 'md', lang: 'fr' }).text);
    for (const gap of [
      '[À rédiger : description du projet (ce qui est vendu, à qui, pourquoi) (project.description) — C1.1]',
      '[À rédiger : mission ou promesse (brand.identity.mission) — C3.2]',
      '[À rédiger : stratégie de communication (brand.communication.strategy) — C3.3, C3.5]',
      '[À rédiger : description du persona (brand.consumer_analysis.personas[0].description) — C3.1]',
      '[À rédiger : méthode de mesure de la satisfaction (experience.satisfaction.method) — C4.3]',
      '[À rédiger : objectif (brand.communication.actions[0].objective) — C3.4]',
      '[À rédiger : programme de fidélité (experience.loyalty.program) — C4.4]',
      '[À rédiger : étape de la commande (orders.steps[0]) — C2.5]',
    ])
      expect(md).toContain(gap);
    // Lorem ipsum is left only where the file names something (materials, costs, actions), never as a text of the evidence table.
    const sections = md.split('\n## ');
    const brand = sections.find((s) => s.startsWith('4.'))!;
    expect(brand.split('\n').filter((x) => x.includes('Lorem ipsum') && !x.startsWith('| Lorem ipsum'))).toEqual([]);
  });

  it('an example is rendered without a single blank of that kind', () => {
    const l = loaded(candle);
    const md = renderReport(l.project, { evaluation: evaluate({ project: l.project, map: l.map }, reportRequest), format: 'md', lang: 'fr' }).text;
    expect(md).not.toContain('À rédiger');
  });

  it('a placeholder in a list is left out, the rest shown', () => {
    const l = loaded(edited([['set', ['brand', 'identity', 'values'], ['artisanat', 'TODO', 'transparence']]]));
    const md = plain(renderReport(l.project, { evaluation: evaluate({ project: l.project, map: l.map }, reportRequest), format: 'md', lang: 'fr' }).text);
    expect(md).toContain('| Valeurs | artisanat et transparence |');
  });
});
