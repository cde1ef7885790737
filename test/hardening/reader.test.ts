/** Issue 13: the reader's defects, each at its cause (alias cost, capped reads, line endings, keys, versions). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadText, type Loaded } from '../../src/model/load.js';
import { localize } from '../../src/diagnostics/problem.js';
import { MAX_FILE_BYTES, readSource } from '../../src/io/source.js';
import { ROOT } from '../helpers/cli.js';

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/minimal.ecomplan.yaml'), 'utf8');
const load = (text: string, lang?: string): Loaded => loadText({ name: 'p.yaml', text }, lang);
const first = (l: Loaded, lang: 'fr' | 'en' = 'fr') => localize(l.problems, lang)[0]!;

/** Milliseconds to load `text` (the best of two runs: the machine is shared). */
function timeLoad(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    load(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('aliases cost what they expand, not the size of the file (#1)', () => {
  it('a bomb at the end of a 100 KB file is refused in well under a second, at the alias', () => {
    const lines = ['ecomplan: 1', 'filler:'];
    for (let i = 0; i < 3000; i++) lines.push(`  - k${i}: "${'x'.repeat(20)}"`);
    lines.push('a: &a [x, x, x, x, x, x, x, x, x, x]');
    let prev = 'a';
    for (const c of 'bcdefgh') {
      lines.push(`${c}: &${c} [${Array(10).fill(`*${prev}`).join(', ')}]`);
      prev = c;
    }
    const plain = timeLoad(`${lines.slice(0, 3002).join('\n')}\n`);
    const l = load(`${lines.join('\n')}\n`);
    expect(first(l)).toMatchObject({ code: 'yaml.too_many_nodes', line: 3008 });
    // Each alias used to walk the whole document: 20 000 expansions × 6 000 nodes took tens of seconds.
    expect(timeLoad(`${lines.join('\n')}\n`)).toBeLessThan(plain * 2 + 1000);
  });
  it('3 000 aliases in a large file resolve in one pass', () => {
    const lines = ['ecomplan: 1', 'filler:'];
    for (let i = 0; i < 3000; i++) lines.push(`  - k${i}: &x${i} "v${i}"`);
    lines.push('refs:');
    for (let i = 0; i < 3000; i++) lines.push(`  - *x${i}`);
    const plain = timeLoad(
      `${lines.slice(0, 3002).join('\n')}\nrefs:\n${lines
        .slice(3003)
        .map(() => '  - v')
        .join('\n')}\n`,
    );
    expect(timeLoad(`${lines.join('\n')}\n`)).toBeLessThan(plain * 2 + 500);
  });
  it('content copied by an alias is located at the alias (#11)', () => {
    const text = MINIMAL.replace('products:\n  - id: tasse', 'products:\n  - &tasse\n    id: tasse').replace('suppliers:', '  - *tasse\nsuppliers:');
    const l = load(text);
    const dup = l.problems.find((p) => p.code === 'ref.duplicate_id');
    const aliasLine = text.split('\n').indexOf('  - *tasse') + 1;
    expect(dup).toMatchObject({ line: aliasLine, path: 'products[1].id' });
  });
});

describe('every input is read with a cap (#3)', () => {
  it('/dev/zero stops at the cap', async () => {
    const r = await readSource('/dev/zero');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'file.too_large_stream', data: { max: MAX_FILE_BYTES } });
  });
  it('standard input over the cap is refused', async () => {
    const r = await readSource('-', async () => Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.code).toBe('file.too_large_stream');
  });
});

