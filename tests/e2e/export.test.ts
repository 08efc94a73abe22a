// The export from the built app: 「导出 Word」 in the editor's toolbar, the findings dialog, the download.
// docx is fetched only when exporting: the first load carries no docx code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { launchBrowser } from './browser';

/** A string every build of docx carries (the namespaces of word/document.xml). */
const DOCX_MARKER = 'xmlns:wpc';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('keeps docx out of the first load: one separate chunk holds it', () => {
  const dist = inject('distDir');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) expect(readFileSync(join(dist, entry), 'utf8')).not.toContain(DOCX_MARKER);
  const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const withDocx = chunks.filter((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes(DOCX_MARKER));
  expect(withDocx, 'the app build has no docx chunk: is <ExportButton> rendered by the editor?').toHaveLength(1);
  // Chromium compiles that chunk while it streams in (vite.config.ts compileBuilderEagerly); no other chunk asks it.
  const HINT = '//# allFunctionsCalledOnLoad\n';
  expect(readFileSync(join(dist, 'assets', withDocx[0]!), 'utf8').startsWith(HINT)).toBe(true);
  const hinted = chunks.filter((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes('allFunctionsCalledOnLoad'));
  expect(hinted).toEqual(withDocx);
});

it('exports a new 2025 draft as a .docx with the title', async () => {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(`${inject('baseUrl')}#/new/2025`);
  await page.waitForURL(/#\/draft\//);
  const button = page.getByRole('button', { name: '导出 Word' });
  await button.waitFor({ timeout: 20_000 }).catch(() => {
    throw new Error('编辑器工具栏里没有「导出 Word」按钮：src/editor 需要渲染 <ExportButton report={…} findings={…} />。');
  });
  const before = scripts.length;

  await button.click();
  const dialog = page.getByRole('dialog', { name: '导出 Word 文件' });
  await dialog.waitFor();
  await page.screenshot({ path: '/tmp/nianbao-export-dialog.png' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^(仍然导出|导出)$/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/2025年政府信息公开工作年度报告\.docx$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const documentXml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  expect(documentXml).toContain('2025年政府信息公开工作年度报告');
  expect(documentXml).toContain('三、收到和处理政府信息公开申请情况');
  // The export fetched the builder chunk only now.
  expect(scripts.length).toBeGreaterThan(before);
  await context.close();
});
