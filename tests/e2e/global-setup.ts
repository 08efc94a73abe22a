// Builds the app once per test run into its own folder (parallel runs never share dist/) and serves it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProduction } from '../build-production';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = mkdtempSync(join(tmpdir(), 'nianbao-dist-'));
  await buildProduction({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const server = await startStaticServer(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  };
}
