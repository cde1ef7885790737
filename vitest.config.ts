import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One Chromium shared by the browser test files.
    globalSetup: ['test/browser/global-setup.ts'],
    // The JSON report lets .ci/run print a plain closing line: `Tests: N passed, N failed`.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest.json' },
  },
});
