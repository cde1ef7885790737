import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { Say } from '../say.js';
import { registerUnit } from './margin.js';

export function register(program: Command, ctx: CliContext, say: Say): void {
  registerUnit(program, ctx, say, 'stock', 'stock projet.ecomplan.yaml --scenario pessimistic');
}
