import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests print real PDFs in a real Chromium: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: browser tests in parallel files would only fight over them.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
})
