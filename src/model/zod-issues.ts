/**
 * Turn zod issues into located Problems (knip's `util/errors.ts` idea): one
 * problem per issue, at the line:column of the offending value, with message ids.
 */
import type * as z from 'zod';
import { formatPath, type Path } from '../diagnostics/diagnostic.js';
import { problem, type Problem } from '../diagnostics/problem.js';
import type { SourceMap } from '../io/yaml.js';
import { isDecimal } from './decimal.js';
import { closest } from './suggest.js';
import { full } from '../diagnostics/limits.js';

type AnyDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
};
const defOf = (s: z.ZodType): AnyDef => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

/** The object schema at a data path (unwrapping optional, default, pipe, array, record). */
function schemaAt(root: z.ZodType, path: Path): z.ZodType | undefined {
  let cur: z.ZodType | undefined = root;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let d = defOf(s);
    let x = s;
    while ((d.type === 'optional' || d.type === 'default' || d.type === 'pipe' || d.type === 'nullable' || d.type === 'prefault') && (d.innerType ?? d.in)) {
      x = (d.innerType ?? d.in)!;
      d = defOf(x);
    }
    return x;
  };
  for (const seg of path) {
    if (!cur) return undefined;
    const d = defOf(unwrap(cur));
    if (typeof seg === 'number') cur = d.type === 'array' ? d.element : undefined;
    else if (d.type === 'object') cur = d.shape?.[seg];
    else if (d.type === 'record') cur = d.valueType;
    else return undefined;
  }
  return cur ? unwrap(cur) : undefined;
}

export function knownKeys(root: z.ZodType, path: Path): string[] {
  const s = schemaAt(root, path);
  const d = s ? defOf(s) : undefined;
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

function valueAt(data: unknown, path: Path): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, seg) ? (cur as Record<string | number, unknown>)[seg] : undefined;
  }
  return cur;
}

/** How a found value is named in messages: `nombre 2024`, `texte « abc »`… kept language-neutral. */
function describeValue(v: unknown): string | null {
  if (v === null) return null;
  if (isDecimal(v)) return v.toString();
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[…]';
  if (typeof v === 'object') return '{…}';
  return String(v);
}

/**
 * The key written before each key of the mapping at `path` (the value a comma cut), in file order:
 * JavaScript lists integer-like keys (`90` of `price: 24,90`) before the others. Sorted once per
 * mapping, so that a mapping of many such keys costs n log n.
 */
function previousKeys(data: unknown, path: Path, map: SourceMap): (key: string) => string {
  const parent = valueAt(data, path);
  const offset = (k: string) => {
    const pos = map.keyAt([...path, k]);
    return pos.line * 1e6 + pos.column;
  };
  const ordered = (parent && typeof parent === 'object' ? Object.keys(parent) : []).map((k) => ({ k, at: offset(k) })).sort((x, y) => x.at - y.at);
  const before = new Map<string, string>();
  let last: string | undefined;
  for (const { k } of ordered) {
    if (last !== undefined) before.set(k, last);
    if (!map.isFragment([...path, k])) last = k;
  }
  return (key) => before.get(key) ?? key;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (isDecimal(v)) return 'number';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  if (typeof v === 'string') return 'text';
  return typeof v;
}

/**
 * `price: 24,90` or `rate: 4,5%` inside { … }: YAML reads `price: 24` then a key `90`. The number as
 * written (`4,5%`) and as it must be written (`4.5%`), when the key before holds a whole number.
 */
function decimalComma(data: unknown, path: Path, key: string, previousKey: (key: string) => string): { previous: string; found: string; suggestion: string; rate: boolean } | null {
  const digits = /^(\d+)\s*(%?)$/.exec(key);
  if (!digits) return null;
  const previous = previousKey(key);
  const whole = valueAt(data, [...path, previous]);
  if (previous === key || !isDecimal(whole) || !whole.isInteger()) return null;
  const unit = digits[2] ?? '';
  return { previous, found: `${whole.toString()},${digits[1]}${unit}`, suggestion: `${whole.toString()}.${digits[1]}${unit}`, rate: unit !== '' };
}

export function issuesToProblems(issues: readonly z.core.$ZodIssue[], data: unknown, map: SourceMap, root: z.ZodType): Problem[] {
  const out: Problem[] = [];
  /** Keys whose number a comma cut (`rate: 4` of `rate: 4,5%`): their own errors would advise a wrong value. */
  const cut = new Set<string>();
  for (const issue of issues) {
    const path = issue.path as Path;
    const where = formatPath(path);
    const value = valueAt(data, path);
    const parentExists = path.length === 0 || valueAt(data, path.slice(0, -1)) !== undefined;
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(root, path);
      const previousKey = previousKeys(data, path, map);
      for (const key of issue.keys) {
        const kp = [...path, key];
        const comma = decimalComma(data, path, key, previousKey);
        if (comma) {
          const { rate, ...said } = comma;
          out.push(problem(rate ? 'schema.decimal_comma_rate' : 'schema.decimal_comma', 'error', formatPath(kp), map.keyAt(kp), { key, ...said }));
          cut.add(formatPath([...path, comma.previous]));
          continue;
        }
        if (map.isFragment(kp)) {
          out.push(problem('schema.flow_comma', 'error', formatPath(kp), map.keyAt(kp), { key, previous: previousKey(key) }));
          continue;
        }
        const suggestion = full(out) ? undefined : closest(key, allowed);
        out.push(problem(suggestion ? 'schema.unknown_key_suggest' : 'schema.unknown_key', 'error', formatPath(kp), map.keyAt(kp), suggestion ? { key, suggestion } : { key, allowed }));
      }
      continue;
    }
    if (value === undefined && parentExists && issue.code !== 'too_small') {
      const key = path[path.length - 1];
      const parent = formatPath(path.slice(0, -1));
      out.push(problem(parent ? 'schema.required' : 'schema.required_top', 'error', where, map.valueAt(path.slice(0, -1)), parent ? { key: String(key ?? ''), parent } : { key: String(key ?? '') }));
      continue;
    }
    if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const found = typeof value === 'string' ? value : describeValue(value);
      const suggestion = typeof value === 'string' && !full(out) ? closest(value, allowed) : undefined;
      out.push(
        problem(suggestion ? 'value.not_in_enum_suggest' : 'value.not_in_enum', 'error', where, map.valueAt(path), {
          value: found,
          allowed,
          ...(suggestion ? { suggestion } : {}),
        }),
      );
      continue;
    }
    const id = issue.message.startsWith('value.') ? issue.message : issue.code === 'too_small' ? 'value.too_small' : issue.code === 'too_big' ? 'value.too_many' : 'schema.invalid';
    const params = (issue as { params?: Record<string, unknown> }).params ?? {};
    const info: Record<string, unknown> = { found: describeValue(value), kind: kindOf(value), ...params };
    if (issue.code === 'too_small' && 'minimum' in issue) info.min = String(issue.minimum);
    if (issue.code === 'too_big' && 'maximum' in issue) info.max = String(issue.maximum);
    if (id === 'schema.invalid') info.detail = issue.message;
    out.push(problem(id, 'error', where, map.valueAt(path), info));
  }
  return cut.size === 0 ? out : out.filter((p) => !cut.has(p.path));
}
