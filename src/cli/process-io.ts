/** The real process's streams as an `Io`; the stdin reader is loaded only when a command reads `-`. */
import type { Io } from './context.js';

export const processIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stdoutBytes: (b) => void process.stdout.write(b),
  stderr: (s) => void process.stderr.write(s),
  stdin: async () => (await import('../io/source.js')).readStdin(),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
};
