/** Write files atomically (temporary file + rename), never replacing a user's file without `force`. */
import { mkdir, rename, writeFile, stat, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { EcomplanError } from '../diagnostics/errors.js';
import { EXIT } from '../diagnostics/diagnostic.js';
import { t, type Lang } from '../i18n/index.js';

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

/** Write `content` to `path` atomically. Refuses to replace an existing file unless `force`. */
export async function writeFileAtomic(path: string, content: string | Uint8Array, opts: { force?: boolean; lang?: Lang } = {}): Promise<void> {
  if (!opts.force && (await exists(path))) throw outputExistsError(path, opts.lang ?? 'fr');
  await mkdir(dirname(path) || '.', { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
