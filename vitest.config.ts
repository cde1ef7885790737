import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest (seconds, measured on the 2-core machine, docs/performance.md).
 * They start first, so that no long file is left running alone at the end of the run; a clean
 * clone has no timing cache from which vitest could learn this order.
 */
const SLOW_FIRST = [
  'test/browser/report.browser.test.ts',
  'test/browser/legal.browser.test.ts',
  'test/engine/social-urssaf.test.ts',
  'test/fuzz/fuzz.test.ts',
  'test/export/libreoffice.test.ts',
  'test/browser/dossier-print.browser.test.ts',
  'test/browser/report-pdf.browser.test.ts',
  'test/export/row-heights.test.ts',
  'test/evaluate/agreement.test.ts',
  'test/bad-inputs/corpus.test.ts',
  'test/check/cli.test.ts',
  'test/check/parallel.test.ts',
  'test/report/report.test.ts',
  'test/export/export-cli.test.ts',
  'test/init/render.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((s) => f.moduleId.endsWith(s));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    const sorted = await super.sort(files);
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every core (vitest's default leaves one idle: a single worker on 2 cores).
    maxWorkers: availableParallelism(),
    // A worker process runs file after file with its module cache kept: src/ and the libraries are
    // loaded once per worker, not once per file. The tests share no mutable state (no mocks, no
    // stubbed globals; the CLI helper restores the working directory after each run).
    isolate: false,
    sequence: { sequencer: SlowFirst },
    // One Chromium shared by the browser test files.
    globalSetup: ['test/browser/global-setup.ts'],
    // The JSON report lets .ci/run print a plain closing line: `Tests: N passed, N failed`.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest.json' },
  },
});
