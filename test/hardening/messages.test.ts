/** Issue 12 items 5–7 and issue 13 #5, #15: messages newcomers need, in process. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadText, type Loaded } from '../../src/model/load.js';
import { localize } from '../../src/diagnostics/problem.js';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/minimal.ecomplan.yaml'), 'utf8');
const load = (text: string): Loaded => loadText({ name: 'p.yaml', text });
const dir = mkdtempSync(join(tmpdir(), 'ecomplan-messages-'));

describe('tabs: one error per tab, at the tab, nothing else from that line (issue 12 #5)', () => {
  it('a tab before a nested key', () => {
    const text = MINIMAL.replace('  name: Petit Projet', '  \tname: Petit Projet');
    const d = localize(load(text).problems, 'fr');
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([['yaml.tab', 5, 3]]);
    expect(d[0]!.hint).toContain('Indentez avec des espaces');
  });
  it('two lines starting with a tab: two errors, no cascade', () => {
    const text = MINIMAL.replace('  name: Petit Projet', '\tname: Petit Projet').replace('  start: 2027-01', '\tstart: 2027-01');
    expect(load(text).problems.map((p) => [p.code, p.line])).toEqual([
      ['yaml.tab', 5],
      ['yaml.tab', 6],
    ]);
  });
});

describe('a comma inside { … } (issue 12 #6)', () => {
  it('says the comma ended the value and to quote the text', () => {
    const text = `${MINIMAL}company:\n  legal_form: sas\n  vat_regime: normal\n  host: { name: OVH SAS, address: 2 rue Kellermann, 59100 Roubaix }\n`;
    const d = localize(load(text).problems, 'fr');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'schema.flow_comma', line: 23, path: 'company.host.59100 Roubaix' });
    expect(d[0]!.message).toBe('La virgule a terminé la valeur de « address » : « 59100 Roubaix » est lu comme une clé');
    expect(d[0]!.hint).toContain('address: "…, 59100 Roubaix"');
  });
  it('a fragment like « 34 ans » too', () => {
    const text = `${MINIMAL}brand:\n  consumer_analysis:\n    personas:\n      - { id: lea, name: Léa, description: active, 34 ans }\n`;
    expect(load(text).problems.map((p) => p.code)).toEqual(['schema.flow_comma']);
  });
});

describe('an unclosed [ or { is located where it was opened (issue 12 #7)', () => {
  it('names line and column of the opening', () => {
    const d = localize(load(`${MINIMAL.replace('- { id: poterie, name: Poterie du Lot }', '- { id: poterie, name: Poterie du Lot')}other: 1\n`).problems, 'en');
    expect(d[0]).toMatchObject({ code: 'yaml.syntax', line: 19, column: 7 });
    expect(d[0]!.message).toContain('opened here (line 19, column 7)');
  });
});

describe('issue 13 #5 and #15', () => {
  it('C4.2 with a zero conversion says so, never « null »', async () => {
    const text = readFileSync(join(ROOT, 'examples/bougies-atelier-lumiere.ecomplan.yaml'), 'utf8').replace('conversion_rate: 1.8%', 'conversion_rate: 0%');
    const file = join(dir, 'conv0.yaml');
    writeFileSync(file, text);
    const r = await runInProcess(['check', file]);
    expect(r.stdout).toContain('(aucune vente prévue)');
    expect(r.stdout + r.stderr).not.toMatch(/\bnull\b/);
  });
  it('-o onto a folder is refused without suggesting --force', async () => {
    const out = join(dir, 'a-folder');
    mkdirSync(out, { recursive: true });
    for (const force of [[], ['--force']]) {
      const r = await runInProcess(['forecast', join(ROOT, 'examples/bougies-atelier-lumiere.ecomplan.yaml'), '-o', out, ...force]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('c’est un dossier');
      expect(r.stderr).not.toContain('--force');
    }
  });
});

describe('a missing section is located at its commented example, else the top (issue 12 #8)', () => {
  it('the same line in forecast and check', async () => {
    const file = join(dir, 'commented.yaml');
    writeFileSync(file, `${MINIMAL}\n# channels:\n#   - { id: site, name: Site, kind: own_site, share: 100% }\n`);
    const forecast = await runInProcess(['forecast', file]);
    expect(forecast.code).toBe(1);
    expect(forecast.stderr).toContain(`${file}:21:1`);
    expect(forecast.stderr).toMatch(new RegExp(`${file}:21:1 .*channels`));
    expect(forecast.stderr).toMatch(new RegExp(`${file}:1:1 .*demand`));
    const check = await runInProcess(['check', file, '--format', 'json']);
    const gaps = (JSON.parse(check.stdout) as { files: Array<{ criteria: Array<{ gaps?: Array<{ path: string; line: number }> }> }> }).files[0]!.criteria.flatMap((c) => c.gaps ?? []);
    expect(gaps.filter((g) => g.path === 'channels').map((g) => g.line)).toContain(21);
    expect(gaps.filter((g) => g.path === 'inventory').map((g) => g.line)).toEqual(gaps.filter((g) => g.path === 'inventory').map(() => 1));
  });
});

describe('init does not write the flow form for text that may hold commas (issue 12 #6)', () => {
  it('the host example is one key per line, and valid once uncommented with a comma in the address', () => {
    for (const golden of ['default-fr.yaml', 'default-en.yaml']) {
      const text = readFileSync(join(ROOT, 'test/init/golden', golden), 'utf8');
      expect(text).not.toMatch(/host: \{/);
      expect(text).not.toMatch(/\{[^}\n]*address:/);
    }
  });
});
