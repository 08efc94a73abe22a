// `npm run bench`: benchmark scripts that print their figures (no timing asserts; budgets are in the issues).
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
