/**
 * Run `ecomplan forecast --format json` on a file `init` wrote and return year 1.
 */
import { expect } from 'vitest';
import { run } from '../helpers/cli.js';

export function forecastYear1(file: string): Record<string, string> {
  const r = run(['forecast', file, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const years = (JSON.parse(r.stdout) as { years: Array<Record<string, string>> }).years;
  expect(years).toHaveLength(3);
  return years[0]!;
}
