/**
 * Where a criterion result points: at the evidence when it exists, else at the
 * place where the missing key belongs, so that an editor or a CI annotation jumps
 * to the line to write. The rule for an absent key (documented in docs/check.md):
 * - its parent exists and a later sibling (in the project-file order of keys) is
 *   present: the line of that sibling's key — insert the missing key just before it;
 * - no later sibling: a nested key goes under its parent, whose key line is given;
 * - an absent top-level section: its commented example (`# inventory:`, as `init` writes
 *   them) when there is one, else the top of the file — the same line in forecast, check
 *   and the dossier;
 * - a missing list item: the list's key line.
 */
import type * as z from 'zod';
import { formatPath, type Path } from '../diagnostics/diagnostic.js';
import type { Pos, SourceMap } from '../io/yaml.js';
import { ProjectFileSchema } from '../model/schema.js';
import { knownKeys } from '../model/zod-issues.js';
import type { Located } from './types.js';

const ROOT_SCHEMA = ProjectFileSchema as unknown as z.ZodType;

/** The last line of the file (the root value's end; a trailing newline ends on the next line's column 1). */
function endOfFile(map: SourceMap): Pos {
  const end = map.endAt([]);
  if (!end) return { line: 1, column: 1 };
  return { line: end.column === 1 && end.line > 1 ? end.line - 1 : end.line, column: 1 };
}

/** Position of what exists at `path`: its key line for a mapping entry, else its value. */
export function evidenceAt(map: SourceMap, path: Path): Pos {
  return map.keyAt(path);
}

/** Position of `path`, present or absent (see the rule above). */
function whereFor(map: SourceMap, path: Path): Pos {
  if (map.has(path)) return evidenceAt(map, path);
  let depth = path.length - 1;
  while (depth > 0 && !map.has(path.slice(0, depth))) depth--;
  const parent = path.slice(0, depth);
  const missing = path[depth];
  if (parent.length === 0 && typeof missing === 'string') return map.missingSectionAt(missing);
  if (typeof missing === 'string') {
    const order = knownKeys(ROOT_SCHEMA, parent);
    const after = order.slice(order.indexOf(missing) + 1);
    if (order.includes(missing)) {
      for (const sibling of after) if (map.has([...parent, sibling])) return map.keyAt([...parent, sibling]);
    }
    return parent.length === 0 ? endOfFile(map) : map.keyAt(parent);
  }
  return parent.length === 0 ? endOfFile(map) : map.keyAt(parent);
}

export function locate(map: SourceMap, path: Path): Located {
  const pos = whereFor(map, path);
  return { path: formatPath(path), line: pos.line, column: pos.column };
}
