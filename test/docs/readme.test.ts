/**
 * Issue 12 item 9, issue 23 item 2: the README's starting points work as written, in the
 * French README and in its English version (docs/en/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadText } from '../../src/model/load.js';
import { ROOT, run } from '../helpers/cli.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeEn = readFileSync(new URL('../../docs/en/README.md', import.meta.url), 'utf8');

/** The two quick-start commands: a contract, identical in both languages. */
const QUICK_START = ['```sh', 'npm ci && node bin/ecomplan.js forecast examples/bougies-atelier-lumiere.ecomplan.yaml', 'npm ci && npm test', '```'].join('\n');

function briefSnippet(text: string, heading: string): string {
  const section = text.split(heading)[1] ?? '';
  const m = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error(`no YAML snippet under « ${heading} »`);
  return m[1]!;
}

const errors = (text: string) => loadText({ name: 'README.md', text }).problems.filter((p) => p.severity === 'error');

describe('README quick start', () => {
  it('keeps the two quick-start commands exactly, under « Démarrage rapide » (French) and « Quick start » (English)', () => {
    expect(readme.split('## Démarrage rapide\n')[1]?.split('\n## ')[0]).toContain(QUICK_START);
    expect(readmeEn.split('## Quick start\n')[1]?.split('\n## ')[0]).toContain(QUICK_START);
  });
  it('the French README links the English documentation at its top', () => {
    expect(readme.split('\n').slice(0, 4).join('\n')).toContain('](docs/en/README.md)');
  });
});

describe('README « Le fichier de projet en bref » / « The project file in brief »', () => {
  it('the YAML snippet validates (no error), the same in both languages', () => {
    const fr = briefSnippet(readme, '## Le fichier de projet en bref');
    expect(errors(fr).map((p) => `${p.code} ${p.path}`)).toEqual([]);
    expect(briefSnippet(readmeEn, '## The project file in brief')).toBe(fr);
  });
  it('says which keys validate requires: a file with just those validates, and without any one of them it does not', () => {
    expect(readme).toContain('`validate` exige exactement\u00A0: `ecomplan`\u202F; `project` avec `name`, `start` et `horizon_months`\u202F;');
    expect(readmeEn).toContain('`validate` requires exactly: `ecomplan`; `project` with `name`, `start` and `horizon_months`;');
    const minimal = [
      'ecomplan: 1',
      'project: { name: Essai, start: 2027-01, horizon_months: 12 }',
      'products:',
      '  - { id: p, name: Produit, price: 10, vat_rate: 20%, mix: 100%, strategy: resale, purchase_cost: 4, supplier: f }',
      'suppliers:',
      '  list: [{ id: f, name: Fournisseur }]',
      '',
    ].join('\n');
    expect(errors(minimal)).toEqual([]);
    const drops: Array<[string, string]> = [
      ['ecomplan: 1\n', ''],
      ['name: Essai, ', ''],
      ['start: 2027-01, ', ''],
      [', horizon_months: 12', ''],
      ['id: p, ', ''],
      ['name: Produit, ', ''],
      ['price: 10, ', ''],
      ['vat_rate: 20%, ', ''],
      ['mix: 100%, ', ''],
      [', purchase_cost: 4', ''],
      [', supplier: f', ''],
      ['  list: [{ id: f, name: Fournisseur }]\n', '  list: []\n'],
    ];
    for (const [from, to] of drops) expect(errors(minimal.replace(from, to)).length, from).toBeGreaterThan(0);
  });
});

/** The README's quick start (issue 23): its two commands, exactly, whatever the language of the text around them. */
const QUICK_START_LINES = ['npm ci && node bin/ecomplan.js forecast examples/bougies-atelier-lumiere.ecomplan.yaml', 'npm ci && npm test'];

describe('README quick start, the commands themselves', () => {
  it('the first shell block is the two quick-start commands, exactly', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme);
    expect(first?.[1]?.trim().split('\n')).toEqual(QUICK_START_LINES);
  });

  it('what they name exists: the example, the launcher, the test script; the first forecasts the example', () => {
    expect(existsSync(join(ROOT, 'examples/bougies-atelier-lumiere.ecomplan.yaml'))).toBe(true);
    expect(existsSync(join(ROOT, 'bin/ecomplan.js'))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toBeDefined();
    const r = run(['forecast', 'examples/bougies-atelier-lumiere.ecomplan.yaml'], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Plan de trésorerie');
  });
});
