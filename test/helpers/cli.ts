/**
 * Run the CLI as a user would (`ecomplan …`): exit code, stdout, stderr.
 *
 * `run` goes through the `main(argv, io)` seam in process (a worker thread that loads the
 * built dist/ once per test file), with what a spawned run would see: stdin from `input`,
 * no terminal, `cwd`, and the environment with NO_COLOR=1, FORCE_COLOR=0 and `env`.
 * It stays synchronous like the spawned run it replaces. `spawnRun` spawns the real
 * `node bin/ecomplan.js` (for the few smoke tests of the launcher itself).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { expect } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'ecomplan.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
  /** Longest the run may take (default 120 s): a generous bound that a super-linear cost exceeds by far (issue 24). */
  timeoutMs?: number;
}

/** Longest a single in-process run may take before the test fails (a spawned run had none). */
const RUN_TIMEOUT_MS = 120_000;

/**
 * The CLI worker of the current test file. Test files share a process (vitest `isolate: false`),
 * but each gets a CLI loaded afresh, as a process of its own would: a library that caches
 * `process.cwd()` once loaded (graceful-fs, under exceljs) would otherwise pin the working
 * directory of every later run to the one it first saw.
 */
let cli: { worker: Worker; port: MessagePort; flag: Int32Array; testFile: string | undefined } | undefined;

/** Wait (blocking this thread) until the worker raises the flag, then take its message. */
function take(port: MessagePort, flag: Int32Array, what: string, timeoutMs = RUN_TIMEOUT_MS): Record<string, unknown> {
  if (Atomics.wait(flag, 0, 0, timeoutMs) === 'timed-out') throw new Error(`in-process CLI: no answer after ${timeoutMs} ms (${what})`);
  Atomics.store(flag, 0, 0);
  const m = receiveMessageOnPort(port);
  if (!m) throw new Error(`in-process CLI: the worker stopped (${what})`);
  return m.message as Record<string, unknown>;
}

function cliWorker(): NonNullable<typeof cli> {
  const testFile = expect.getState().testPath;
  if (cli && cli.testFile === testFile) return cli;
  if (cli) void cli.worker.terminate();
  cli = undefined;
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const mainUrl = pathToFileURL(join(ROOT, 'dist', 'bundle', 'main.js')).href;
  const worker = new Worker(new URL('./cli-worker.mjs', import.meta.url), {
    workerData: { port: port2, flag, mainUrl },
    transferList: [port2],
  });
  let failure: unknown;
  worker.on('error', (e) => (failure = e));
  worker.unref();
  port1.unref();
  try {
    take(port1, flag, 'loading dist/bundle/main.js');
  } catch (e) {
    void worker.terminate();
    throw failure ?? e;
  }
  cli = { worker, port: port1, flag, testFile };
  return cli;
}

function runEnv(extra: Record<string, string> | undefined): Record<string, string | undefined> {
  return { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export function run(args: string[], opts: RunOptions = {}): Run {
  const { port, flag } = cliWorker();
  const input = typeof opts.input === 'string' ? Buffer.from(opts.input, 'utf8') : (opts.input ?? Buffer.alloc(0));
  const here = process.cwd();
  // The worker shares this process's working directory; this thread is blocked during the run.
  process.chdir(resolve(opts.cwd ?? ROOT));
  try {
    port.postMessage({ args, input: new Uint8Array(input), env: runEnv(opts.env) });
    const r = take(port, flag, `ecomplan ${args.join(' ')}`, opts.timeoutMs);
    return { code: r.code as number, stdout: r.stdout as string, stderr: r.stderr as string };
  } finally {
    process.chdir(here);
  }
}

/** The real launcher in a child process: `node bin/ecomplan.js …`. */
export function spawnRun(args: string[], opts: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: runEnv(opts.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const example = (name: string): string => join(ROOT, 'examples', name);
