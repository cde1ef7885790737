/**
 * The shipped examples and the reference's snippets must stay valid as the format
 * evolves, and the examples must keep the evidence the certification asks for.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import type { ProjectFile } from '../../src/model/schema.js';
import { example, ROOT, run } from '../helpers/cli.js';

const FILES = ['bougies-atelier-lumiere.ecomplan.yaml', 'vetements-maison-oree.ecomplan.yaml', 'the-kissa-import.ecomplan.yaml'];

function load(name: string): ProjectFile {
  const text = readFileSync(example(name), 'utf8');
  const loaded = loadText({ name, text });
  expect(loaded.problems).toEqual([]);
  return loaded.project!;
}

describe('examples/', () => {
  it('holds exactly the three documented examples, and their sample order exports', () => {
    expect(
      readdirSync(join(ROOT, 'examples'))
        .filter((f) => f !== 'actuals')
        .sort(),
    ).toEqual([...FILES].sort());
    // docs/actuals.md: the sample exports of `ecomplan actuals`, written by generate.mjs.
    expect(readdirSync(join(ROOT, 'examples', 'actuals')).filter((f) => f.endsWith('.csv'))).toHaveLength(5);
  });

  it('validate accepts all of them with no diagnostic at all (exit 0)', () => {
    const r = run(['validate', ...FILES.map(example), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ valid: boolean; diagnostics: unknown[] }>;
    expect(out).toHaveLength(3);
    for (const f of out) expect(f).toMatchObject({ valid: true, diagnostics: [] });
  });

  it.each(FILES)('%s starts with the schema comment, the version and the locale', (name) => {
    const lines = readFileSync(example(name), 'utf8').split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schema/ecomplan.schema.json');
    expect(lines).toContain('ecomplan: 1');
    expect(lines).toContain('locale: fr');
  });

  it('the three differ in legal form, VAT regime and strategy', () => {
    const [a, b, c] = FILES.map(load) as [ProjectFile, ProjectFile, ProjectFile];
    expect([a.company?.legal_form, b.company?.legal_form, c.company?.legal_form]).toEqual(['micro_entreprise', 'eurl', 'sasu']);
    expect([a.company?.vat_regime, b.company?.vat_regime, c.company?.vat_regime]).toEqual(['franchise', 'normal', 'normal']);
    expect(a.products.every((p) => p.strategy === 'in_house')).toBe(true);
    expect(b.products.every((p) => p.strategy === 'outsourced')).toBe(true);
    expect(c.products.every((p) => p.strategy === 'resale')).toBe(true);
    expect(new Set(c.products.map((p) => p.vat_rate.toString()))).toEqual(new Set(['0.055', '0.2']));
  });

  it.each(FILES)('%s: the VAT number, when any, carries the key computed from the SIREN', (name) => {
    const c = load(name).company!;
    expect(c.siret?.startsWith(c.siren!)).toBe(true);
    if (c.vat_number === undefined) return;
    const key = (12 + 3 * (Number(c.siren) % 97)) % 97;
    expect(c.vat_number).toBe(`FR${String(key).padStart(2, '0')}${c.siren}`);
  });

  it.each(FILES)('%s: every purchased item has at least 2 scored suppliers, one selected', (name) => {
    const p = load(name);
    const suppliers = p.suppliers?.list ?? [];
    const criteria = (p.suppliers?.method?.criteria ?? []).map((c) => c.name);
    const purchased = [...(p.materials ?? []).map((m) => m.id), ...p.products.filter((x) => x.strategy !== 'in_house').map((x) => x.id)];
    expect(purchased.length).toBeGreaterThan(0);
    for (const item of purchased) {
      const candidates = suppliers.filter((s) => s.supplies?.includes(item));
      expect(candidates.length, item).toBeGreaterThanOrEqual(2);
      for (const s of candidates) expect(Object.keys(s.scores ?? {}).sort(), `${item} ${s.id}`).toEqual([...criteria].sort());
      expect(candidates.filter((s) => s.selected).length, item).toBe(1);
    }
  });

  it.each(FILES)('%s: every persona is targeted by an action, and the funnel ends at the conversion rate', (name) => {
    const p = load(name);
    const personas = (p.brand?.consumer_analysis?.personas ?? []).map((x) => x.id);
    expect(personas.length).toBeGreaterThanOrEqual(2);
    const targeted = new Set((p.brand?.communication?.actions ?? []).flatMap((a) => a.personas ?? []));
    for (const id of personas) expect(targeted.has(id), id).toBe(true);
    const funnel = p.experience?.funnel ?? [];
    expect(funnel.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < funnel.length; i++) expect(funnel[i]!.rate.lte(funnel[i - 1]!.rate)).toBe(true);
    expect(funnel.at(-1)!.rate.eq(p.demand!.conversion_rate)).toBe(true);
  });
});

for (const page of [join('docs', 'project-file.md'), join('docs', 'en', 'project-file.md')])
  describe(page, () => {
    const md = readFileSync(join(ROOT, page), 'utf8');
    const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

    it('its smallest valid file is valid', () => {
      const minimal = blocks.find((b) => b.startsWith('ecomplan: 1'));
      expect(minimal).toBeDefined();
      expect(loadText({ name: 'minimal', text: minimal! }).problems).toEqual([]);
    });

    it('its section snippets, put together, make one valid project', () => {
      const sections = blocks.filter((b) => !b.startsWith('ecomplan: 1') && !b.trimStart().startsWith('#'));
      expect(sections.length).toBeGreaterThanOrEqual(20);
      const loaded = loadText({ name: 'snippets', text: ['ecomplan: 1', ...sections].join('\n') });
      expect(loaded.problems).toEqual([]);
      expect(loaded.project?.products).toHaveLength(1);
    });
  });
