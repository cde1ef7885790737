/**
 * Turn `check`'s arguments (files, directories, glob patterns) into project files,
 * without a glob dependency (Node 20 has no fs.glob):
 * - a file is taken as given (a missing one is reported in its row);
 * - a directory is searched recursively for `*.ecomplan.yaml` / `*.ecomplan.yml`,
 *   and for other `*.yaml` / `*.yml` files whose first key is `ecomplan:`;
 * - a pattern with `*`, `**`, `?` or `{a,b}` is matched from its fixed leading
 *   directories (`class/**\/*.yaml`); quote it so that the shell does not expand it
 *   first (when it does, the files arrive one by one, which works too).
 * `node_modules` and hidden directories are skipped. The order is sorted, so the
 * output is deterministic.
 */
import type { Dirent } from 'node:fs';
import { type FileHandle, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A project file, with `base`: the directory named on the command line it was found in (a
 * directory input, or a glob's fixed folder), where `check` looks for the config; none for a
 * file named directly or stdin (then the working directory).
 */
export type Found = { file: string; base?: string } | { missing: string };

const GLOB_CHARS = /[*?{}[\]]/;
const PROJECT_NAME = /\.ecomplan\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;
const CONFIG_NAME = /^\.ecomplanrc\.ya?ml$/i;

function isGlob(input: string): boolean {
  return GLOB_CHARS.test(input);
}

/** A glob pattern as a regular expression over `/`-separated paths. */
function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((alt) =>
            alt
              .replace(/[.+^$()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
          )
          .join('|')})`;
        i = end;
      }
    } else re += ch.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || (e.name.startsWith('.') && e.isDirectory())) continue;
    const path = dir === '.' ? e.name : join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile()) out.push(path);
  }
}

/** Whether a `.yaml` file looks like a project file: its first key is `ecomplan:` (comments skipped). */
async function looksLikeProject(file: string): Promise<boolean> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(file, 'r');
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const text = buf
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#') && l.trim() !== '---');
    return first !== undefined && /^ecomplan\s*:/.test(first);
  } catch {
    return false;
  } finally {
    await fh?.close();
  }
}

async function projectsIn(dir: string): Promise<string[]> {
  const all: string[] = [];
  await walk(dir, all);
  const out: string[] = [];
  for (const f of all) {
    const name = f.split(/[\\/]/).pop() ?? f;
    if (CONFIG_NAME.test(name)) continue;
    if (PROJECT_NAME.test(name) || (YAML_NAME.test(name) && (await looksLikeProject(f)))) out.push(f);
  }
  return out;
}

/** The fixed leading folders of a glob pattern (`class/**\/*.yaml` → `class`), `.` when it starts with a wildcard. */
function globBase(pattern: string): string {
  const fixed: string[] = [];
  for (const s of pattern.replace(/\\/g, '/').split('/')) {
    if (isGlob(s)) break;
    fixed.push(s);
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

async function matchGlob(pattern: string): Promise<string[]> {
  const norm = pattern.replace(/\\/g, '/');
  const base = globBase(pattern);
  const re = globToRegExp(norm.replace(/^\.\//, ''));
  const all: string[] = [];
  await walk(base, all);
  return all.filter((f) => re.test(f.replace(/\\/g, '/').replace(/^\.\//, '')));
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The project files named by `inputs`, each once, in a stable order per input. */
export async function findProjects(inputs: readonly string[]): Promise<Found[]> {
  const out: Found[] = [];
  const seen = new Set<string>();
  const add = (file: string, base?: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push(base === undefined ? { file } : { file, base });
  };
  for (const input of inputs) {
    if (input === '-') {
      add(input);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      const found = (await projectsIn(input)).sort(byName);
      if (found.length === 0) out.push({ missing: input });
      for (const f of found) add(f, input);
    } else if (isGlob(input)) {
      const found = (await matchGlob(input)).sort(byName);
      if (found.length === 0) out.push({ missing: input });
      for (const f of found) add(f, globBase(input));
    } else add(input);
  }
  return out;
}
