import { t, tCode, hasMessage, type Lang } from '../i18n/index.js';
import { sortDiagnostics, type Diagnostic, type Severity } from './diagnostic.js';

/** A diagnostic before it is put into words: code + data, rendered later in the user's language. */
export type Problem = Omit<Diagnostic, 'message' | 'hint'>;

export function problem(code: string, severity: Severity, path: string, pos: { line: number; column: number }, data?: Record<string, unknown>): Problem {
  return data ? { code, severity, path, line: pos.line, column: pos.column, data } : { code, severity, path, line: pos.line, column: pos.column };
}

/**
 * Render messages and hints (`<code>.hint` in the catalog) in `lang`. A `detail_id` in the
 * data names a catalog message that replaces `detail` (a YAML parser message, in English).
 */
export function localize(problems: readonly Problem[], lang: Lang): Diagnostic[] {
  return problems.map((p) => {
    const given = p.data ?? {};
    // An empty value (`price:`) is shown in words, never as « null ».
    const raw =
      given.found === null || given.value === null
        ? {
            ...given,
            ...(given.found === null ? { found: t(lang, 'found.nothing') } : {}),
            ...(given.value === null ? { value: t(lang, 'found.nothing') } : {}),
          }
        : given;
    const data = typeof raw.detail_id === 'string' && hasMessage(raw.detail_id) ? { ...raw, detail: tCode(lang, raw.detail_id, raw) } : raw;
    const d: Diagnostic = { ...p, message: tCode(lang, p.code, data) };
    if (hasMessage(`${p.code}.hint`)) d.hint = tCode(lang, `${p.code}.hint`, data);
    return d;
  });
}

/** Rendered diagnostics of one file, tagged with its name and in file order. */
export function localizeFile(problems: readonly Problem[], lang: Lang, file: string): Diagnostic[] {
  return sortDiagnostics(localize(problems, lang).map((d) => ({ ...d, file })));
}
