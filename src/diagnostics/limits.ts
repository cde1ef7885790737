/**
 * How many problems one file reports (issue 24, finding 9): a file of 450 000 duplicate keys
 * or unknown references is one mistake repeated, not 450 000 things to read. The first
 * MAX_PROBLEMS in file order are kept, then one message counts the others. Work that only
 * serves a message (« did you mean ») stops at the same bound.
 */
import { Decimal } from '../model/decimal.js';
import { problem, type Problem } from './problem.js';

const MAX_PROBLEMS = 500;
const TOO_MANY = 'file.too_many_problems';

/** Whether a list of problems is full: further problems are counted, not computed in detail. */
export const full = (problems: readonly unknown[]): boolean => problems.length >= MAX_PROBLEMS;

/**
 * The first MAX_PROBLEMS problems of a sorted list, then `file.too_many_problems` counting the
 * others, plus `dropped` (counted where they arose) and those of an earlier cap (so it can be
 * applied twice).
 */
export function capProblems(sorted: readonly Problem[], dropped = 0): Problem[] {
  const earlier = sorted.filter((p) => p.code === TOO_MANY).reduce((n, p) => n + Number(p.data?.count ?? 0), 0);
  const list = earlier ? sorted.filter((p) => p.code !== TOO_MANY) : sorted;
  const over = Math.max(0, list.length - MAX_PROBLEMS) + dropped + earlier;
  if (over === 0) return [...list];
  const kept = list.slice(0, MAX_PROBLEMS);
  // Where the problems not shown start: the first one cut, else just after the last one shown (it sorts after it).
  const last = kept[kept.length - 1];
  const at = list[MAX_PROBLEMS] ?? (last ? { line: last.line, column: last.column + 1 } : { line: 1, column: 1 });
  return [...kept, problem(TOO_MANY, 'error', '', at, { count: new Decimal(over), max: MAX_PROBLEMS })];
}
