/** Issue 12 item 9: the README's starting points work as written. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadText } from '../../src/model/load.js';
import { ROOT, run } from '../helpers/cli.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function briefSnippet(): string {
  const section = readme.split('## The project file in brief')[1] ?? '';
  const m = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('no YAML snippet under « The project file in brief »');
  return m[1]!;
}

const errors = (text: string) => loadText({ name: 'README.md', text }).problems.filter((p) => p.severity === 'error');

describe('README « The project file in brief »', () => {
  it('the YAML snippet validates (no error)', () => {
    expect(errors(briefSnippet()).map((p) => `${p.code} ${p.path}`)).toEqual([]);
  });
  it('says which keys validate requires: a file with just those validates, and without any one of them it does not', () => {
    expect(readme).toContain('`validate` requires exactly: `ecomplan`; `project` with `name`, `start` and `horizon_months`;');
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
const QUICK_START = ['npm ci && node bin/ecomplan.js forecast examples/bougies-atelier-lumiere.ecomplan.yaml', 'npm ci && npm test'];

describe('README quick start', () => {
  it('the first shell block is the two quick-start commands, exactly', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme);
    expect(first?.[1]?.trim().split('\n')).toEqual(QUICK_START);
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
