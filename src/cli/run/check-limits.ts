/**
 * What one file may cost on a worker thread of `ecomplan check` (issue 24, finding 9): a file
 * that takes longer than FILE_TIME_LIMIT_MS, or whose worker needs more than
 * FILE_MEMORY_LIMIT_MB of heap, is stopped (its worker is replaced) and reported in its row as
 * not judged; the batch goes on. `ECOMPLAN_CHECK_FILE_TIMEOUT_MS` and
 * `ECOMPLAN_CHECK_FILE_MEMORY_MB` change them.
 */
import { EXIT } from '../../diagnostics/diagnostic.js';
import { localizeFile, problem } from '../../diagnostics/problem.js';
import { resolveLang } from '../../i18n/index.js';
import { Decimal } from '../../model/decimal.js';
import type { CheckedFile } from './check-file.js';

const FILE_TIME_LIMIT_MS = 60_000;
const FILE_MEMORY_LIMIT_MB = 1024;

export interface FileLimits {
  timeMs: number;
  memoryMb: number;
}

/** The limits of this run: the defaults, or the environment's whole numbers from 1. */
export function fileLimits(env: Record<string, string | undefined> = process.env): FileLimits {
  const num = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return v !== undefined && Number.isInteger(n) && n >= 1 ? n : fallback;
  };
  return { timeMs: num(env.ECOMPLAN_CHECK_FILE_TIMEOUT_MS, FILE_TIME_LIMIT_MS), memoryMb: num(env.ECOMPLAN_CHECK_FILE_MEMORY_MB, FILE_MEMORY_LIMIT_MB) };
}

/**
 * When each task of a batch started on its worker (ms since the epoch, 0 before): shared with the
 * workers, so that a file's time counts from its start, not from the worker's start-up or a queue.
 */
export interface StartTimes {
  buffer: SharedArrayBuffer;
  index: number;
}

export function startTimes(count: number): SharedArrayBuffer {
  return new SharedArrayBuffer(8 * Math.max(1, count));
}

/** Called by the worker as it starts a task. */
export function markStart(at: StartTimes | undefined): void {
  if (at) new Float64Array(at.buffer)[at.index] = Date.now();
}

/** Call `abort` once the task `at` has run `limitMs` since it started; returns the function that cancels the watch. */
export function watchTime(at: StartTimes, limitMs: number, abort: () => void): () => void {
  const starts = new Float64Array(at.buffer);
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const t0 = starts[at.index]!;
    const left = t0 ? t0 + limitMs - Date.now() : limitMs;
    if (t0 && left <= 0) abort();
    else timer = setTimeout(tick, Math.max(left, 10));
  };
  timer = setTimeout(tick, limitMs);
  return () => clearTimeout(timer);
}

/** Which limit a failed task met: the abort of its timer, or its worker running out of memory; else none (a real error). */
export function limitMet(e: unknown): 'time' | 'memory' | null {
  const err = e as { name?: string; code?: string } | null;
  if (err?.name === 'AbortError') return 'time';
  if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'memory';
  return null;
}

/** The row of a file stopped at a limit: not judged (exit 2), with what it exceeded. */
export function exceededFile(file: string, limit: 'time' | 'memory', limits: FileLimits, lang: string): CheckedFile {
  const l = resolveLang(lang);
  const p =
    limit === 'time'
      ? problem('check.file_time_limit', 'error', '', { line: 1, column: 1 }, { seconds: new Decimal(limits.timeMs).div(1000) })
      : problem('check.file_memory_limit', 'error', '', { line: 1, column: 1 }, { mb: limits.memoryMb });
  return { file, state: 'unreadable', diagnostics: localizeFile([p], l, file), exitCode: EXIT.usage, lang: l };
}
