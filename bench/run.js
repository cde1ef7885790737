#!/usr/bin/env node
// npm run bench [-- --quick] [-- --rounds N]: the figures of issue 11, each as a ratio to a baseline
// measured in the same run (bare `node -e 0`, or the parse floor of the same files: bench/floor.js),
// min and median of interleaved runs. Writes bench/results.json. Needs dist/ (`npm run build`).
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { scaledProject, writeBatch, writeScaledProjects } from './generate.js';
import { hostileStage } from './hostile-stage.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const roundsArg = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : undefined;
const ROUNDS = roundsArg ?? (quick ? 3 : 7);
/** `--only cold,warm,scaled,check,report,risk,hostile`: a subset of the stages. */
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const stage = (name) => !only || only.has(name);
const BIN = join(root, 'bin/ecomplan.js');
const FLOOR = join(root, 'bench/floor.js');
const RUSAGE = join(root, 'bench/rusage.js');
const KISSA = join(root, 'examples/the-kissa-import.ecomplan.yaml');
const EXAMPLES = ['bougies-atelier-lumiere', 'the-kissa-import', 'vetements-maison-oree'].map((n) => join(root, `examples/${n}.ecomplan.yaml`));
if (!existsSync(join(root, 'dist/bundle/main.js'))) {
  console.error('bench: dist/ or its bundle is missing; run `npm run build` first');
  process.exit(2);
}

const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), 'ecomplan-bench-'));
const rusageFile = join(tmp, 'rusage.jsonl');
const node = process.execPath;

/** One spawned run: wall time (ms); with `usage`, CPU time and peak RSS from the child itself. */
function spawnOnce(argv, { usage = false, env = {}, invalidOk = false } = {}) {
  const full = usage ? ['--import', pathToFileURL(RUSAGE).href, ...argv] : argv;
  if (usage) rmSync(rusageFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(node, full, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env, ...(usage ? { BENCH_RUSAGE: rusageFile } : {}) },
    maxBuffer: 1 << 26,
  });
  const wall = performance.now() - t0;
  if (r.status === null || (r.status === 2 && !invalidOk)) throw new Error(`bench: node ${argv.join(' ')} failed (${r.status ?? r.signal}): ${String(r.stderr).slice(0, 400)}`);
  const u = usage ? JSON.parse(readFileSync(rusageFile, 'utf8').trim().split('\n').pop()) : {};
  return { wall, ...u };
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const min = (xs) => sorted(xs)[0];
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ min: min(xs), median: median(xs), runs: xs.length });

/** Run the jobs in turn, `rounds` times (interleaved, so that a slow moment hits them all). */
function interleaved(jobs, rounds) {
  const walls = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  const usages = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, job] of Object.entries(jobs)) {
      const r = spawnOnce(job.argv, job);
      walls[name].push(r.wall);
      if (job.usage) usages[name].push(r);
    }
  }
  return Object.fromEntries(
    Object.keys(jobs).map((k) => [
      k,
      {
        ...stats(walls[k]),
        ...(usages[k].length ? { cpuMs: stats(usages[k].map((u) => u.cpuMs)), maxRssMiB: Math.max(...usages[k].map((u) => u.maxRssKiB)) / 1024 } : {}),
      },
    ]),
  );
}

const progress = (s) => {
  process.stderr.write(`bench: ${s}\n`);
  // Partial results survive an interrupted run.
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
};
const results = {
  date: new Date().toISOString(),
  node: process.version,
  nproc: availableParallelism(),
  loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  rounds: ROUNDS,
  rows: [],
};

