/** The one shape of everything a user is told about a project file. */
export type Severity = 'error' | 'warning' | 'info';

export type Path = ReadonlyArray<string | number>;

export interface Diagnostic {
  /** Stable message id, e.g. `schema.unknown_key`. Tests assert it. */
  code: string;
  severity: Severity;
  /** The rendered message, in the language asked for. */
  message: string;
  /** Key path as written by users: `products[1].price` ('' for the whole file). */
  path: string;
  /** 1-based line and column of the offending value (or of where it belongs). */
  line: number;
  column: number;
  /** The file it is about (a display name: relative path or `<stdin>`). */
  file?: string;
  /** Interpolation data of the message (names, values, suggestions). */
  data?: Record<string, unknown>;
  /** One-line hint of how to fix it, rendered. */
  hint?: string;
}

/** Exit codes (cli.md): one table, set only by the launcher. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** The inverse of `formatPath`: `products[1].price` → ['products', 1, 'price'] ('' → []). */
export function parsePath(s: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of s.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** File order: by line, then column, then code (deterministic). */
export function sortDiagnostics<T extends Omit<Diagnostic, 'message'>>(diags: T[]): T[] {
  return [...diags].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.path.localeCompare(b.path));
}
