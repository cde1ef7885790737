/**
 * A value a document shows, or the visible placeholder that says what the project
 * file lacks (« [À compléter : …] »). Built in view models; templates render it
 * with the `field` helper, so a missing element never silently disappears.
 */
import type { Path } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { problem, type Problem } from '../diagnostics/problem.js';
import type { SourceMap } from '../io/yaml.js';
import { t, tCode, type Lang } from '../i18n/index.js';
import { excerpt, isFiller } from '../criteria/filler.js';

export type Field = { ok: true; text: string } | { ok: false; placeholder: string };

export const present = (text: string): Field => ({ ok: true, text });

export function fieldText(f: Field): string {
  return f.ok ? f.text : f.placeholder;
}

/**
 * Text of a value when it is a non-blank string that says something: a placeholder
 * (« à compléter », « TODO », « … »), lorem ipsum or « x x x » is never shown as
 * content (criteria/filler.ts, the same detector as `check`).
 */
export function given(v: string | undefined | null): string | null {
  return typeof v === 'string' && v.trim() !== '' && !isFiller(v) ? v.trim() : null;
}

/** The entries of a list that say something (`given`), trimmed: filler entries are left out. */
export function contentItems(values: readonly string[] | undefined | null): string[] {
  return (values ?? []).map(given).filter((v): v is string => v !== null);
}

/** A non-blank value that `given` refuses: filler written where the value belongs. */
export function fillerText(v: string | undefined | null): string | null {
  return typeof v === 'string' && v.trim() !== '' && isFiller(v) ? v : null;
}

/**
 * Collects what is missing while view models are built: one placeholder per
 * element, one warning per project-file path (listing the documents that need it),
 * located with the source map.
 */
export class MissingCollector {
  private readonly missing = new Map<string, { path: Path; element: string; code: string; docs: string[]; extra: Record<string, unknown> }>();

  constructor(
    private readonly lang: Lang,
    private readonly map: SourceMap,
  ) {}

  /** The value if given, else a placeholder naming `elementId` (a catalog id) and the path to fill. */
  need(value: string | null | undefined, path: Path, elementId: string, doc: string): Field {
    const v = given(value);
    if (v !== null) return present(v);
    // A placeholder written in the file (« à compléter ») leaves the same visible blank, with its own warning.
    const filler = fillerText(value);
    if (filler !== null) return this.placeholder(path, elementId, doc, 'legal.placeholder_text', { text: excerpt(filler) });
    return this.placeholder(path, elementId, doc);
  }

  /** Always a placeholder (the value exists but is not acceptable, or is not a string). */
  placeholder(path: Path, elementId: string, doc: string, code = 'legal.missing', extra: Record<string, unknown> = {}): Field {
    const key = `${code}|${formatPath(path)}`;
    const element = tCode(this.lang, elementId);
    const entry = this.missing.get(key);
    if (entry) {
      if (!entry.docs.includes(doc)) entry.docs.push(doc);
    } else this.missing.set(key, { path, element, code, docs: [doc], extra });
    return { ok: false, placeholder: t(this.lang, 'render.placeholder', { element, path: formatPath(path) }) };
  }

  /** A warning that does not come with a placeholder (a value replaced by the legal minimum…). */
  note(path: Path, code: string, doc: string, data: Record<string, unknown>): void {
    const key = `${code}|${formatPath(path)}`;
    const entry = this.missing.get(key);
    if (entry) {
      if (!entry.docs.includes(doc)) entry.docs.push(doc);
    } else this.missing.set(key, { path, element: '', code, docs: [doc], extra: data });
  }

  /** Warnings, in file order of first appearance; `docName` renders a document id. */
  problems(docName: (doc: string) => string): Problem[] {
    return [...this.missing.values()].map((m) =>
      problem(m.code, 'warning', formatPath(m.path), this.map.valueAt(m.path), {
        ...m.extra,
        ...(m.element ? { element: m.element } : {}),
        documents: m.docs.map(docName),
      }),
    );
  }
}
