/** Every message id the report and legal code and templates use exists, in French and English, with the same placeholders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legal } from '../../src/i18n/catalogs/legal.js';
import { report } from '../../src/i18n/catalogs/report.js';
import { reportCharts } from '../../src/i18n/catalogs/report-charts.js';
import { hasMessage } from '../../src/i18n/index.js';
import { ACQUISITION_KINDS, ACTIVITIES, LEGAL_BASES, LEGAL_FORMS, PAYERS, STRATEGIES, VAT_REGIMES } from '../../src/model/schema.js';
import { LEGAL_DOCS } from '../../src/render/legal/clauses.js';
import { ROOT } from '../helpers/cli.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []));
}

describe('report and legal catalog', () => {
  it('French and English carry the same placeholders', () => {
    for (const [id, m] of Object.entries({ ...report, ...reportCharts, ...legal })) expect(placeholders(m.en), id).toEqual(placeholders(m.fr));
  });

  it('every literal id in the code and the templates exists', () => {
    const ids = new Set<string>();
    const code = [
      ...files(join(ROOT, 'src', 'render', 'report'), '.ts'),
      ...files(join(ROOT, 'src', 'render', 'legal'), '.ts'),
      ...files(join(ROOT, 'src', 'render', 'charts'), '.ts'),
      join(ROOT, 'src', 'render', 'handlebars.ts'),
      join(ROOT, 'src', 'render', 'field.ts'),
      join(ROOT, 'src', 'cli', 'run', 'legal.ts'),
      join(ROOT, 'src', 'cli', 'run', 'report.ts'),
    ];
    for (const f of code) for (const m of readFileSync(f, 'utf8').matchAll(/'((?:report|legal|render)\.[a-z_]+(?:\.[a-z_]+)*)'/g)) ids.add(m[1]!);
    for (const f of files(join(ROOT, 'templates'), '.hbs')) for (const m of readFileSync(f, 'utf8').matchAll(/\{\{t "([a-z_.]+)"/g)) ids.add(m[1]!);
    expect(ids.size).toBeGreaterThan(150);
    expect([...ids].filter((id) => !hasMessage(id))).toEqual([]);
  });

  it('does not redefine a message of another area', async () => {
    const { core } = await import('../../src/i18n/catalogs/core.js');
    const { coreCli } = await import('../../src/i18n/catalogs/core-cli.js');
    const { extraCatalogs } = await import('../../src/i18n/catalogs/index.js');
    const others = [core, coreCli, ...extraCatalogs.filter((c) => c !== report && c !== reportCharts && c !== legal)];
    expect(Object.keys({ ...report, ...reportCharts, ...legal }).filter((id) => others.some((c) => id in c))).toEqual([]);
  });

  it('ids built from values exist for every value', () => {
    const built = [
      ...STRATEGIES.map((s) => `report.strategy.${s}`),
      ...ACQUISITION_KINDS.map((k) => `report.acquisition.kind.${k}`),
      ...ACTIVITIES.map((a) => `report.activity.${a}`),
      ...VAT_REGIMES.map((v) => `report.vat.${v}`),
      ...PAYERS.map((p) => `report.payer.${p}`),
      ...['product', 'forecast', 'supply', 'brand', 'experience', 'legal', 'criteria'].map((s) => `report.section.${s}`),
      ...LEGAL_FORMS.map((f) => `legal.form.${f}`),
      ...LEGAL_BASES.map((b) => `legal.basis.${b}`),
      ...LEGAL_DOCS.flatMap((d) => [`legal.doc.${d}`, `legal.docshort.${d}`]),
    ];
    expect(built.filter((id) => !hasMessage(id))).toEqual([]);
  });
});
