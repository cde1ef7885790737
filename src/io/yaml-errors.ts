/**
 * Put the YAML parser's errors into the words a newcomer needs, at the place to fix:
 * a tab in an indentation is one error at the tab (its cascade is dropped), an unclosed
 * `{`/`[` is shown where it was opened, a key indented deeper than its neighbour is shown on
 * its own line, a `%YAML 1.1` directive is refused (it would turn `yes` into a boolean).
 */
import { isCollection, isMap, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { capProblems, full } from '../diagnostics/limits.js';
import { problem, type Problem } from '../diagnostics/problem.js';

interface Pos {
  line: number;
  column: number;
}

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml.duplicate_key',
  TAB_AS_INDENT: 'yaml.tab',
};

/**
 * The parser's messages are English: the usual ones get a message id (`yaml.detail.*`) that
 * `localize` renders in the user's language; the code stays `yaml.syntax`. Others keep the
 * parser's words.
 */
const YAML_DETAILS: ReadonlyArray<{ code: string; message?: RegExp; id: string }> = [
  { code: 'BAD_INDENT', message: /^Flow map/, id: 'yaml.detail.unclosed_map' },
  { code: 'BAD_INDENT', message: /^Flow sequence/, id: 'yaml.detail.unclosed_seq' },
  { code: 'BAD_INDENT', id: 'yaml.detail.indent' },
  { code: 'MISSING_CHAR', message: /quote/, id: 'yaml.detail.unclosed_quote' },
  { code: 'MISSING_CHAR', message: /followed by map values/, id: 'yaml.detail.multiline_key' },
  { code: 'MULTILINE_IMPLICIT_KEY', id: 'yaml.detail.multiline_key' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', message: /^Nested mappings/, id: 'yaml.detail.colon_in_value' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', id: 'yaml.detail.indent' },
  { code: 'BAD_SCALAR_START', id: 'yaml.detail.reserved_start' },
  { code: 'BLOCK_IN_FLOW', id: 'yaml.detail.block_in_flow' },
  { code: 'UNEXPECTED_TOKEN', id: 'yaml.detail.unexpected' },
  { code: 'MULTIPLE_DOCS', id: 'yaml.detail.multiple_docs' },
  { code: 'BAD_DQ_ESCAPE', id: 'yaml.detail.bad_escape' },
];

function yamlDetail(code: string, message: string, text: string, offset: number): { detail_id?: string; char?: string } {
  const found = YAML_DETAILS.find((d) => d.code === code && (!d.message || d.message.test(message)));
  if (!found) return {};
  if (found.id !== 'yaml.detail.reserved_start') return { detail_id: found.id };
  // The character is the one written where the value starts (the parser's words vary: « … character % », « … block scalar indicator | »).
  const char = /\S/.exec(text.slice(offset, offset + 80))?.[0] ?? /character (\S)/.exec(message)?.[1];
  return char ? { detail_id: found.id, char } : {};
}

const indentOf = (line: string): number => /^ */.exec(line)![0].length;
const isContent = (line: string): boolean => line.trim() !== '' && !line.trim().startsWith('#');

/**
 * `key: value` followed by a line indented deeper (3 spaces instead of 2): the parser blames
 * the first line (« two : on one line »); the mistake is the deeper line's indentation.
 */
function overIndented(lines: readonly string[], line: number): Problem | undefined {
  const here = lines[line - 1];
  // `[^:#\s]` first: the spaces go to `\s*` alone, so a line of spaces costs one pass (issue 24).
  if (here === undefined || !/^\s*(- )?[^:#\s][^:#]*:\s+\S/.test(here)) return undefined;
  let next = line;
  while (next < lines.length && !isContent(lines[next]!)) next++;
  const below = lines[next];
  if (below === undefined || indentOf(below) <= indentOf(here)) return undefined;
  const expected = indentOf(here) + (/^\s*- /.test(here) ? 2 : 0);
  return problem(
    'yaml.syntax',
    'error',
    '',
    { line: next + 1, column: indentOf(below) + 1 },
    { detail: 'over-indented key', detail_id: 'yaml.detail.over_indented', found: indentOf(below), expected },
  );
}

/** The `{` or `[` an unclosed-flow error is about: the flow collection of that kind still open at the error. */
function unclosedOpening(doc: Document.Parsed, offset: number, map: boolean): number | undefined {
  let best: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (!isCollection(node) || !node.flow || !node.range || isMap(node) !== map) return;
      const [start, end] = node.range;
      if (start < offset && end >= offset && (best === undefined || start < best)) best = start;
    },
  });
  return best;
}

/** Located problems for a document with parser errors (or an unsupported YAML version). */
export function yamlErrorProblems(doc: Document.Parsed, errors: readonly YAMLError[], text: string, lineCounter: LineCounter, maxDepth: number): Problem[] {
  const pos = (offset: number): Pos => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  // A tab in an indentation: one error per tab line, nothing else (the rest is its cascade).
  const kept = tabs.length > 0 ? tabs : errors;
  const lines = text.split('\n');
  const out: Problem[] = [];
  const seen = new Set<string>();
  let more = 0;
  for (const err of kept) {
    // Beyond the limit of a file, errors are counted: each may cost a walk of the document (unclosedOpening).
    if (full(out)) {
      more++;
      continue;
    }
    const overflow = /call stack/i.test(err.message);
    const code = overflow ? 'yaml.too_deep' : (YAML_CODES[err.code] ?? 'yaml.syntax');
    const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    let p = problem(code, 'error', '', pos(err.pos[0]), {
      detail,
      max: maxDepth,
      ...(code === 'yaml.syntax' ? yamlDetail(err.code, detail, text, err.pos[0]) : {}),
    });
    if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') p = overIndented(lines, p.line) ?? p;
    if (err.code === 'BAD_INDENT' && /^Flow (map|sequence)/.test(detail)) {
      const open = unclosedOpening(doc, err.pos[0], detail.startsWith('Flow map'));
      if (open !== undefined) {
        const o = pos(open);
        p = problem('yaml.syntax', 'error', '', o, {
          detail,
          detail_id: detail.startsWith('Flow map') ? 'yaml.detail.unclosed_map_at' : 'yaml.detail.unclosed_seq_at',
          open_line: o.line,
          open_column: o.column,
          end_line: pos(err.pos[0]).line,
        });
      }
    }
    const key = `${p.line}:${p.code}`;
    if (tabs.length > 0 || !seen.has(key)) out.push(p);
    seen.add(key);
    if (overflow) break;
  }
  return more ? capProblems(out, more) : out;
}

/** `%YAML 1.1` turns `yes`/`no`/`on` into booleans and `010` into octal: only YAML 1.2 is read. */
export function versionProblem(doc: Document.Parsed, text: string): Problem | undefined {
  const yaml = doc.directives?.yaml;
  if (!yaml?.explicit || yaml.version === '1.2') return undefined;
  const line = text.split('\n').findIndex((l) => l.startsWith('%YAML')) + 1;
  return problem('yaml.version', 'error', '', { line: Math.max(line, 1), column: 1 }, { version: yaml.version });
}
