// `npm run bench`: benchmark scripts that print each figure beside its budget (tests/bench/budget.ts), no timing asserts.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
