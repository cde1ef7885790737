#!/usr/bin/env node
// The code `ecomplan` runs (docs/performance.md, « Start-up »): dist/ (tsc's output) bundled by
// esbuild into dist/bundle/, one ESM file per entry (main.js for bin/ecomplan.js, check-worker.js
// for check's worker threads) and shared chunks for what each command imports when it runs.
// A cold start then reads ≈ 15 files instead of ≈ 250 (our modules, zod, yaml, commander…).
// dist/ itself stays as tsc wrote it: the tests import its modules one by one.
// Every bundled module sits two folders below the package root, as dist/cli/*.js does, so that
// `new URL('../../…', import.meta.url)` (package.json, templates/, schema/) finds the same files.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');

// Left to node_modules: loaded by few commands and large (playwright-core, exceljs, jszip,
// handlebars, the prompts), or started by path in a worker thread (tinypool).
const external = ['playwright-core', 'exceljs', 'jszip', 'handlebars', '@inquirer/prompts', 'tinypool'];

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', 'check-worker': 'dist/cli/run/check-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // CommonJS packages (commander, yaml, cli-table3) call `require` for Node's own modules.
  banner: { js: "import { createRequire as __ecomplanCreateRequire } from 'node:module';\nconst require = __ecomplanCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
