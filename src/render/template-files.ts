/** The template files of a renderer (`name.hbs`, `name.<format>.hbs`), Markdown escaping of their `{{x}}`, and the tidying of their output. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { OutputFormat } from './handlebars.js';

export interface TemplateFile {
  path: string;
  /** true when the file is specific to the renderer's format. */
  specific: boolean;
}

const FORMATS: readonly OutputFormat[] = ['html', 'md'];

export function listTemplates(dir: string, format: OutputFormat): Map<string, TemplateFile> {
  const found = new Map<string, TemplateFile>();
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(d, e);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      if (!e.endsWith('.hbs')) continue;
      let name = relative(dir, full).split(sep).join('/').slice(0, -'.hbs'.length);
      let specific = false;
      const suffix = FORMATS.find((f) => name.endsWith(`.${f}`));
      if (suffix) {
        if (suffix !== format) continue;
        name = name.slice(0, -(suffix.length + 1));
        specific = true;
      }
      const prev = found.get(name);
      if (!prev || (specific && !prev.specific)) found.set(name, { path: full, specific });
    }
  };
  walk(dir);
  return found;
}

export const ESCAPED_MUSTACHE_HELPER = '__md';

/**
 * Rewrite every escaped `{{…}}` of a Markdown template into `{{{__md …}}}`, so that
 * Handlebars' HTML escaping is replaced by Markdown escaping. `{{{…}}}` stays raw.
 */
export function markdownEscaping(program: hbs.AST.Program, helpers: Record<string, unknown>): hbs.AST.Program {
  const visitProgram = (p: hbs.AST.Program | undefined): void => {
    if (!p) return;
    p.body = p.body.map((s) => {
      if (s.type === 'BlockStatement' || s.type === 'PartialBlockStatement' || s.type === 'DecoratorBlock') {
        const b = s as hbs.AST.BlockStatement;
        visitProgram(b.program);
        visitProgram(b.inverse);
        return s;
      }
      if (s.type !== 'MustacheStatement') return s;
      const m = s as hbs.AST.MustacheStatement;
      if (!m.escaped) return m;
      const path = m.path as hbs.AST.PathExpression;
      const isHelperCall = m.params.length > 0 || Boolean(m.hash) || (path.type === 'PathExpression' && path.parts.length === 1 && !path.data && path.parts[0]! in helpers);
      const param: hbs.AST.Expression = isHelperCall ? ({ type: 'SubExpression', path: m.path, params: m.params, hash: m.hash, loc: m.loc } as hbs.AST.SubExpression) : m.path;
      const helper: hbs.AST.PathExpression = {
        type: 'PathExpression',
        data: false,
        depth: 0,
        parts: [ESCAPED_MUSTACHE_HELPER],
        original: ESCAPED_MUSTACHE_HELPER,
        loc: m.loc,
      };
      return {
        ...m,
        path: helper,
        params: [param],
        hash: undefined as unknown as hbs.AST.Hash,
        escaped: false,
      } as hbs.AST.MustacheStatement;
    });
  };
  visitProgram(program);
  return program;
}

/** Markdown: no indentation from templates, no trailing spaces, at most one blank line. */
export function tidyMarkdown(s: string): string {
  const lines = s.split('\n').map((l) => l.replace(/^[ \t]+/, '').replace(/[ \t]+$/, ''));
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** HTML: drop the blank lines left by template control structures. */
export function tidyHtml(s: string): string {
  return `${s
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .filter((l) => l.trim() !== '')
    .join('\n')}\n`;
}

/** French guillemets never part from their text at a line end (HTML and the PDF printed from it): « x » with no-break spaces. */
export const keepGuillemets = (s: string): string => s.replace(/« /g, '«\u00A0').replace(/ »/g, '\u00A0»');

// ASCII whitespace only: no-break spaces of French typography (U+00A0, U+202F) must survive.
export const collapse = (s: string): string => s.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
