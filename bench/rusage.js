// Preloaded with `node --import ./bench/rusage.js …`: at exit, append the process's CPU time and
// peak resident memory to the file named by $BENCH_RUSAGE (one JSON line).
import { appendFileSync } from 'node:fs';

const out = process.env.BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(out, `${JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS })}\n`);
  });
}
