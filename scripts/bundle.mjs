#!/usr/bin/env node
// The code `ecomplan` runs (docs/performance.md, « Start-up »): dist/ (tsc's output) bundled by
// esbuild into dist/bundle/, one ESM file per entry (main.js for bin/ecomplan.js, check-worker.js
// for check's worker threads, risk-worker.js for risk's) and shared chunks for what each command imports when it runs.
// A cold start then reads ≈ 15 files instead of ≈ 250 (our modules, zod, yaml, commander…).
// dist/ itself stays as tsc wrote it: the tests import its modules one by one.
// Every bundled module sits two folders below the package root, as dist/cli/*.js does, so that
// `new URL('../../…', import.meta.url)` (package.json, templates/, schema/) finds the same files.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');

// Left to node_modules: loaded by few commands and large (playwright-core, exceljs, jszip,
// handlebars, the prompts), or started by path in a worker thread (tinypool).
const external = ['playwright-core', 'exceljs', 'jszip', 'handlebars', '@inquirer/prompts', 'tinypool'];

/**
 * cli-table3 measures every cell several times through string-width, which builds two large
 * regular expressions on each call (ansi-regex through strip-ansi, and emoji-regex): ≈ 10 000
 * calls for one forecast table. Both are only used with `String.prototype.replace` (a global
 * regex starts from 0 whatever its lastIndex), so one instance of each serves every call: the
 * same output, 20–30 ms less per forecast.
 */
const sharedRegexes = {
  name: 'shared-regexes',
  setup(b) {
    b.onResolve({ filter: /^(ansi-regex|emoji-regex)$/ }, (args) => ({
      path: relative(root, createRequire(args.importer).resolve(args.path)),
      namespace: 'shared-regex',
    }));
    b.onLoad({ filter: /.*/, namespace: 'shared-regex' }, (args) => ({
      contents: `const make = require(${JSON.stringify(`./${args.path}`)});\nlet shared;\nmodule.exports = (options) => (options === undefined ? (shared ??= make()) : make(options));\n`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', 'check-worker': 'dist/cli/run/check-worker.js', 'risk-worker': 'dist/cli/run/risk-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [sharedRegexes],
  // CommonJS packages (commander, yaml, cli-table3) call `require` for Node's own modules.
  banner: { js: "import { createRequire as __ecomplanCreateRequire } from 'node:module';\nconst require = __ecomplanCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
