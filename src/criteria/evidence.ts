/**
 * The evidence layer (issue 25): a criterion passes on what its texts say, not on
 * their presence. Every text of the evidence table (evidence-table.ts) is read
 * once per project; filler (filler.ts), copy-paste, texts under the trainer's
 * minimum of words and objectives without a figure become located gaps of the
 * criteria that read them. A criterion whose own check passes but whose texts do
 * not is partial — or fails when every text it stands on is filler or a copy.
 *
 * Linear in the size of the file: each text is tokenised once, copies are found
 * with one Map over normalised texts.
 */
import { formatPath, type Path } from '../diagnostics/diagnostic.js';
import type { SourceMap } from '../io/yaml.js';
import { EVIDENCE_TEXTS, patternSegments, type TextSpec } from './evidence-table.js';
import { copiesOf, excerpt, hasFigure, readText, type FillerReason, type TextKind } from './filler.js';
import { gap } from './helpers.js';
import type { CheckInput, GapSpec, Status, Thresholds, Verdict } from './types.js';

/** An item of a list takes part in the file-wide copy-paste check from this many words (a sentence, not a label). */
const SENTENCE_WORDS = 5;

export interface TextAt {
  path: Path;
  key: string;
  text: string;
  spec: TextSpec;
  line: number;
  column: number;
}

interface Reading {
  filler: FillerReason | null;
  words: number;
  /** Normalised words, for copy-paste. */
  key: string;
  /** The earlier text this one copies (file-wide or within its list). */
  copyOf?: TextAt;
  /** True when the copy is within one list or one `distinct` group. */
  inGroup?: boolean;
}

/** The criterion's verdict on its texts. */
interface TextVerdict {
  gaps: GapSpec[];
  /** Every text the criterion stands on is filler or a copy (none is its own content). */
  empty: boolean;
}

/** The minimum words of a kind of text (the trainer's thresholds). */
export function minWords(kind: TextKind, th: Thresholds): number {
  return kind === 'description' ? th.minWordsDescription : kind === 'statement' ? th.minWordsStatement : kind === 'item' ? th.minWordsItem : 0;
}

/** Every string at a pattern's places in the project, with its concrete path. */
function expand(root: unknown, segments: readonly string[], spec: TextSpec, map: SourceMap, out: TextAt[]): void {
  const walk = (value: unknown, i: number, path: Array<string | number>): void => {
    if (i === segments.length) {
      if (typeof value === 'string' && value.trim() !== '') {
        const pos = map.valueAt(path);
        out.push({ path: [...path], key: formatPath(path), text: value, spec, line: pos.line, column: pos.column });
      }
      return;
    }
    const seg = segments[i] as string;
    if (seg === '[]') {
      if (Array.isArray(value)) value.forEach((v, k) => walk(v, i + 1, [...path, k]));
    } else if (value !== null && typeof value === 'object' && Object.hasOwn(value, seg)) walk((value as Record<string, unknown>)[seg], i + 1, [...path, seg]);
  };
  walk(root, 0, []);
}

/** Every evidence text of the project, once each, in reading order (line, column). */
export function textsOf(input: Pick<CheckInput, 'project' | 'map'>): TextAt[] {
  const all: TextAt[] = [];
  const seen = new Set<string>();
  for (const specs of Object.values(EVIDENCE_TEXTS))
    for (const spec of specs) {
      const found: TextAt[] = [];
      expand(input.project, patternSegments(spec.at), spec, input.map, found);
      for (const t of found) {
        if (seen.has(t.key)) continue;
        seen.add(t.key);
        all.push(t);
      }
    }
  return all.sort((a, b) => a.line - b.line || a.column - b.column || a.key.localeCompare(b.key));
}

/** Prose and sentences are compared across the whole file; labels only within their list or group. */
function comparedFileWide(t: TextAt, r: Reading): boolean {
  if (t.spec.kind === 'field' || t.spec.repeats) return false;
  return t.spec.kind !== 'item' || r.words >= SENTENCE_WORDS;
}

