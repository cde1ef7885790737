/**
 * Every command, in the order `--help` lists them. Each module only declares its
 * options (commander is light); the work is imported inside the action.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import * as init from './init.js';
import * as validate from './validate.js';
import * as schema from './schema.js';
import * as check from './check.js';
import * as forecast from './forecast.js';
import * as margin from './margin.js';
import * as stock from './stock.js';
import * as sensitivity from './sensitivity.js';
import * as report from './report.js';
import * as legal from './legal.js';
import * as actuals from './actuals.js';
import * as exportCmd from './export.js';

export const commands: Array<{ register: (program: Command, ctx: CliContext) => void }> = [init, validate, forecast, margin, stock, sensitivity, check, actuals, report, legal, exportCmd, schema];
