import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, escapeHtml, escapeMarkdown, safeHref, toCsv } from '../../src/render/escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['Atelier Lumière', 'Atelier Lumière'],
    ["Prêt d'honneur", "Prêt d'honneur"],
    ['Salon Maison & Objet', 'Salon Maison & Objet'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a \\| b'],
    ['*gras* et `code`', '\\*gras\\* et \\`code\\`'],
    ['[lien](javascript:x)', '\\[lien\\](javascript:x)'],
    ['rcs_or_rne', 'rcs_or_rne'],
    ['_souligné_', '\\_souligné\\_'],
    ['25$ et 40$', '25\\$ et 40\\$'],
    ['~~barré~~', '\\~\\~barré\\~\\~'],
    ['ligne 1\n- ligne 2', 'ligne 1 - ligne 2'],
    ['- puce', '\\- puce'],
    ['-8 % sur le prix', '-8 % sur le prix'],
    ['# titre', '\\# titre'],
    ['C# et F#', 'C# et F#'],
    ['1. premier', '1\\. premier'],
    ['2027. année', '2027\\. année'],
    ['{{constructor}}', '{{constructor}}'],
    ['back\\slash', 'back\\\\slash'],
    ['🕯️ bougie', '🕯️ bougie'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('never lets a tag, a line break or an unescaped pipe through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[<>\n\r]/);
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*\|/);
      }),
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that open tags, attributes and entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\`=`)).toBe('&lt;a href&#x3D;&quot;x&quot; title&#x3D;&#x27;y&#x27;&gt;&amp;&lt;/a&gt;&#x60;&#x3D;');
  });
});

describe('csv', () => {
  it('quotes separators, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('dit "oui"', ';')).toBe('"dit ""oui"""');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(
      toCsv(
        [
          ['x', 'y'],
          ['1', '2\n3'],
        ],
        ',',
      ),
    ).toBe('x,y\r\n1,"2\n3"\r\n');
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")', ';')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+33 1 02', ';')).toBe("'+33 1 02");
    expect(csvCell('@SUM(A1)', ';')).toBe("'@SUM(A1)");
    expect(csvCell('-8 %', ';')).toBe("'-8 %");
  });
});

describe('safeHref', () => {
  it('links only http(s) URLs', () => {
    expect(safeHref('https://www.cm2c.net')).toBe('https://www.cm2c.net');
    expect(safeHref('www.cnil.fr')).toBe('https://www.cnil.fr');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('https://x" onmouseover="a')).toBeNull();
  });
});
