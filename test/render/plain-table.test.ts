import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Table from 'cli-table3';
import { isPlain, plainTable } from '../../src/render/plain-table.js';

/** cli-table3 with the options sectionToTable gives it. */
function cliTable(head: string[], rows: string[][], colWidths: number[], colAligns: Array<'left' | 'right'>): string {
  const chars = Object.fromEntries(
    ['top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'].map((k) => [k, '']),
  );
  const table = new Table({ head, colWidths, colAligns, wordWrap: true, chars: { ...chars, top: '─' }, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1 } });
  table.push(...rows);
  return table.toString();
}

/** Every character of the Basic Multilingual Plane the plain path accepts. */
function plainCharacters(): string[] {
  return Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => !/[\uD800-\uDFFF]/.test(ch) && isPlain(ch));
}

describe('plainTable: the bytes of cli-table3 for plain texts', () => {
  it('draws a forecast-like table as cli-table3 does (label wrapped at a word, right-aligned amounts)', () => {
    const head = ['', 'Année 1', 'Année 2'];
    const rows = [
      ['  Site WooCommerce (agence lyonnaise, thème et intégration Amazon)', '5\u202F500,00\u00A0€', ''],
      ['Total des besoins', '18\u202F596,22\u00A0€', '−12,5\u00A0%'],
    ];
    const drawn = plainTable(head, rows, [40, 14, 12], ['left', 'right', 'right']);
    expect(drawn).not.toBeNull();
    expect(drawn).toBe(cliTable(head, rows, [40, 14, 12], ['left', 'right', 'right']));
    expect(drawn!.split('\n')[2]).toBe('  Site WooCommerce (agence lyonnaise,      5\u202F500,00\u00A0€             ');
  });

  it('each accepted character is one column wide for cli-table3 (string-width, emoji-regex)', () => {
    const accepted = plainCharacters();
    expect(accepted.length).toBe(0x7e - 0x20 + 1 + (0x24f - 0xa0 + 1) + (0x2027 - 0x2010 + 1) + 1 + 1 + 4 + 1);
    for (const ch of accepted) {
      const rows = [[`${ch}x`, `a${ch}`]];
      expect(plainTable(['h', 'k'], rows, [4, 4], ['left', 'right']), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(cliTable(['h', 'k'], rows, [4, 4], ['left', 'right']));
    }
  });

  it('gives way to cli-table3 for colours, line breaks, tabs, emoji and wide characters', () => {
    for (const s of ['\u001b[1mgras\u001b[22m', 'a\nb', 'a\tb', '🙂', '中文', 'e\u0301']) {
      expect(isPlain(s)).toBe(false);
      expect(plainTable(['h'], [[s]], [10], ['left'])).toBeNull();
    }
    expect(plainTable(['h'], [['a']], [1], ['left'])).toBeNull();
  });

  it('matches cli-table3 on random tables (words, runs of spaces and no-break spaces, long words cut with …)', () => {
    const piece = fc.constantFrom('a', 'é', 'Œ', 'x', '’', '—', '€', '1', ',', ' ', '  ', '\u00A0', '\u202F', '…', '-', '(', ')');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    const table = fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.record({
        widths: fc.array(fc.integer({ min: 2, max: 16 }), { minLength: cols, maxLength: cols }),
        aligns: fc.array(fc.constantFrom('left' as const, 'right' as const), { minLength: cols, maxLength: cols }),
        head: fc.array(text, { minLength: cols, maxLength: cols }),
        rows: fc.array(fc.array(text, { minLength: cols, maxLength: cols }), { maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ widths, aligns, head, rows }) => {
        expect(plainTable(head, rows, widths, aligns)).toBe(cliTable(head, rows, widths, aligns));
      }),
      { numRuns: 500 },
    );
  });
});
