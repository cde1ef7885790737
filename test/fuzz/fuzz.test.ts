/**
 * Issue 13: a seeded fuzzer. Mutated examples go through validate and, when still valid, forecast,
 * check, report and legal, in process: no exception, no leak, every diagnostic located.
 * `npm test` runs 500 cases; `npm run fuzz` runs FUZZ_RUNS (20 000) and prints its seed
 * (replay with FUZZ_SEED=<seed>). The full pipeline runs on every FUZZ_FULL_EVERY-th valid case.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseArb, mutate } from './mutate.js';
import { runCase } from './pipeline.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : RUNS > 500 ? Date.now() % 2 ** 31 : 20261130;
const FULL_EVERY = Number(process.env.FUZZ_FULL_EVERY ?? 25);

describe('fuzzing the examples', () => {
  it(`${RUNS} mutated projects, seed ${SEED}`, async () => {
    const stats = { cases: 0, valid: 0, full: 0, maxMs: 0 };
    // Warm up: the first run loads the commands' modules (seconds on a busy machine), which is not a case's cost.
    await runCase(mutate({ example: 0, mutations: [] }), { full: true });
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const text = mutate(c);
        stats.cases++;
        // Validate first: the full pipeline runs on one valid case in FULL_EVERY (it costs seconds).
        const quick = await runCase(text, { full: false });
        if (quick.valid) stats.valid++;
        const full = quick.valid && stats.valid % FULL_EVERY === 1;
        const r = full ? await runCase(text, { full: true }) : quick;
        if (full) stats.full++;
        else stats.maxMs = Math.max(stats.maxMs, r.ms);
        expect(r.findings).toEqual([]);
        expect(quick.ms).toBeLessThan(3000);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`fuzz: seed ${SEED}, ${stats.cases} cases, ${stats.valid} still valid, ${stats.full} through every command, slowest validation ${Math.round(stats.maxMs)} ms`);
  }, 3_600_000);
});
