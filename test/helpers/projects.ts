/** The project files the rendering tests run on: every example, plus the render fixtures. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'render');

export function exampleFiles(): string[] {
  const dir = join(ROOT, 'examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

export const fixture = (name: string): string => join(FIXTURES, name);

/** Complete projects: the examples and the complete fixture (the drafts of these must need no placeholder). */
export function completeProjects(): string[] {
  return [...exampleFiles(), fixture('complete.ecomplan.yaml')];
}

/** A short stable name: `atelier-lumiere` for `examples/atelier-lumiere.ecomplan.yaml`. */
export const projectName = (file: string): string => (file.split(/[\\/]/).pop() as string).replace(/\.ya?ml$/, '').replace(/\.ecomplan$/, '');
