/**
 * Words split across lines in table cells (issue 23, item 5): each word of the cells' text, measured
 * with a Range, must lie on one line. A word is what lies between ordinary spaces (a no-break space
 * joins: « 12,3 % » is one word), a line may also break after a hyphen or a slash.
 */
import type { Page } from 'playwright-core';

/** Header cells, and the status cells of the checklist (« ✔ validé »). */
export const HEADER_AND_STATUS_CELLS = 'table th, table[data-table^="criteria-"] td:first-child';

/** `table id: word (cell text)` for every word of the cells matched by `selector` that spans two lines or more. */
export function splitWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const out = [];
    for (const cell of document.querySelectorAll(${JSON.stringify(selector)})) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = /[^ \\t\\n\\r\\/-]+[\\/-]?/g;
        for (let m = words.exec(node.data); m; m = words.exec(node.data)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push((cell.closest('table')?.getAttribute('data-table') ?? '?') + ': ' + m[0] + ' (' + cell.textContent.trim() + ')');
        }
      }
    }
    return out;
  })()`);
}
