/**
 * A batch of `ecomplan check` on every core: the files are judged by worker threads
 * (a tinypool pool running check-worker.ts), the results kept in input order, so the
 * output is the same bytes as the one-core run. Small batches stay in process.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EcomplanError } from '../../diagnostics/errors.js';
import { Decimal, isDecimal } from '../../model/decimal.js';
import type { CheckedFile, CheckFileOptions } from './check-file.js';

/** Below this many files, starting workers costs more than it saves. */
export const MIN_FILES_PER_POOL = 12;

/** One file's task for a worker; `minScore` travels as text. */
export interface CheckTask {
  file: string;
  opts: CheckFileOptions;
  cli: { ignore: string[]; minScore?: string };
  /** The language of a broken config's messages (the run's `--lang`, else ECOMPLAN_LANG). */
  configLang: string;
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
 * Judge `files` on `jobs` threads; `onDone` is called in input order as results arrive.
 * A broken config stops the run as in process: its diagnostics on stderr, then the error.
 */
export async function checkInPool(
  files: readonly string[],
  task: Omit<CheckTask, 'file'>,
  jobs: number,
  stderr: (s: string) => void,
  onDone: (index: number, file: string) => void,
): Promise<CheckedFile[]> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: workerFile(), minThreads: Math.min(jobs, files.length), maxThreads: Math.min(jobs, files.length), idleTimeout: 0 });
  try {
    const answers = files.map((file) => pool.run({ ...task, file } satisfies CheckTask) as Promise<CheckAnswer>);
    // When the run stops early, the tasks still queued are cancelled: not an unhandled rejection.
    for (const a of answers) a.catch(() => undefined);
    const results: CheckedFile[] = [];
    for (const [i, pending] of answers.entries()) {
      const answer = await pending;
      if ('error' in answer) {
        stderr(answer.error.stderr);
        throw new EcomplanError(answer.error.message, { exitCode: answer.error.exitCode as 2, hint: answer.error.hint });
      }
      results.push(decode(answer.ok) as CheckedFile);
      onDone(i, files[i]!);
    }
    return results;
  } finally {
    await pool.destroy();
  }
}
