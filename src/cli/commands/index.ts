/**
 * Every command, in the order `--help` lists them. Each module only declares its
 * options (commander is light); the work is imported inside the action.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import * as validate from './validate.js';
import * as schema from './schema.js';
import * as report from './report.js';
import * as legal from './legal.js';

export const commands: Array<{ register: (program: Command, ctx: CliContext) => void }> = [validate, report, legal, schema];
