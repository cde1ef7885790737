/**
 * A batch of `ecomplan check` on every core: the files are judged by worker threads
 * (a tinypool pool running check-worker.ts), the results kept in input order, so the
 * output is the same bytes as the one-core run. Small batches stay in process.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EcomplanError } from '../../diagnostics/errors.js';
import { Decimal, isDecimal } from '../../model/decimal.js';
import type { CheckedFile, CheckFileOptions } from './check-file.js';
import { exceededFile, type FileLimits, fileLimits, limitMet, type StartTimes, startTimes, watchTime } from './check-limits.js';

/** Below this many files, starting workers costs more than it saves. */
export const MIN_FILES_PER_POOL = 12;

/** One file's task for a worker; `minScore` travels as text. */
export interface CheckTask {
  file: string;
  /** The directory named on the command line the file was found in (where its config is looked for). */
  base?: string;
  opts: CheckFileOptions;
  cli: { ignore: string[]; minScore?: string };
  /** The language of a broken config's messages (the run's `--lang`, else ECOMPLAN_LANG). */
  configLang: string;
  /** One config cache per run and thread. */
  runId: string;
  /** Where the worker writes when it starts this task (its time limit counts from there). */
  started?: StartTimes;
}

/** A worker's answer: the encoded result, or the error that stops the run (a broken config). */
export type CheckAnswer = { ok: unknown } | { error: { message: string; hint?: string; exitCode: number; stderr: string } };

const DECIMAL = '\u0000decimal';

/** Results cross threads by structured clone, which drops classes: Decimals travel as their digits. */
export function encode(value: unknown): unknown {
  if (isDecimal(value)) return { [DECIMAL]: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const digits = (value as Record<string, unknown>)[DECIMAL];
    if (typeof digits === 'string') return new Decimal(digits);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** The threads to use: `--jobs`, else every core. */
export function jobsOf(option: string | undefined): number {
  const n = option === undefined ? availableParallelism() : Number(option);
  return Number.isInteger(n) && n >= 1 ? n : NaN;
}

/** The worker's built module next to this one; absent when running from the TypeScript sources. */
function workerFile(): string | null {
  const path = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}

/** Whether a batch goes to worker threads. */
export function usePool(files: readonly string[], jobs: number): boolean {
  return jobs > 1 && files.length >= MIN_FILES_PER_POOL && !files.includes('-') && workerFile() !== null;
}

/**
 * Judge `files` on `jobs` worker threads, one file per worker at a time, each under `limits`
 * (a file that exceeds one is a row « not judged »; its worker is replaced); `onDone` counts the
 * files as they finish. The results are then read in input order: a broken config stops the
 * run as in process (its diagnostics on stderr, then the error of the first file, in input
 * order, that met it).
 */
export async function checkInPool(
  files: ReadonlyArray<{ file: string; base?: string }>,
  task: Omit<CheckTask, 'file' | 'base' | 'runId'>,
  jobs: number,
  stderr: (s: string) => void,
  onDone: (done: number, file: string) => void,
  limits: FileLimits = fileLimits(),
): Promise<CheckedFile[]> {
  const { default: Tinypool } = await import('tinypool');
  // Every file goes to a worker, under its limits of time and memory (check-limits.ts); this thread only hands them out.
  const threads = Math.min(jobs, files.length);
  const pool = new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 0, resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
  const runId = randomUUID();
  const answers: Array<CheckAnswer | CheckedFile> = [];
  let next = 0;
  let done = 0;
  const starts = startTimes(files.length);
  // A file's time counts from its start on a worker (watchTime); past the limit, its worker is stopped.
  const judge = (t: CheckTask & { started: StartTimes }): Promise<CheckAnswer | CheckedFile> => {
    const abort = new AbortController();
    const unwatch = watchTime(t.started, limits.timeMs, () => abort.abort());
    return (pool.run(t, { signal: abort.signal }) as Promise<CheckAnswer>)
      .catch((e: unknown) => {
        const limit = limitMet(e);
        if (!limit) throw e;
        return exceededFile(t.file, limit, limits, task.configLang);
      })
      .finally(unwatch);
  };
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      answers[i] = await judge({ ...task, ...files[i]!, runId, started: { buffer: starts, index: i } });
      onDone(++done, files[i]!.file);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    await pool.destroy();
  }
  return answers.map((answer) => {
    if ('file' in answer) return answer;
    if ('error' in answer) {
      stderr(answer.error.stderr);
      throw new EcomplanError(answer.error.message, { exitCode: answer.error.exitCode as 2, hint: answer.error.hint });
    }
    return decode(answer.ok) as CheckedFile;
  });
}
