// The CLI in a worker thread of the test process: `main(argv, io)` from the built dist/,
// loaded once per test file. test/helpers/cli.ts posts one run at a time and waits for it
// synchronously (Atomics.wait), so `run()` keeps the synchronous shape of a spawned run.
import { workerData } from 'node:worker_threads';

const { port, flag, mainUrl } = workerData;
const { main } = await import(mainUrl);

// bin/ecomplan.js would die of an unhandled rejection (exit 1, the error on stderr): so does a run.
let unhandled = [];
process.on('unhandledRejection', (e) => void unhandled.push(e));

port.on('message', async (req) => {
  const out = [];
  const err = [];
  const input = Buffer.from(req.input);
  const io = {
    stdout: (s) => void out.push(s),
    // Binary output as one byte per character (a workbook starts « PK »).
    stdoutBytes: (b) => void out.push(Buffer.from(b).toString('latin1')),
    stderr: (s) => void err.push(s),
    stdin: async () => input,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: req.env,
  };
  let code;
  try {
    code = await main(req.args, io);
  } catch (e) {
    // bin/ecomplan.js would die with the error on stderr and exit 1.
    err.push(`${e?.stack ?? String(e)}\n`);
    code = 1;
  }
  await new Promise((r) => setImmediate(r));
  if (unhandled.length > 0) {
    for (const e of unhandled) err.push(`${e?.stack ?? String(e)}\n`);
    unhandled = [];
    code = 1;
  }
  port.postMessage({ code, stdout: out.join(''), stderr: err.join('') });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
port.postMessage({ ready: true });
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