// 1. Cold starts against bare node and against the parse floor of the same file. Every job, bare
// node included, carries the same one-module preload (bench/rusage.js) for its CPU time: on a
// busy machine the CPU ratio is steadier than the wall-clock one.
if (stage('cold')) {
  progress(`cold starts, ${ROUNDS} interleaved rounds`);
  const cold = interleaved(
    {
      bare: { argv: ['-e', '0'], usage: true },
      version: { argv: [BIN, '--version'], usage: true },
      floor: { argv: [FLOOR, KISSA], usage: true },
      validate: { argv: [BIN, 'validate', KISSA], usage: true },
      forecast: { argv: [BIN, 'forecast', KISSA], usage: true },
      sensitivity: { argv: [BIN, 'sensitivity', KISSA], usage: true },
    },
    ROUNDS,
  );
  results.cold = cold;
  const row = (what, m, base, baseName, target) => {
    const ratio = m.min / base.min;
    const cpuRatio = m.cpuMs.min / base.cpuMs.min;
    results.rows.push({
      what,
      min: m.min,
      median: m.median,
      baseline: baseName,
      baselineMin: base.min,
      ratio,
      ratioMedian: m.median / base.median,
      cpuMin: m.cpuMs.min,
      cpuRatio,
      target,
      met: ratio <= target.ratio,
    });
  };
  row('`ecomplan --version`', cold.version, cold.bare, 'bare node', { ratio: 1.5 });
  row('`validate` kissa example', cold.validate, cold.floor, 'parse floor', { ratio: 1.4 });
  row('`forecast` kissa example', cold.forecast, cold.floor, 'parse floor', { ratio: 1.8 });
  row('`sensitivity` kissa example', cold.sensitivity, cold.floor, 'parse floor', { ratio: 2 });
}

// 2. The forecast in process, warm: the engine alone.
if (stage('warm')) {
  progress('warm forecast in process');
  const { loadProject } = await import(pathToFileURL(join(root, 'dist/model/load.js')).href);
  const { computeForecast } = await import(pathToFileURL(join(root, 'dist/engine/index.js')).href);
  const { project } = await loadProject(KISSA);
  for (let i = 0; i < 20; i++) computeForecast(project);
  const times = [];
  const deadline = performance.now() + (quick ? 2000 : 5000);
  while (times.length < 30 || (performance.now() < deadline && times.length < 500)) {
    const t0 = performance.now();
    computeForecast(project);
    times.push(performance.now() - t0);
  }
  const m = stats(times);
  results.warmForecast = m;
  results.rows.push({
    what: 'forecast in process, warm, kissa (3 products × 36 months)',
    min: m.min,
    median: m.median,
    baseline: null,
    ratio: null,
    target: { ms: 2 },
    met: m.min <= 2,
  });
}

// 3. Scaled projects: 10 … 10 000 products × 60 months; --scenario all of 1 000 with its memory.
const counts = !stage('scaled') ? [] : quick ? [10, 100, 1000] : [10, 100, 1000, 10000];
const scaled = writeScaledProjects(join(tmp, 'scaled'), KISSA, counts, 60);
results.scaled = {};
for (const n of counts) {
  const rounds = n >= 10000 ? 1 : n >= 1000 ? Math.min(ROUNDS, 3) : Math.min(ROUNDS, 5);
  progress(`${n} products × 60 months, ${rounds} round(s)`);
  const jobs = {
    floor: { argv: [FLOOR, scaled[n]], usage: true },
    base: { argv: [BIN, 'forecast', scaled[n], '--format', 'json'], usage: true },
  };
  if (n === 1000) jobs.all = { argv: [BIN, 'forecast', scaled[n], '--format', 'json', '--scenario', 'all'], usage: true };
  const r = interleaved(jobs, rounds);
  const perProductMonth = (job, scenarios) => ((job.min - r.floor.min) * 1000) / (n * 60 * scenarios);
  results.scaled[n] = {
    ...r,
    usPerProductMonth: perProductMonth(r.base, 1),
    ...(r.all ? { usPerProductMonthScenarioAll: perProductMonth(r.all, 3) } : {}),
  };
  if (n === 1000) {
    const above = r.all.min - r.floor.min;
    results.rows.push({
      what: '`forecast --scenario all` of 1 000 products × 60 months',
      min: r.all.min,
      median: r.all.median,
      baseline: 'parse floor',
      baselineMin: r.floor.min,
      ratio: r.all.min / r.floor.min,
      aboveFloorMs: above,
      maxRssMiB: r.all.maxRssMiB,
      usPerProductMonthScenario: perProductMonth(r.all, 3),
      target: { aboveFloorMs: 1500, maxRssMiB: 300 },
      met: above <= 1500 && r.all.maxRssMiB <= 300,
    });
  }
}

