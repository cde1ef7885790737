/**
 * read → parse → validate: the one way every command gets a project.
 * Never throws on user input; everything wrong is a located Problem.
 */
import type * as z from 'zod';
import { problem, type Problem } from '../diagnostics/problem.js';
import { readSource, type SourceText } from '../io/source.js';
import { parseYaml, SourceMap } from '../io/yaml.js';
import { resolveLang, type Lang } from '../i18n/index.js';
import { ProjectFileSchema, type ProjectFile } from './schema.js';
import { semanticProblems } from './semantic.js';
import { issuesToProblems } from './zod-issues.js';
import { isDecimal } from './decimal.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { capProblems } from '../diagnostics/limits.js';

export interface Loaded {
  /** The display name of the file. */
  file: string;
  /** The valid project, when there is no error. */
  project?: ProjectFile;
  /** Positions of every key path, when the YAML parsed. */
  map: SourceMap;
  problems: Problem[];
  /** Language: the option, else the file's `locale`, else French. */
  lang: Lang;
  /** The file could not be read or is not YAML at all (exit 2), as opposed to invalid (exit 1). */
  unreadable: boolean;
  text?: string;
}

/** Validate already-read text. */
export function loadText(source: SourceText, langOption?: string): Loaded {
  const read = parseYaml(source.text);
  const { data, map } = read;
  // At most MAX_PROBLEMS problems a file (diagnostics/limits.ts), whatever their source.
  const problems = read.dropped ? capProblems(sortDiagnostics(read.problems), read.dropped) : read.problems;
  const base = { file: source.name, map, text: source.text };
  const fileLocale = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).locale : undefined;
  const lang = resolveLang(langOption, typeof fileLocale === 'string' ? fileLocale : undefined);
  if (problems.some((p) => p.severity === 'error')) return { ...base, problems, lang, unreadable: false };
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data) || isDecimal(data)) {
    const found = Array.isArray(data) ? 'list' : data === null || data === undefined ? 'empty' : 'scalar';
    return {
      ...base,
      problems: [...problems, problem('file.not_mapping', 'error', '', { line: 1, column: 1 }, { found })],
      lang,
      unreadable: false,
    };
  }
  // jitless: one parse per run does not repay compiling each object schema's fast path (≈ 40 ms at start-up).
  const parsed = ProjectFileSchema.safeParse(data, { jitless: true });
  if (!parsed.success) {
    const shape = issuesToProblems(parsed.error.issues, data, map, ProjectFileSchema as unknown as z.ZodType);
    return { ...base, problems: capProblems(sortDiagnostics([...problems, ...shape])), lang, unreadable: false };
  }
  const semantic = semanticProblems(parsed.data, map);
  const all = capProblems(sortDiagnostics([...problems, ...semantic]));
  const ok = !all.some((p) => p.severity === 'error');
  return ok ? { ...base, project: parsed.data, problems: all, lang, unreadable: false } : { ...base, problems: all, lang, unreadable: false };
}

/** Read and validate a file (`-` = stdin). */
export async function loadProject(file: string, langOption?: string, stdin?: () => Promise<Buffer>): Promise<Loaded> {
  const read = await readSource(file, stdin);
  if (!read.ok) return { file: read.name, map: new SourceMap(), problems: read.problems, lang: resolveLang(langOption), unreadable: true };
  return loadText(read.source, langOption);
}
