/** Located warnings after the tables: stylish in a terminal, a list in Markdown. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { t, type Lang } from '../i18n/index.js';
import { escapeMarkdown } from './escape.js';
import { SEVERITY_WORD, stylish } from './formatters/diagnostics.js';

export function warningsText(file: string, diagnostics: readonly Diagnostic[], lang: Lang, color: boolean): string {
  if (diagnostics.length === 0) return `${t(lang, 'fc.no_warnings')}\n`;
  return stylish([{ file, diagnostics: [...diagnostics] }], { lang, color });
}

/** Messages may quote user text (a product name): escaped like every Markdown output. */
export function warningsMarkdown(diagnostics: readonly Diagnostic[], lang: Lang): string {
  if (diagnostics.length === 0) return `${t(lang, 'fc.no_warnings')}\n`;
  return `${diagnostics.map((d) => `- **${SEVERITY_WORD[lang][d.severity]}** (${t(lang, 'fc.line', { line: d.line })}) ${escapeMarkdown(d.message)}${d.path ? ` — \`${d.path}\`` : ''}${d.hint ? `  \n  ${escapeMarkdown(d.hint)}` : ''}`).join('\n')}\n`;
}
