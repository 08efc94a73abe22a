// Builds the app as users get it. Vitest sets NODE_ENV=test, and Vite decides "production" from NODE_ENV,
// not from the mode: without this, test builds would carry the development JSX runtime (bigger, slower).
import { build, type InlineConfig } from 'vite';

export async function buildProduction(config: InlineConfig): ReturnType<typeof build> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build(config);
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}
