/**
 * Run the built CLI in a pseudo-terminal and answer its prompts with scripted
 * keystrokes (inquirer asks only on a terminal). The terminal is Python's standard
 * `pty` module (test/helpers/pty_driver.py): no native node package needed, and
 * python3 is present on every Unix machine and CI image we use.
 *
 * Each step waits for a text on the screen before typing, so no test depends on timing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ROOT } from './cli.js';

export interface PtyStep {
  /** Wait until this text is on the screen (ANSI codes and whitespace runs ignored). */
  expect?: string;
  /** Then type these keys. */
  send?: string;
}

export interface PtyRun {
  code: number | null;
  signal: number | null;
  /** Everything printed, ANSI codes removed, whitespace collapsed. */
  output: string;
  /** A step that never came (timeout) or the program ending too early. */
  error: string | null;
}

export const KEY = {
  enter: '\r',
  down: '\x1b[B',
  up: '\x1b[A',
  ctrlC: '\x03',
  backspace: '\x7f',
} as const;

const DRIVER = join(ROOT, 'test', 'helpers', 'pty_driver.py');

export function runInPty(args: string[], steps: PtyStep[], opts: { cwd?: string; env?: Record<string, string>; stepTimeoutSeconds?: number } = {}): PtyRun {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, { TERM: 'xterm-256color', NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, opts.env);
  delete env.FORCE_COLOR;
  const spec = {
    argv: [process.execPath, BIN, ...args],
    cwd: opts.cwd ?? ROOT,
    env,
    cols: 200,
    rows: 50,
    step_timeout: opts.stepTimeoutSeconds ?? 45,
    exit_timeout: 45,
    steps,
  };
  const r = spawnSync('python3', [DRIVER], { input: JSON.stringify(spec), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`cannot run python3, needed by the terminal tests: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`pty driver failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as PtyRun;
}

/** Answer a text prompt: wait for its question, type the answer (may be '' to keep the default), Enter. */
export const answer = (question: string, text: string): PtyStep => ({ expect: question, send: `${text}${KEY.enter}` });

/**
 * Pick the `index`-th (0-based) choice of a select prompt: wait for the question,
 * move down, wait until the pointer is on the wanted choice, then Enter.
 */
export function choose(question: string, index: number, choiceText: string): PtyStep[] {
  if (index === 0) return [{ expect: question }, { expect: `❯ ${choiceText}`, send: KEY.enter }];
  return [{ expect: question, send: KEY.down.repeat(1) }, ...Array.from({ length: index - 1 }, () => ({ send: KEY.down })), { expect: `❯ ${choiceText}`, send: KEY.enter }];
}
