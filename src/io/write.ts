/** Write files atomically (temporary file + rename), never replacing a user's file without `force`. */
import { mkdir, rename, writeFile, stat, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
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

export function outputExistsError(path: string, lang: Lang): EcomplanError {
  return new EcomplanError(t(lang, 'cli.output_exists', { file: path }), { exitCode: EXIT.usage, hint: t(lang, 'cli.output_exists.hint') });
}

let counter = 0;

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
  return new EcomplanError(t(lang, 'cli.write_failed', { file: path, reason: tCode(lang, reason) }), { exitCode: EXIT.usage, hint: t(lang, 'cli.write_failed.hint') });
}

/** Write `content` to `path` atomically. Refuses to replace an existing file unless `force`. */
export async function writeFileAtomic(path: string, content: string | Uint8Array, opts: { force?: boolean; lang?: Lang } = {}): Promise<void> {
  const lang = opts.lang ?? 'fr';
  if (!opts.force && (await exists(path))) throw outputExistsError(path, lang);
  await mkdir(dirname(path) || '.', { recursive: true }).catch((e: unknown) => {
    throw writeError(path, e, lang);
  });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw writeError(path, e, lang);
  }
}
