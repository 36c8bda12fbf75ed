// Browser tests: the production build served on 127.0.0.1, driven in Debian Chromium.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    environment: 'node',
    fileParallelism: false,
    // The CI's closing count reads test-results/e2e.json.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
