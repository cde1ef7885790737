/**
 * User text as a terminal or a CI log may show it (issue 24): control characters — C0 (line
 * breaks and tabs included), DEL, C1 — and the bidi controls that reorder what is shown (Trojan
 * Source) become visible escapes (`\x1B`, `\n`, `\u202E`). So a value, a key or a file name
 * cannot clear the screen, set the clipboard (OSC 52), hide a link (OSC 8) or start a line
 * `::error::` that GitHub Actions would run. Every human output shows user text through it:
 * messages (i18n `show`), paths and file names (stylish), table cells, Markdown.
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0');

export function visible(s: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(s)) return s;
  return s.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) <= 0x9f ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}
