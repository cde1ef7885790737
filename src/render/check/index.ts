/** The formatters of `ecomplan check`, in one map keyed by the `--format` choices. */
import type { CheckFormat } from './formats.js';
import { csv, github, json, junit, sarif } from './machine.js';
import { markdown } from './markdown.js';
import type { CheckFormatter } from './model.js';
import { stylish } from './stylish.js';

export const checkFormatters: Record<CheckFormat, CheckFormatter> = { stylish, json, junit, sarif, github, csv, md: markdown };
export type { CheckFormat } from './formats.js';
export * from './model.js';
