import { defineConfig } from 'vitest/config';

// Fault tests: real processes (NATS cluster, PostgreSQL, CLI imports) killed and restarted on
// loopback. They run one file at a time, after the main suite, from .ci/run (`npm run test:faults`).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.fault.test.ts', 'apps/*/src/**/*.fault.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
