/** Write files atomically (temporary file + rename), never replacing a user's file without `force`. */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile, stat, unlink } from 'node:fs/promises';
import { dirname, basename, join, relative } from 'node:path';
import { EcomplanError } from '../diagnostics/errors.js';
import { EXIT } from '../diagnostics/diagnostic.js';
import { t, tCode, type Lang } from '../i18n/index.js';

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (st) => st.isDirectory(),
    () => false,
  );
}

export function outputExistsError(path: string, lang: Lang): EcomplanError {
  return new EcomplanError(t(lang, 'cli.output_exists', { file: path }), { exitCode: EXIT.usage, hint: t(lang, 'cli.output_exists.hint') });
}

/** Why a path cannot be written, for the errors a user causes (a wrong -o), by Node's error code. */
const WRITE_REASONS: Record<string, string> = {
  EEXIST: 'cli.write_failed.not_a_folder',
  ENOTDIR: 'cli.write_failed.not_a_folder',
  EISDIR: 'cli.write_failed.is_folder',
  EACCES: 'cli.write_failed.permission',
  EPERM: 'cli.write_failed.permission',
  EROFS: 'cli.write_failed.read_only',
  ENOSPC: 'cli.write_failed.no_space',
};

function writeError(path: string, e: unknown, lang: Lang): unknown {
  const reason = WRITE_REASONS[(e as NodeJS.ErrnoException)?.code ?? ''];
  if (!reason) return e;
  return new EcomplanError(t(lang, 'cli.write_failed', { file: path, reason: tCode(lang, reason) }), {
    exitCode: EXIT.usage,
    hint: t(lang, 'cli.write_failed.hint'),
  });
}

/**
 * Temporary files and folders being written. On SIGINT or SIGTERM they are removed and the
 * process exits 130 or 143 (128 + the signal's number): nothing half-written stays behind.
 */
const pending = new Set<string>();
const EXIT_ON: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
  process.exit(EXIT_ON[signal]);
}

function track(path: string): void {
  if (pending.size === 0) for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, onSignal);
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) for (const sig of ['SIGINT', 'SIGTERM'] as const) process.off(sig, onSignal);
}

/** Tests only: hold a write for this many milliseconds once its temporary files are written (to interrupt it). */
async function testPause(): Promise<void> {
  const ms = Number(process.env.ECOMPLAN_TEST_WRITE_PAUSE_MS ?? 0);
  if (ms > 0) await new Promise((r) => setTimeout(r, ms));
}

/** Write `content` to `path` atomically. Refuses to replace an existing file unless `force`. */
export async function writeFileAtomic(path: string, content: string | Uint8Array, opts: { force?: boolean; lang?: Lang } = {}): Promise<void> {
  const lang = opts.lang ?? 'fr';
  // A folder is never replaced, --force or not: say so rather than suggest --force.
  if (await isDirectory(path)) throw writeError(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), lang);
  if (!opts.force && (await exists(path))) throw outputExistsError(path, lang);
  await mkdir(dirname(path) || '.', { recursive: true }).catch((e: unknown) => {
    throw writeError(path, e, lang);
  });
  // A random name, created exclusively (`wx`): a link or a file planted at a name one could guess is never written through (issue 24).
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  track(tmp);
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    await testPause();
    await rename(tmp, path);
  } catch (e) {
    // EEXIST: the name was someone else's, left as it is.
    if ((e as NodeJS.ErrnoException)?.code !== 'EEXIST') await unlink(tmp).catch(() => undefined);
    throw writeError(path, e, lang);
  } finally {
    untrack(tmp);
  }
}

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Write a set of files all or nothing: refuse before writing if one would replace a file
 * (unless `force`), write them all into a temporary folder inside `folder`, then move each in
 * place. An error or an interrupt before the moves leaves no file of the set.
 */
export async function writeFilesAtomic(folder: string, files: readonly OutputFile[], opts: { force?: boolean; lang?: Lang } = {}): Promise<void> {
  const lang = opts.lang ?? 'fr';
  for (const f of files) if (await isDirectory(f.path)) throw writeError(f.path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), lang);
  if (!opts.force) for (const f of files) if (await exists(f.path)) throw outputExistsError(f.path, lang);
  await mkdir(folder, { recursive: true }).catch((e: unknown) => {
    throw writeError(folder, e, lang);
  });
  const tmpDir = await mkdtemp(join(folder, `.ecomplan-${process.pid}-`)).catch((e: unknown) => {
    throw writeError(folder, e, lang);
  });
  track(tmpDir);
  try {
    const staged = [];
    for (const f of files) {
      const tmp = join(tmpDir, relative(folder, f.path));
      await mkdir(dirname(tmp), { recursive: true });
      await writeFile(tmp, f.content, { flag: 'wx' }).catch((e: unknown) => {
        throw writeError(f.path, e, lang);
      });
      staged.push({ tmp, path: f.path });
    }
    await testPause();
    for (const s of staged) {
      await mkdir(dirname(s.path), { recursive: true });
      await rename(s.tmp, s.path).catch((e: unknown) => {
        throw writeError(s.path, e, lang);
      });
    }
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
    untrack(tmpDir);
  }
}
