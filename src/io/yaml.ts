/**
 * Parse YAML text into plain data with source positions. Numbers become exact
 * Decimals built from the characters written (`24.90` is 24.90, never a float).
 * Every YAML problem (syntax, duplicate key, tab, alias bomb, depth) becomes a
 * located Problem; nothing here throws on user input.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type ParsedNode, type YAMLMap } from 'yaml';
import { Decimal } from '../model/decimal.js';
import { formatPath, type Path } from '../diagnostics/diagnostic.js';
import { problem, type Problem } from '../diagnostics/problem.js';
import { full } from '../diagnostics/limits.js';
import { versionProblem, yamlErrorProblems } from './yaml-errors.js';

export interface Pos {
  line: number;
  column: number;
}

/** Where each key path sits in the file: the value's start and, for map entries, the key's. */
export class SourceMap {
  private readonly values = new Map<string, Pos>();
  private readonly keys = new Map<string, Pos>();
  private readonly ends = new Map<string, Pos>();
  private readonly fragments = new Set<string>();
  private readonly commented = new Map<string, Pos>();

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

  /** A top-level key written in a comment (`# inventory:`): `init`'s example of a section. */
  setCommentedSection(key: string, pos: Pos): void {
    if (!this.commented.has(key)) this.commented.set(key, pos);
  }

  /**
   * Where an absent top-level section is pointed at, by every command alike: its commented
   * example when the file has one, else the top of the file.
   */
  missingSectionAt(key: string): Pos {
    return this.commented.get(key) ?? { line: 1, column: 1 };
  }

  /** A key without value inside `{ … }`: a piece of text cut by a comma. */
  markFragment(path: Path): void {
    this.fragments.add(formatPath(path));
  }

  isFragment(path: Path): boolean {
    return this.fragments.has(formatPath(path));
  }

  /** Where the value at `path` ends (for the root: the end of the file), if it exists. */
  endAt(path: Path): Pos | undefined {
    return this.ends.get(formatPath(path));
  }
}

/**
 * The node each alias stands for, found in one pass over the document (the last anchor of
 * that name before the alias). `Alias.resolve` walks the whole document for each alias:
 * thousands of aliases in a large file cost minutes.
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

export interface ParsedYaml {
  data: unknown;
  map: SourceMap;
  problems: Problem[];
  /** Problems counted but not listed, beyond the limit of a file (diagnostics/limits.ts). */
  dropped?: number;
}

const MAX_DEPTH = 64;
const MAX_NODES = 200_000;

const PLAIN_DECIMAL = /^[-+]?(\d[\d_]*\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function parseYaml(source: string): ParsedYaml {
  // YAML line breaks are LF, CRLF or a lone CR (old Mac files): the parser knows only the first two.
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const map = new SourceMap();
  text.split('\n').forEach((line, i) => {
    const key = /^#\s?([a-z_]+):/.exec(line)?.[1];
    if (key) map.setCommentedSection(key, { line: i + 1, column: 1 });
  });
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      // Duplicate keys are found while converting, with a Set: the parser's check compares each key with every other (issue 24).
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      keepSourceTokens: false,
      stringKeys: false,
    });
  } catch (e) {
    // The parser recurses; absurdly deep input overflows the stack.
    problems.push(problem(e instanceof RangeError ? 'yaml.too_deep' : 'yaml.syntax', 'error', '', { line: 1, column: 1 }, { max: MAX_DEPTH, detail: String((e as Error).message ?? e) }));
    return { data: undefined, map, problems };
  }
  const pos = (offset: number): Pos => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };

  const version = versionProblem(doc, text);
  if (version) problems.push(version);
  problems.push(...yamlErrorProblems(doc, doc.errors, text, lineCounter, MAX_DEPTH));
  if (problems.length > 0) return { data: undefined, map, problems };
  for (const w of doc.warnings) {
    problems.push(problem('yaml.warning', 'warning', '', pos(w.pos[0]), { detail: w.message.split('\n')[0] }));
  }

  // No `*` in the text, no alias: the walk that finds their anchors is skipped.
  const targets = text.includes('*') ? aliasTargets(doc) : new Map<Alias, Node>();
  const state: ConvertState = { problems, map, targets, pos, nodes: 0, stopped: false, dropped: 0 };
  const data = convertNode(state, doc.contents as Node | null, [], 0);
  return state.dropped ? { data, map, problems, dropped: state.dropped } : { data, map, problems };
}

/** What the conversion of one document shares across nodes: where problems and positions go, and the node budget. */
interface ConvertState {
  problems: Problem[];
  map: SourceMap;
  targets: Map<Alias, Node>;
  pos: (offset: number) => Pos;
  nodes: number;
  stopped: boolean;
  /** Duplicate keys beyond the limit of problems: counted, not listed. */
  dropped: number;
}

