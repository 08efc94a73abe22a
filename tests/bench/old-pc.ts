// Shared by the browser benches: the built app served once, an "old agency PC" page (CDP CPU throttling 4×),
// and a complete 2021 report typed in as a clerk would (tables pasted from Excel, long texts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FORMAT_2021 } from '../../src/formats';
import { buildProduction } from '../build-production';
import { launchBrowser } from '../e2e/browser';
import { balancedT3Block, cellSelector, openNewDraft, pasteText, toTsv } from '../e2e/editor-helpers';
import { startStaticServer, type StaticServer } from '../e2e/server';

export const CPU_SLOWDOWN = 4;

export interface BenchApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds and serves the app; BENCH_DIST=<folder> serves a build made elsewhere (to compare two versions). */
export async function startBenchApp(): Promise<BenchApp> {
  const given = process.env.BENCH_DIST;
  const distDir = given ?? mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  if (!given) await buildProduction({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const server: StaticServer = await startStaticServer(distDir);
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      if (!given) rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/** Slows the page's CPU as an old PC would (Chromium's own CPU throttling, as in DevTools). */
export async function throttleCpu(page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export const sel = (key: string) => cellSelector(FORMAT_2021, key);

/** ~1 000 characters per text section, a dozen paragraphs each: what a real report carries. */
export function longText(topic: string): string {
  const paragraph = `${topic}本机关坚持以公开为常态、不公开为例外，持续加强政府信息公开平台建设，全年主动公开政府信息1234条。`;
  return Array.from({ length: 12 }, (_, i) => (i % 4 === 0 ? `（${'一二三'[i / 4]}）${topic}情况。${paragraph}` : paragraph)).join('\n');
}

/** A new 2021 draft with every table filled (pasted as from Excel) and long texts in every section. */
export async function openFullReport(page: Page, baseUrl: string): Promise<void> {
  await openNewDraft(page, baseUrl, 2021);
  await page.locator(sel('t2.regulation.issued')).click();
  await pasteText(
    page,
    toTsv([
      ['1', '0', '12'],
      ['4', '1', '36'],
      ['7', '', ''],
      ['80', '', ''],
      ['9', '', ''],
      ['12.5', '', ''],
    ]),
  );
  await page.locator(sel('t3.new.natural')).click();
  await pasteText(page, toTsv(balancedT3Block().rows));
  await page.locator(sel('t4.review.upheld')).click();
  await pasteText(page, toTsv([['1', '1', '1', '1', '4', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0']]));
  await page.locator('[data-field="agencyName"]').fill('某某市交通运输局');
  await page.locator('textarea[data-field="text:overview"]').fill(longText('主动公开'));
  await page.locator('textarea[data-field="text:problems"]').fill(longText('存在问题'));
  await page.locator('textarea[data-field="text:other"]').fill(longText('其他事项'));
  await page.waitForFunction((s) => (document.querySelector(s) as HTMLInputElement | null)?.value === '30', sel('t3.new.natural'));
}
