// @vitest-environment node
// docx is not in the first-load bundle: the export button's module graph, built with Vite, keeps docx and the
// document builder in a chunk of their own that only import() reaches.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { buildProduction } from '../build-production';
import preact from '@preact/preset-vite';

/** A string every build of docx carries (the namespaces of word/document.xml). */
const DOCX_MARKER = 'xmlns:wpc';

it('puts docx in a lazily imported chunk, not in the entry', async () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'nianbao-export-chunk-'));
  const entry: Plugin = {
    name: 'export-entry',
    resolveId: (id) => (id === 'virtual:export-entry' ? '\0export-entry' : undefined),
    load: (id) =>
      id === '\0export-entry'
        ? `import { render, h } from 'preact'; import { ExportButton } from '${root}src/export/ExportButton.tsx';
         render(h(ExportButton, { report: { value: {} }, findings: { value: [] } }), document.body);`
        : undefined,
  };
  try {
    await buildProduction({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [preact(), entry],
      build: { outDir, emptyOutDir: true, rollupOptions: { input: 'virtual:export-entry', output: { entryFileNames: 'entry.js' } } },
    });
    const files = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    const withDocx = files.filter((f) => readFileSync(join(outDir, f), 'utf8').includes(DOCX_MARKER));
    expect(files).toContain('entry.js');
    expect(withDocx).toHaveLength(1);
    expect(withDocx[0]).not.toBe('entry.js');
    const entryCode = readFileSync(join(outDir, 'entry.js'), 'utf8');
    expect(entryCode).toContain('导出 Word');
    // The builder (fonts, layout) travels with docx, not with the entry.
    expect(entryCode).not.toContain('方正小标宋简体');
    expect(entryCode).toMatch(/import\(/);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 120_000);