/** The group a text must differ from: its list (`…[2]` → `…`) or its `distinct` pattern. */
function groupOf(t: TextAt): string | null {
  if (t.spec.distinct) return `#${t.spec.at}`;
  return typeof t.path[t.path.length - 1] === 'number' && t.spec.kind !== 'field' ? formatPath(t.path.slice(0, -1)) : null;
}

function markCopies(texts: readonly TextAt[], readings: Map<string, Reading>): void {
  const content = texts.filter((t) => readings.get(t.key)!.filler === null);
  const keys = content.map((t) => readings.get(t.key)!.key);
  const wide = content.map((t, i) => (comparedFileWide(t, readings.get(t.key)!) ? keys[i]! : ''));
  for (const [i, first] of copiesOf(wide)) readings.get(content[i]!.key)!.copyOf = content[first];
  const groups = new Map<string, number[]>();
  content.forEach((t, i) => {
    const g = groupOf(t);
    if (g === null) return;
    const members = groups.get(g);
    if (members) members.push(i);
    else groups.set(g, [i]);
  });
  for (const members of groups.values()) {
    for (const [k, first] of copiesOf(members.map((i) => keys[i]!))) {
      const r = readings.get(content[members[k]!]!.key)!;
      if (!r.copyOf) Object.assign(r, { copyOf: content[members[first]!], inGroup: true });
    }
  }
}

/** What the file's evidence texts say, read once. */
function readTexts(input: CheckInput): { texts: TextAt[]; readings: Map<string, Reading> } {
  const texts = textsOf(input);
  const readings = new Map<string, Reading>();
  for (const t of texts) readings.set(t.key, readText(t.text, t.spec.kind, true));
  markCopies(texts, readings);
  return { texts, readings };
}

function gapsOf(t: TextAt, r: Reading, th: Thresholds): GapSpec[] {
  const expects = t.spec.expects;
  if (r.filler) return [gap('gap.text_filler', t.path, { text: excerpt(t.text), reason: r.filler, expects })];
  if (r.copyOf) return [gap(r.inGroup ? 'gap.text_repeated' : 'gap.text_copied', t.path, { first: r.copyOf.key, line: r.copyOf.line, expects })];
  const out: GapSpec[] = [];
  const min = minWords(t.spec.kind, th);
  if (r.words < min) out.push(gap('gap.text_thin', t.path, { words: r.words, min, expects }));
  if (t.spec.figure && !hasFigure(t.text)) out.push(gap('gap.text_no_figure', t.path, { text: excerpt(t.text), expects }));
  return out;
}

/** Criterion ID → the gaps of its texts; computed once per project. */
export function judgeTexts(input: CheckInput): Map<string, TextVerdict> {
  const { texts, readings } = readTexts(input);
  const byPattern = new Map<TextSpec, TextAt[]>();
  for (const t of texts) {
    const list = byPattern.get(t.spec);
    if (list) list.push(t);
    else byPattern.set(t.spec, [t]);
  }
  const out = new Map<string, TextVerdict>();
  for (const [id, specs] of Object.entries(EVIDENCE_TEXTS)) {
    const mine = [...new Set(specs)].flatMap((s) => byPattern.get(s) ?? []).sort((a, b) => a.line - b.line || a.column - b.column);
    const gaps = mine.flatMap((t) => gapsOf(t, readings.get(t.key)!, input.config.thresholds));
    // Identity fields and supporting texts make a criterion partial, never a fail on their own.
    const core = mine.filter((t) => !t.spec.support && t.spec.kind !== 'field');
    const empty = core.length > 0 && core.every((t) => readings.get(t.key)!.filler !== null || readings.get(t.key)!.copyOf !== undefined);
    out.set(id, { gaps, empty });
  }
  return out;
}

/** A criterion's verdict with what its texts say: partial on a weak text, fail when none is content. */
export function withTexts(v: Verdict, texts: TextVerdict | undefined): Verdict {
  if (!texts || texts.gaps.length === 0) return v;
  const status: Status = v.status === 'fail' || texts.empty ? 'fail' : 'partial';
  return { ...v, status, gaps: [...v.gaps, ...texts.gaps] };
}
