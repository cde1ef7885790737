#!/usr/bin/env node
// Time loading + forecasting + sensitivity of the examples with the built dist/ (run `npm run build` first).
// Usage: npm run bench [-- <runs> [file...]]   (default: 20 runs of every example)
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadProject } = await import(join(root, 'dist/model/load.js'));
const { computeForecast, computeSensitivity } = await import(join(root, 'dist/engine/index.js'));

const [runsArg, ...filesArg] = process.argv.slice(2);
const runs = Number.parseInt(runsArg ?? '20', 10);
const files = filesArg.length > 0 ? filesArg : readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(root, 'examples', f));

const ms = (t) => `${t.toFixed(1).padStart(8)} ms`;
console.log(`${runs} runs each, mean per run (Node ${process.version})`);
console.log(`${'file'.padEnd(42)}${'load'.padStart(11)}${'forecast'.padStart(11)}${'sensitivity'.padStart(13)}${'total'.padStart(11)}`);
for (const file of files) {
  const totals = { load: 0, forecast: 0, sensitivity: 0 };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const loaded = await loadProject(file);
    const t1 = performance.now();
    if (!loaded.project) {
      console.error(`${file}: invalid project, skipped`);
      break;
    }
    computeForecast(loaded.project);
    const t2 = performance.now();
    computeSensitivity(loaded.project);
    const t3 = performance.now();
    totals.load += t1 - t0;
    totals.forecast += t2 - t1;
    totals.sensitivity += t3 - t2;
  }
  const name = file.split('/').pop();
  const all = totals.load + totals.forecast + totals.sensitivity;
  console.log(`${name.padEnd(42)}${ms(totals.load / runs)} ${ms(totals.forecast / runs)}   ${ms(totals.sensitivity / runs)} ${ms(all / runs)}`);
}
