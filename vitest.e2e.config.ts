import { defineConfig } from 'vitest/config'

// Browser end-to-end tests against the harness: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false
  }
})