/** Where an alias copies content: the first alias on the way to a node, where an expansion problem is reported. */
interface Via {
  path: Path;
  pos: Pos;
}

function convertNode(s: ConvertState, node: Node | null | undefined, path: Path, depth: number, keyPos?: Pos, via?: Via): unknown {
  const { problems, map, pos } = s;
  if (s.stopped) return undefined;
  if (++s.nodes > MAX_NODES) {
    s.stopped = true;
    const at = via ?? { path, pos: node?.range ? pos(node.range[0]) : { line: 1, column: 1 } };
    problems.push(problem('yaml.too_many_nodes', 'error', formatPath(at.path), at.pos, { max: MAX_NODES }));
    return undefined;
  }
  if (depth > MAX_DEPTH) {
    s.stopped = true;
    problems.push(problem('yaml.too_deep', 'error', formatPath(path), node?.range ? pos(node.range[0]) : { line: 1, column: 1 }, { max: MAX_DEPTH }));
    return undefined;
  }
  if (node === null || node === undefined) return null;
  // Content copied by an alias is located at the alias, where the copy is made.
  const start = via ? via.pos : node.range ? pos(node.range[0]) : (keyPos ?? { line: 1, column: 1 });
  const end = via ? undefined : node.range ? pos(node.range[1]) : undefined;
  // Inside a copy, every position is the alias's (found through the nearest ancestor): no entry per copied value.
  if (!via) map.set(path, start, keyPos, end);
  if (isAlias(node)) {
    const target = s.targets.get(node as Alias);
    if (!target) {
      problems.push(
        problem('yaml.syntax', 'error', formatPath(path), start, {
          detail: `unresolved alias *${(node as Alias).source}`,
          detail_id: 'yaml.detail.unresolved_alias',
          alias: (node as Alias).source,
        }),
      );
      return undefined;
    }
    return convertNode(s, target as Node, path, depth + 1, keyPos, via ?? { path, pos: start });
  }
  if (isScalar(node)) return convertScalar(s, node.value, node.source, path, start);
  if (isMap(node)) return convertMap(s, node, path, depth, start, via);
  if (isSeq(node)) {
    return node.items.map((item, i) => convertNode(s, item as Node | null, [...path, i], depth + 1, undefined, via));
  }
  return undefined;
}

/** A number becomes a Decimal built from the characters written; other scalars stay as parsed. */
function convertScalar(s: ConvertState, v: unknown, source: string | undefined, path: Path, start: Pos): unknown {
  if (typeof v === 'number' || typeof v === 'bigint') {
    const src = String(source ?? v).trim();
    if (!PLAIN_DECIMAL.test(src)) {
      s.problems.push(problem('yaml.unsupported_number', 'error', formatPath(path), start, { value: src }));
      return undefined;
    }
    return new Decimal(src.replace(/_/g, ''));
  }
  return v;
}

function convertMap(s: ConvertState, node: YAMLMap, path: Path, depth: number, start: Pos, via: Via | undefined): Record<string, unknown> {
  const { problems, map, pos } = s;
  const out: Record<string, unknown> = {};
  for (const pair of node.items) {
    const keyNode = pair.key as ParsedNode | null;
    const kPos = !via && keyNode?.range ? pos(keyNode.range[0]) : start;
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number' && typeof keyNode.value !== 'boolean')) {
      problems.push(problem('yaml.complex_key', 'error', formatPath(path), kPos));
      continue;
    }
    const key = String(keyNode.source ?? keyNode.value);
    const childPath = [...path, key];
    // `__proto__` cannot be a key of the plain objects validation builds (zod drops it silently).
    if (key === '__proto__') {
      problems.push(problem('yaml.reserved_key', 'error', formatPath(childPath), kPos, { key }));
      continue;
    }
    // The same key twice: the first value stays; reported once, at the original (not again in an alias's copy).
    if (Object.hasOwn(out, key)) {
      if (!via && full(problems)) s.dropped++;
      else if (!via) problems.push(problem('yaml.duplicate_key', 'error', formatPath(childPath), kPos, { key }));
      continue;
    }
    const value = convertNode(s, pair.value as Node | null, childPath, depth + 1, kPos, via);
    if (!via && !(pair.value as Node | null)?.range) map.set(childPath, kPos, kPos);
    // `{ address: 2 rue X, 59100 Roubaix }`: a comma ended the value, the rest became a key.
    if (node.flow && pair.value === null) map.markFragment(childPath);
    // defineProperty: data never changes a prototype, whatever the key.
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
