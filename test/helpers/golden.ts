/**
 * Golden files: `expectGolden(name, text)` compares with test/golden/<name>;
 * `UPDATE_GOLDEN=1 npx vitest run …` rewrites them (review the diff before committing).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

export const GOLDEN_DIR = join(ROOT, 'test', 'golden');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file missing: test/golden/${name} (run with UPDATE_GOLDEN=1 to create it)`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
