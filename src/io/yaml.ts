/**
 * Parse YAML text into plain data with source positions. Numbers become exact
 * Decimals built from the characters written (`24.90` is 24.90, never a float).
 * Every YAML problem (syntax, duplicate key, tab, alias bomb, depth) becomes a
 * located Problem; nothing here throws on user input.
 */
import { Alias, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type ParsedNode } from 'yaml';
import { Decimal } from '../model/decimal.js';
import { formatPath, type Path } from '../diagnostics/diagnostic.js';
import { problem, type Problem } from '../diagnostics/problem.js';

export interface Pos {
  line: number;
  column: number;
}

/** Where each key path sits in the file: the value's start and, for map entries, the key's. */
export class SourceMap {
  private readonly values = new Map<string, Pos>();
  private readonly keys = new Map<string, Pos>();
  private readonly ends = new Map<string, Pos>();

  set(path: Path, value: Pos, key?: Pos, end?: Pos): void {
    const k = formatPath(path);
    this.values.set(k, value);
    if (key) this.keys.set(k, key);
    if (end) this.ends.set(k, end);
  }

  /** Position of the value at `path`, or of its nearest ancestor that exists. */
  valueAt(path: Path): Pos {
    for (let n = path.length; n >= 0; n--) {
      const found = this.values.get(formatPath(path.slice(0, n)));
      if (found) return found;
    }
    return { line: 1, column: 1 };
  }

  /** Position of the key at `path` (for unknown keys), else of its value. */
  keyAt(path: Path): Pos {
    return this.keys.get(formatPath(path)) ?? this.valueAt(path);
  }

  has(path: Path): boolean {
    return this.values.has(formatPath(path));
  }

  /** Where the value at `path` ends (for the root: the end of the file), if it exists. */
  endAt(path: Path): Pos | undefined {
    return this.ends.get(formatPath(path));
  }
}

export interface ParsedYaml {
  data: unknown;
  map: SourceMap;
  problems: Problem[];
}

export const MAX_DEPTH = 64;
export const MAX_NODES = 200_000;

const PLAIN_DECIMAL = /^[-+]?(\d[\d_]*\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

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

function yamlDetail(code: string, message: string): { detail_id?: string; char?: string } {
  const found = YAML_DETAILS.find((d) => d.code === code && (!d.message || d.message.test(message)));
  if (!found) return {};
  const char = /reserved character (.)/.exec(message)?.[1];
  return char ? { detail_id: found.id, char } : { detail_id: found.id };
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const map = new SourceMap();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, keepSourceTokens: false, stringKeys: false });
  } catch (e) {
    // The parser recurses; absurdly deep input overflows the stack.
    problems.push(problem(e instanceof RangeError ? 'yaml.too_deep' : 'yaml.syntax', 'error', '', { line: 1, column: 1 }, { max: MAX_DEPTH, detail: String((e as Error).message ?? e) }));
    return { data: undefined, map, problems };
  }
  const pos = (offset: number): Pos => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };

  for (const err of doc.errors) {
    const overflow = /call stack/i.test(err.message);
    const code = overflow ? 'yaml.too_deep' : YAML_CODES[err.code] ?? 'yaml.syntax';
    const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push(problem(code, 'error', '', pos(err.pos[0]), { detail, max: MAX_DEPTH, ...(code === 'yaml.syntax' ? yamlDetail(err.code, detail) : {}) }));
    if (overflow) break;
  }
  if (problems.length > 0) return { data: undefined, map, problems };
  for (const w of doc.warnings) {
    problems.push(problem('yaml.warning', 'warning', '', pos(w.pos[0]), { detail: w.message.split('\n')[0] }));
  }

  let nodes = 0;
  let stopped = false;
  // `via`: the first alias on the way to this node, where an expansion problem is reported.
  const convert = (node: Node | null | undefined, path: Path, depth: number, keyPos?: Pos, via?: { path: Path; pos: Pos }): unknown => {
    if (stopped) return undefined;
    if (++nodes > MAX_NODES) {
      stopped = true;
      const at = via ?? { path, pos: node?.range ? pos(node.range[0]) : { line: 1, column: 1 } };
      problems.push(problem('yaml.too_many_nodes', 'error', formatPath(at.path), at.pos, { max: MAX_NODES }));
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      stopped = true;
      problems.push(problem('yaml.too_deep', 'error', formatPath(path), node?.range ? pos(node.range[0]) : { line: 1, column: 1 }, { max: MAX_DEPTH }));
      return undefined;
    }
    if (node === null || node === undefined) return null;
    const start = node.range ? pos(node.range[0]) : keyPos ?? { line: 1, column: 1 };
    const end = node.range ? pos(node.range[1]) : undefined;
    map.set(path, start, keyPos, end);
    if (isAlias(node)) {
      const target = (node as Alias).resolve(doc);
      if (!target) {
        problems.push(problem('yaml.syntax', 'error', formatPath(path), start, { detail: `unresolved alias *${(node as Alias).source}` }));
        return undefined;
      }
      return convert(target as Node, path, depth + 1, keyPos, via ?? { path, pos: start });
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'number' || typeof v === 'bigint') {
        const src = String(node.source ?? v).trim();
        if (!PLAIN_DECIMAL.test(src)) {
          problems.push(problem('yaml.unsupported_number', 'error', formatPath(path), start, { value: src }));
          return undefined;
        }
        return new Decimal(src.replace(/_/g, ''));
      }
      return v;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as ParsedNode | null;
        const kPos = keyNode?.range ? pos(keyNode.range[0]) : start;
        if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number' && typeof keyNode.value !== 'boolean')) {
          problems.push(problem('yaml.complex_key', 'error', formatPath(path), kPos));
          continue;
        }
        const key = String(keyNode.source ?? keyNode.value);
        const childPath = [...path, key];
        const value = convert(pair.value as Node | null, childPath, depth + 1, kPos, via);
        if (!(pair.value as Node | null)?.range) map.set(childPath, kPos, kPos);
        // defineProperty: a key named __proto__ is data, not a prototype change.
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => convert(item as Node | null, [...path, i], depth + 1, undefined, via));
    }
    return undefined;
  };
  const data = convert(doc.contents as Node | null, [], 0);
  return { data, map, problems };
}
