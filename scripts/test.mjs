// `npm test`: build dist/ (emit only) and its bundle, then the type-check of src/, test/ and bench/ alongside vitest.
// One type-check instead of two: the build used to check src/ again before emitting it
// (`tsc --noCheck` emits the same files). The type-check runs at a lower priority, on what
// vitest leaves of the CPU; its report is printed after vitest's. Arguments go to vitest
// (`npm test -- test/cli`). The exit code is non-zero when either fails.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };

/** Run a command; resolve with its exit code and, when `capture`, its output. */
function run(command, args, { capture = false, nice = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (nice) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // not allowed here: same priority
      }
    }
    const out = [];
    child.stdout?.on('data', (b) => out.push(b));
    child.stderr?.on('data', (b) => out.push(b));
    child.on('error', (e) => resolve({ code: 127, output: `${command}: ${e.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(out).toString('utf8') }));
  });
}

const build = await run('tsc', ['-p', 'tsconfig.build.json', '--noCheck']);
if (build.code !== 0) process.exit(build.code);
// The CLI runs from the bundle (scripts/bundle.mjs): rebuilt from the fresh dist/, as `npm run build` does.
const bundle = await run(process.execPath, [join(root, 'scripts', 'bundle.mjs')]);
if (bundle.code !== 0) process.exit(bundle.code);
const typecheck = run('tsc', ['-p', 'tsconfig.json', '--noEmit'], { capture: true, nice: true });
const tests = await run('vitest', ['run', ...process.argv.slice(2)]);
const types = await typecheck;
if (types.code === 0) console.log('Type-check (tsc -p tsconfig.json --noEmit): no error.');
else process.stdout.write(`\nType-check (tsc -p tsconfig.json --noEmit) failed:\n${types.output}`);
process.exit(tests.code || types.code);
