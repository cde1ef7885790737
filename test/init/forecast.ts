/**
 * Run `ecomplan forecast --format json` on a file `init` wrote and return year 1.
 * The forecast command comes from the engine branch: until it is on this branch,
 * HAS_FORECAST is false and the init tests skip that last step (remove the guard
 * once main has the forecast).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

export const HAS_FORECAST = existsSync(join(ROOT, 'src', 'cli', 'commands', 'forecast.ts'));

export function forecastYear1(file: string): Record<string, string> {
  const r = run(['forecast', file, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const years = (JSON.parse(r.stdout) as { years: Array<Record<string, string>> }).years;
  expect(years).toHaveLength(3);
  return years[0]!;
}