// 4. check over 200 example-sized files: one core, every core, and the one-core parse floor.
if (stage('check')) {
  const files = writeBatch(join(tmp, 'batch'), EXAMPLES, 200);
  const rounds = Math.min(ROUNDS, 3);
  progress(`check over ${files.length} files, ${rounds} rounds`);
  const dir = join(tmp, 'batch');
  // Before `--jobs` existed, check ran on one core only.
  const hasJobs = spawnSync(node, [BIN, 'check', '--help'], { encoding: 'utf8' }).stdout.includes('--jobs');
  const r = interleaved(
    {
      floor: { argv: [FLOOR, ...files] },
      one: { argv: [BIN, 'check', dir, '--format', 'csv', ...(hasJobs ? ['--jobs', '1'] : [])] },
      all: { argv: [BIN, 'check', dir, '--format', 'csv'] },
    },
    rounds,
  );
  results.check = { files: files.length, ...r, filesPerSecond: (files.length * 1000) / r.all.min, speedup: r.one.min / r.all.min };
  results.rows.push({
    what: `\`check\` over ${files.length} example-sized files`,
    min: r.all.min,
    median: r.all.median,
    baseline: 'parse floor, one core',
    baselineMin: r.floor.min,
    ratio: r.all.min / r.floor.min,
    oneCoreMin: r.one.min,
    speedup: r.one.min / r.all.min,
    target: { ratio: 1.0, speedup: availableParallelism() >= 2 ? 1.7 : null },
    met: r.all.min / r.floor.min <= 1.0 && (availableParallelism() < 2 || r.one.min / r.all.min >= 1.7),
  });
}
// 5. The dossier of a 3 000-product catalogue over 36 months (issue 13, defect 14: 79 s and 2.1 GB at first):
// its three scenarios and its sensitivity, against the forecast of the same file.
if (stage('report')) {
  progress('report of 3 000 products × 36 months, 1 round');
  const file = join(tmp, 'catalogue-3000.ecomplan.yaml');
  writeFileSync(file, scaledProject(KISSA, 3000, 36));
  const r = interleaved(
    {
      forecast: { argv: [BIN, 'forecast', file, '--format', 'json'], usage: true },
      report: { argv: [BIN, 'report', file, '-o', join(tmp, 'catalogue-3000.html'), '--force'], usage: true },
    },
    1,
  );
  results.report3000 = r;
  results.rows.push({
    what: '`report` of 3 000 products × 36 months',
    min: r.report.min,
    median: r.report.median,
    baseline: 'forecast of the same file',
    baselineMin: r.forecast.min,
    ratio: r.report.min / r.forecast.min,
    maxRssMiB: r.report.maxRssMiB,
    target: {},
    met: null,
  });
}
// 6. The risk analysis (issue 22): 10 000 draws of the Kissa example against one cold forecast of the same
// file, side by side (interleaved), with the CPU time and the peak memory; `--jobs 2` for the record.
if (stage('risk')) {
  const rounds = Math.min(ROUNDS, 5);
  progress(`risk: 10 000 draws of the kissa example, ${rounds} interleaved rounds`);
  const r = interleaved(
    {
      forecast: { argv: [BIN, 'forecast', KISSA], usage: true },
      risk: { argv: [BIN, 'risk', KISSA, '--draws', '10000', '--format', 'json'], usage: true },
      riskJobs: { argv: [BIN, 'risk', KISSA, '--draws', '10000', '--format', 'json', '--jobs', '2'], usage: true },
    },
    rounds,
  );
  results.risk = r;
  results.rows.push({
    what: '`risk --draws 10000` kissa example',
    min: r.risk.min,
    median: r.risk.median,
    baseline: 'cold `forecast` of the same file',
    baselineMin: r.forecast.min,
    ratio: r.risk.min / r.forecast.min,
    ratioMedian: r.risk.median / r.forecast.median,
    cpuMin: r.risk.cpuMs.min,
    cpuRatio: r.risk.cpuMs.min / r.forecast.cpuMs.min,
    maxRssMiB: r.risk.maxRssMiB,
    jobs2Min: r.riskJobs.min,
    target: { ratio: 25, maxRssMiB: 300 },
    met: r.risk.min / r.forecast.min <= 25 && r.risk.maxRssMiB <= 300,
  });
}
// 7. Hostile inputs (issue 24): 5 MB files that cost super-linear time before, and the 1 000 × 1 000 file.
if (stage('hostile')) hostileStage({ tmp, bin: BIN, interleaved, progress, results });
rmSync(tmp, { recursive: true, force: true });

