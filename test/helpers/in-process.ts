/** Run the CLI in this process through main(argv, io): exit code, stdout, stderr (no child process). */
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/context.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(argv: string[], opts: { stdin?: Buffer | string; env?: Record<string, string> } = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stdoutBytes: (b) => void (stdout += Buffer.from(b).toString('latin1')),
    stderr: (s) => void (stderr += s),
    stdin: async () => Buffer.from(opts.stdin ?? ''),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: { NO_COLOR: '1', ...opts.env },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
