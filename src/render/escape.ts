import { visible } from '../i18n/visible.js';

/**
 * Escaping of user text for each output format. User text is data: it is escaped
 * where it is written, never compiled as a template, so `<script>`, `{{` or `|`
 * in a project name show as themselves.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Text or attribute value in HTML: the same characters and entities as Handlebars' `{{ }}`, so all output reads alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c] ?? c);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Inline text in GitHub-flavoured Markdown: shows exactly the characters given.
 * Newlines become spaces (a cell, a list item or a heading holds one line);
 * emphasis, code, links, tables, strikethrough, math (`$`) and HTML are neutralised;
 * a leading list, heading or quote marker is escaped. Characters that mean nothing
 * in their position are left alone so that French prose stays readable.
 */
export function escapeMarkdown(input: string): string {
  // Other control characters and bidi overrides become visible escapes (a Markdown file is read in terminals too).
  const s = visible(input.replace(/\r\n?|\n/g, ' '));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '[':
      case ']':
      case '|':
      case '~':
      case '$':
        out += `\\${c}`;
        break;
      case '_': {
        // An underscore inside a word never starts emphasis (CommonMark flanking rules): keep `rcs_or_rne` readable.
        const inWord = i > 0 && i < s.length - 1 && WORD.test(s[i - 1] as string) && WORD.test(s[i + 1] as string);
        out += inWord ? '_' : '\\_';
        break;
      }
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '&':
        out += /^&#?[a-zA-Z0-9]+;/.test(s.slice(i)) ? '&amp;' : '&';
        break;
      default:
        out += c;
    }
  }
  // Block markers only matter at the start of a line, i.e. at the start of the text.
  return out
    .replace(/^(\s*)([-+=])(?=\s|$|[-=])/, '$1\\$2')
    .replace(/^(\s*)(#{1,6})(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A number as our CSV outputs write it (`-12.50`, `94,2`): a spreadsheet reads it as a number, never as a formula. */
const CSV_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * One CSV cell (RFC 4180): quoted when needed; a cell a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR at the start) is prefixed with `'` (OWASP CSV injection),
 * unless it is a plain number. Every CSV of every command is written by `toCsv` (issue 24).
 */
export function csvCell(value: string, separator: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !CSV_NUMBER.test(v)) v = `'${v}`;
  if (v.includes(separator) || /["\r\n]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

/** A CSV document: CRLF line ends (RFC 4180). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>, separator: string): string {
  return `${rows.map((r) => r.map((c) => csvCell(c, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** Only http(s) URLs become links: a `javascript:` URL in a project file stays text. */
export function safeHref(url: string | undefined | null): string | null {
  if (!url) return null;
  const u = url.trim();
  if (/^https?:\/\/[^\s<>"']+$/i.test(u)) return u;
  if (/^www\.[^\s<>"']+$/i.test(u)) return `https://${u}`;
  return null;
}