// 8. The table.
const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const lines = [
  `Node ${results.node}, nproc ${results.nproc}, load average ${results.loadavg.join(' ')}, ${ROUNDS} rounds; min (median)`,
  '',
  '| what | now | ratio (min, median) | target | met |',
  '|---|---|---|---|---|',
];
for (const r of results.rows) {
  const now = `${s(r.min)} (${s(r.median)})`;
  let ratio = r.ratio === null ? '—' : `${r.ratio.toFixed(2)} × ${r.baseline} (${s(r.baselineMin)})${r.ratioMedian ? `, ${r.ratioMedian.toFixed(2)}` : ''}`;
  if (r.cpuRatio !== undefined) ratio += `; CPU ${s(r.cpuMin)}, ${r.cpuRatio.toFixed(2)} ×`;
  let target = r.target.ratio !== undefined ? `≤ ${r.target.ratio} × ${r.baseline}` : '';
  if (r.target.ms) target = `≤ ${r.target.ms} ms`;
  if (r.aboveFloorMs !== undefined) {
    ratio = `${s(r.aboveFloorMs)} above the floor (${s(r.baselineMin)}); ${r.usPerProductMonthScenario.toFixed(1)} µs per product-month and scenario; ${r.maxRssMiB.toFixed(0)} MiB`;
    target = '≤ 1.5 s above the floor, ≤ 300 MiB, linear';
  }
  if (r.speedup !== undefined) {
    ratio += `; one core ${s(r.oneCoreMin)}, ${r.speedup.toFixed(2)}× faster on ${results.nproc} cores`;
    target += `, ≥ ${r.target.speedup ?? '—'}× faster on ≥ 2 cores`;
  }
  if (r.met === null) ratio += `; peak ${r.maxRssMiB.toFixed(0)} MiB`;
  if (r.jobs2Min !== undefined) {
    ratio += `; peak ${r.maxRssMiB.toFixed(0)} MiB; --jobs 2 ${s(r.jobs2Min)}`;
    target += ', ≤ 300 MiB';
  }
  if (r.hostile) {
    ratio = `CPU ${s(r.cpuMin)}; peak ${r.maxRssMiB.toFixed(0)} MiB`;
    target = r.target.text;
  }
  lines.push(`| ${r.what} | ${now} | ${ratio} | ${target || '—'} | ${r.met === null ? '—' : r.met ? 'yes' : 'no'} |`);
}
lines.push('', 'Scaling (forecast --scenario base, 60 months, time above the parse floor per product-month):');
for (const n of counts) {
  const x = results.scaled[n];
  lines.push(`  ${String(n).padStart(6)} products: ${s(x.base.min)} (floor ${s(x.floor.min)}), ${x.usPerProductMonth.toFixed(1)} µs per product-month, peak ${x.base.maxRssMiB.toFixed(0)} MiB`);
}
results.benchSeconds = Math.round((performance.now() - started) / 1000);
lines.push('', `bench took ${results.benchSeconds} s`);
console.log(lines.join('\n'));
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
progress('wrote bench/results.json');
