/**
 * The files installed with ecomplan, found from this module: it sits two folders below the
 * package root both in dist/cli/ (tsc's output) and in dist/bundle/ (the bundle bin/ecomplan.js
 * runs, scripts/bundle.mjs), so the same relative path works in both.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** The version in package.json. */
export const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The absolute path of a file of the package, from its root (`schema/ecomplan.schema.json`). */
export function packageFile(path: string): string {
  return fileURLToPath(new URL(path, ROOT));
}