describe('values and keys', () => {
  it('`__proto__` as a score key is an error, not silently dropped (#4)', () => {
    const l = load(MINIMAL.replace('- { id: poterie, name: Poterie du Lot }', '- { id: poterie, name: Poterie du Lot, scores: { __proto__: 4 } }'));
    expect(first(l)).toMatchObject({ code: 'yaml.reserved_key', line: 19 });
  });
  it('a value starting with % or , names the character (#6)', () => {
    const pipe = first(load(MINIMAL.replace('- { id: poterie, name: Poterie du Lot }', '- { id: poterie, name: |')));
    expect(pipe.message).toContain('« | »'); // found by the fuzzer: the parser words this one differently
    for (const c of ['%', ',']) {
      const d = first(load(MINIMAL.replace('name: Petit Projet', `name: ${c}`)));
      expect(d.message).toContain(`« ${c} »`);
      expect(d.message).not.toMatch(/\{\w+\}/);
    }
  });
  it('a month 1e400 is refused with its bound, never « Infinity » (#7)', () => {
    const d = first(load(`${MINIMAL}owner_pay:\n  - { from: 1e400, monthly: 100 }\n`));
    expect(d).toMatchObject({ code: 'value.month_above_max', line: 21 });
    expect(d.message).toContain('600');
    expect(d.message).not.toContain('Infinity');
  });
  it('a depreciation of a billion years is refused, naming the bound (#2)', () => {
    const d = first(load(`${MINIMAL}investments:\n  - { name: Site, amount: 1000, depreciation_years: 1000000000 }\n`));
    expect(d).toMatchObject({ code: 'value.above_max', line: 21, path: 'investments[0].depreciation_years' });
    expect(d.message).toBe('Valeur 1000000000 trop grande : le maximum est 50');
  });
  it('`120%` is refused like `1.2` (#13)', () => {
    const d = first(load(`${MINIMAL}returns:\n  rate: 120%\n`));
    expect(d).toMatchObject({ code: 'value.rate_above_max', line: 21, path: 'returns.rate' });
    expect(load(`${MINIMAL}demand:\n  conversion_rate: 2%\n  items_per_order: 1\n  scenarios: { optimistic: { traffic: 150% } }\n`).problems).toEqual([]);
  });
});

describe('line endings, indentation and versions', () => {
  it('CR-only line endings are read as lines (#8)', () => {
    const l = load(MINIMAL.replace('price: 24.90', 'price: abc').replace(/\n/g, '\r'));
    expect(first(l)).toMatchObject({ code: 'value.expected_number', line: 11 });
  });
  it('a key indented by 3 spaces is reported on its own line, as an indentation (#12)', () => {
    const l = load(MINIMAL.replace('  start: 2027-01', '   start: 2027-01'));
    expect(l.problems).toHaveLength(1);
    expect(first(l)).toMatchObject({ code: 'yaml.syntax', line: 6, column: 4 });
    expect(first(l).message).toContain('retrait de 3 espaces');
    expect(first(l).message).not.toContain('deux « : »');
  });
  it('%YAML 1.1 is refused: `yes` stays text in 1.2 (#15)', () => {
    expect(first(load(`%YAML 1.1\n---\n${MINIMAL}`))).toMatchObject({ code: 'yaml.version', line: 1 });
  });
});

describe('French messages hold no English words (#9)', () => {
  it('a list instead of a mapping', () => {
    expect(first(load('- a\n- b\n')).message).toBe('Le fichier doit être une table de clés (ecomplan:, project:, products:…), pas une liste');
  });
  it('supplier supplies a thing that does not exist', () => {
    const d = first(load(MINIMAL.replace('- { id: poterie, name: Poterie du Lot }', '- { id: poterie, name: Poterie du Lot, supplies: [bol] }')));
    expect(d.message).toBe('Référence inconnue « bol » (matière ou produit) ; connus : tasse');
  });
  it('carrier shares given for some only', () => {
    const d = localize(load(`${MINIMAL}shipping:\n  carriers:\n    - { name: A, cost: 5, delay_days: 2, share: 100% }\n    - { name: B, cost: 5, delay_days: 2 }\n`).problems, 'fr').find(
      (p) => p.code === 'share.partial',
    )!;
    expect(d.message).toContain('certains transporteurs seulement');
  });
  it('an empty value is named in words', () => {
    const d = first(load(MINIMAL.replace('price: 24.90', 'price:')));
    expect(d.message).toBe('Nombre attendu, trouvé une valeur vide');
  });
});
