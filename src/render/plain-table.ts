/**
 * The terminal tables of `sectionToTable`, drawn without cli-table3 when every text is plain:
 * the same bytes as cli-table3 with the options sectionToTable gives it (no border but the top
 * rule, no left padding, one space on the right, fixed column widths, word wrap), for texts
 * without ANSI codes or line breaks, made of characters one column wide. cli-table3 measures
 * each cell many times through string-width (≈ 10 000 calls, 60–80 ms for a forecast); here a
 * plain text's width is its length. Colours or other characters go to cli-table3
 * (test/render/plain-table.test.ts compares both on random tables).
 */

/**
 * Characters string-width counts as one column and emoji-regex never matches: printable ASCII,
 * Latin-1 and Latin Extended-A/B, general punctuation up to `…` (dashes, quotes), the narrow
 * no-break space, `€`, simple arrows and the minus sign. No control character, no line break.
 */
const PLAIN = /^[\x20-\x7E\u00A0-\u024F\u2010-\u2027\u202F\u20AC\u2190-\u2193\u2212]*$/;

/** Whether cli-table3 would measure `s` as `s.length` columns. */
export function isPlain(s: string): boolean {
  return PLAIN.test(s);
}

/** cli-table3's word wrap (utils.wordWrap), widths being lengths. */
function wordWrap(max: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i]!;
    let newLength = lineLength + word.length;
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > max) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = word.length;
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

/** One line of a cell, `width` columns: the text cut with `…` when too long, aligned, one space on the right. */
function cellLine(text: string | undefined, width: number, align: 'left' | 'right'): string {
  if (text === undefined) return ' '.repeat(width);
  const room = width - 1;
  const fitted = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
  const padding = ' '.repeat(room - fitted.length);
  return `${align === 'right' ? padding + fitted : fitted + padding} `;
}

/**
 * The table as cli-table3 draws it, or null when a text is not plain or a column is narrower
 * than 2 (then cli-table3 draws it).
 */
export function plainTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, colWidths: readonly number[], aligns: ReadonlyArray<'left' | 'right'>): string | null {
  const all = [head, ...rows];
  if (colWidths.some((w) => w < 2) || all.some((r) => r.length !== colWidths.length || !r.every(isPlain))) return null;
  const out = [colWidths.map((w) => '─'.repeat(w)).join('')];
  for (const row of all) {
    const cells = row.map((text, x) => wordWrap(colWidths[x]! - 1, text));
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let n = 0; n < height; n++) out.push(cells.map((c, x) => cellLine(c[n], colWidths[x]!, aligns[x]!)).join(''));
  }
  return out.join('\n');
}
