// `npm run bench`: export time of a full report once the builder is loaded (budget ≤ 300 ms) and the size of
// the lazily loaded docx chunk. Prints figures; no timing asserts.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { buildProduction } from '../build-production';
import preact from '@preact/preset-vite';
import { filledReport } from '../export/fixtures';
import { reportFigure } from './budget';

const DOCX_MARKER = 'xmlns:wpc';
const root = fileURLToPath(new URL('../..', import.meta.url));

it('export time of a full report', async () => {
  let t = performance.now();
  const { exportDocx } = await import('../../src/export/build-document');
  console.log(`[export] builder module load (node, incl. docx): ${(performance.now() - t).toFixed(0)} ms`);
  const report = filledReport('2021');
  // A realistic length: about 1 000 characters per text section, 12 paragraphs each.
  const paragraph = '本机关坚持以公开为常态、不公开为例外，持续加强政府信息公开平台建设，2025年共主动公开政府信息1234条。'.repeat(2);
  report.texts = {
    overview: Array.from({ length: 12 }, (_, i) =>
      i % 4 === 0 ? `（${'一二三四五六七八九十'[i / 4]}）标题。${paragraph}` : paragraph,
    ).join('\n'),
    problems: Array.from({ length: 12 }, () => paragraph).join('\n'),
    other: Array.from({ length: 12 }, () => paragraph).join('\n'),
  };
  for (let i = 0; i < 3; i++) await exportDocx(report);
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 25; i++) {
    t = performance.now();
    size = (await exportDocx(report)).size;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  reportFigure(
    `[export, Node] 完整报告生成 .docx（${(size / 1024).toFixed(1)} kB）中位数`,
    median,
    300,
    'ms',
    `（最短 ${times[0]!.toFixed(1)} ms，最长 ${times[times.length - 1]!.toFixed(1)} ms）`,
  );
  expect(size).toBeGreaterThan(0);

  // The web page (「导出网页」) and the preview's blocks come from one HTML builder.
  const { reportHtmlDocument } = await import('../../src/webpage/report-html');
  const htmlTimes: number[] = [];
  let htmlSize = 0;
  for (let i = 0; i < 25; i++) {
    t = performance.now();
    htmlSize = reportHtmlDocument(report).length;
    htmlTimes.push(performance.now() - t);
  }
  htmlTimes.sort((a, b) => a - b);
  const htmlMedian = htmlTimes[Math.floor(htmlTimes.length / 2)]!;
  reportFigure(`[export, Node] 完整报告生成网页（${(htmlSize / 1024).toFixed(1)} k 字符）中位数`, htmlMedian, 50);
  expect(htmlSize).toBeGreaterThan(0);
});

it('size of the docx chunk', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'nianbao-bench-export-'));
  try {
    await buildProduction({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    let js = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js') && !/(^|\/)(sw|workbox-)[^/]*\.js$/.test(f));
    let chunk = js.find((f) => readFileSync(join(outDir, f), 'utf8').includes(DOCX_MARKER));
    let source = 'app build';
    if (!chunk) {
      // The editor does not render the export button yet: build the button alone (same lazy import).
      source = 'ExportButton-only build (the app does not reach the export yet)';
      const entry: Plugin = {
        name: 'export-entry',
        resolveId: (id) => (id === 'virtual:export-entry' ? '\0export-entry' : undefined),
        load: (id) =>
          id === '\0export-entry'
            ? `import { render, h } from 'preact'; import { ExportButton } from '${root}src/export/ExportButton.tsx'; render(h(ExportButton, {}), document.body);`
            : undefined,
      };
      await buildProduction({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [preact(), entry],
        build: { outDir, emptyOutDir: true, rollupOptions: { input: 'virtual:export-entry' } },
      });
      js = readdirSync(outDir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.js'));
      chunk = js.find((f) => readFileSync(join(outDir, f), 'utf8').includes(DOCX_MARKER));
    }
    expect(chunk).toBeDefined();
    const bytes = readFileSync(join(outDir, chunk!));
    reportFigure(
      `[export] docx 按需加载块 gzip（${source}: ${chunk}，未压缩 ${(bytes.length / 1024).toFixed(1)} kB）`,
      gzipSync(bytes, { level: 9 }).length / 1024,
      90,
      'kB',
    );
    for (const f of js.filter((x) => x !== chunk)) {
      const b = readFileSync(join(outDir, f));
      console.log(
        `[export]   other chunk ${f}: gzip ${(gzipSync(b, { level: 9 }).length / 1024).toFixed(1)} kB, contains docx: ${b.toString('utf8').includes(DOCX_MARKER)}`,
      );
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
