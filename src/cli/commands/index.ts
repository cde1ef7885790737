/**
 * Every command, in the order `--help` lists them. Each module only declares its
 * options (commander is light); the work is imported inside the action.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { Say } from '../say.js';
import * as init from './init.js';
import * as validate from './validate.js';
import * as schema from './schema.js';
import * as check from './check.js';
import * as forecast from './forecast.js';
import * as margin from './margin.js';
import * as stock from './stock.js';
import * as sensitivity from './sensitivity.js';
import * as risk from './risk.js';
import * as report from './report.js';
import * as legal from './legal.js';
import * as actuals from './actuals.js';
import * as exportCmd from './export.js';
import * as watch from './watch.js';

/** Declares one command on the program, its help texts in the program's language. */
type Register = (program: Command, ctx: CliContext, say: Say) => void;

export const commands: Array<{ register: Register }> = [init, validate, forecast, margin, stock, sensitivity, risk, check, actuals, report, watch, legal, exportCmd, schema];
