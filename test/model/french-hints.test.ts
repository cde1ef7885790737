import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import { localize } from '../../src/diagnostics/problem.js';
import { closest } from '../../src/model/suggest.js';
import { readFileSync } from 'node:fs';
import { fixture } from '../helpers/projects.js';

describe('French key hints (issue 12, item 10)', () => {
  it('suggests the English key or value a French word means, where it is allowed', () => {
    expect(closest('prix', ['price', 'mix', 'name'])).toBe('price');
    expect(closest('revente', ['resale', 'outsourced', 'in_house'])).toBe('resale');
    expect(closest('fabrication', ['resale', 'outsourced', 'in_house'])).toBe('in_house');
    expect(closest('sous-traitance', ['resale', 'outsourced', 'in_house'])).toBe('outsourced');
    expect(closest('fournisseurs', ['suppliers', 'products'])).toBe('suppliers');
    // Not allowed here: no French hint, the usual typo distance decides.
    expect(closest('prix', ['mix', 'name'])).toBe('mix');
  });

  it('reads only its own entries: « constructor » or « toString » as a value is an ordinary unknown word (found by the fuzzer)', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(() => closest(word, ['resale', 'outsourced', 'in_house'])).not.toThrow();
    }
    expect(closest('constructor', ['resale', 'outsourced', 'in_house'])).toBeUndefined();
  });

  it('says it in the message of an unknown key and of an unknown value', () => {
    const base = readFileSync(fixture('minimal.ecomplan.yaml'), 'utf8');
    const text = base.replace(/^(\s+)price: /m, '$1prix: ').replace(/strategy: [a-z_]+/, 'strategy: revente');
    const loaded = loadText({ name: 'p.yaml', text });
    const messages = localize(loaded.problems, 'fr')
      .map((p) => p.message)
      .join('\n');
    expect(messages).toMatch(/« prix ».*« price »/);
    expect(messages).toMatch(/« revente ».*« resale »/);
  });
});
