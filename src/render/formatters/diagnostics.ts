/**
 * Formatters of diagnostics: pure functions returning strings, registered in one
 * map that also gives commander its `--format` choices.
 */
import { Chalk } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { t, type Lang } from '../../i18n/index.js';
import { visible } from '../../i18n/visible.js';

export interface FileDiagnostics {
  file: string;
  diagnostics: Diagnostic[];
}

interface FormatOptions {
  lang: Lang;
  color: boolean;
}

export type DiagnosticsFormatter = (results: FileDiagnostics[], opts: FormatOptions) => string;

export const SEVERITY_WORD: Record<Lang, Record<Diagnostic['severity'], string>> = {
  fr: { error: 'erreur', warning: 'attention', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** `file:line:col  error  message  (path)` then an indented hint: ESLint's "stylish", one line a problem. */
export const stylish: DiagnosticsFormatter = (results, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) {
      lines.push(c.green(t(lang, 'cli.summary_ok', { file: r.file })));
      continue;
    }
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      const sev = SEVERITY_WORD[lang][d.severity];
      const sevC = d.severity === 'error' ? c.red(sev) : d.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
      const where = d.path ? `  ${c.dim(`(${visible(d.path)})`)}` : '';
      lines.push(`${c.bold(`${visible(r.file)}:${d.line}:${d.column}`)}  ${sevC}  ${d.message}${where}`);
      if (d.hint) lines.push(`    ${c.dim(`↳ ${d.hint}`)}`);
    }
  }
  if (errors + warnings > 0) lines.push('', (errors > 0 ? c.red : c.yellow)(`${errors > 0 ? '✖' : '⚠'} ${t(lang, 'cli.summary_problems', { errors, warnings })}`));
  return `${lines.join('\n')}\n`;
};

/** Stable machine output: one object per file. */
const json: DiagnosticsFormatter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({
      file: r.file,
      valid: !r.diagnostics.some((d) => d.severity === 'error'),
      diagnostics: r.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        path: d.path,
        line: d.line,
        column: d.column,
        ...(d.hint ? { hint: d.hint } : {}),
      })),
    })),
    null,
    2,
  )}\n`;

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`. */
export function githubEscapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function githubEscapeProperty(s: string): string {
  return githubEscapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const github: DiagnosticsFormatter = (results) => {
  const lines: string[] = [];
  for (const r of results)
    for (const d of r.diagnostics) {
      const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const located = d.path ? `${d.message} (${d.path})` : d.message;
      // The hint says what to do: keep it, on the annotation's second line.
      const msg = d.hint ? `${located}\n${d.hint}` : located;
      lines.push(`::${level} file=${githubEscapeProperty(r.file)},line=${d.line},col=${d.column},title=${githubEscapeProperty(d.code)}::${githubEscapeData(msg)}`);
    }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export const diagnosticsFormatters = { stylish, json, github } satisfies Record<string, DiagnosticsFormatter>;
export type DiagnosticsFormat = keyof typeof diagnosticsFormatters;
