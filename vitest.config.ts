import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Test files share their fork's modules: nodejieba's dictionaries (seconds of CPU) load once per
    // fork instead of once per file. Tests leave no global state behind (cwd is restored).
    isolate: false,
    // Two forks even on two cores: the slow files mostly wait (npm install, worker threads, child processes).
    maxWorkers: 2,
  },
})
