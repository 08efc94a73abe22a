// axe-core in Chromium on every page and dialog of the editor: home, editor, import, import review, the
// year-change and export dialogs (0 violations); and focus stays inside each dialog until it closes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FORMAT_2021 } from '../../src/formats';
import { launchBrowser } from './browser';
import { cellSelector, openNewDraft, pasteText } from './editor-helpers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** Runs axe on the page (or one element) and returns its violations, each with the offending nodes. */
async function violations(include?: string): Promise<string[]> {
  // Runtime.evaluate is not subject to the page's CSP, so the inline source runs even in the strict build.
  await page.evaluate(AXE);
  const found = await page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  }, include ?? null);
  return found;
}

/** Presses Tab many times (both ways) and reports whether focus ever left the dialog. */
async function focusStaysIn(selector: string): Promise<boolean> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(key);
      const inside = await page.evaluate((sel) => !!document.activeElement?.closest(sel), selector);
      if (!inside) return false;
    }
  }
  return true;
}

it('home page', async () => {
  await page.goto(`${inject('baseUrl')}#/`);
  await page.locator('h1').first().waitFor();
  await openNewDraft(page, inject('baseUrl'), 2025);
  await page.goto(`${inject('baseUrl')}#/`);
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(300);
  expect(await violations()).toEqual([]);
});

it('editor, with findings, a refused entry and a paste notice', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  await page.locator(cellSelector(FORMAT_2021, 't3.new.natural')).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x');
  await page.keyboard.press('Tab');
  await page.locator('[data-rule]').first().waitFor();
  await page.locator(cellSelector(FORMAT_2021, 't3.open.natural')).click();
  await pasteText(page, '1\tabc\r\n2\t3\r\n');
  await page.locator('.paste-notice li').first().waitFor();
  expect(await violations()).toEqual([]);
  // A cell with a finding is described by it.
  const described = await page.locator(cellSelector(FORMAT_2021, 't3.new.natural')).getAttribute('aria-describedby');
  expect(described).toMatch(/finding-\d+/);
  expect(await page.locator(`#${described!.split(' ').find((id) => id.startsWith('finding-'))}`).innerText()).toContain('自然人');
});

it('year-change dialog: no violations, focus trapped, Esc from anywhere, focus returns', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  await page.locator(cellSelector(FORMAT_2021, 't3.other1.natural')).click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  const year = page.locator('[data-field="year"]');
  await year.fill('2020');
  await year.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await violations('[role="dialog"]')).toEqual([]);
  expect(await focusStaysIn('[role="dialog"]')).toBe(true);
  // Focus forced outside (a click behind the backdrop) comes back; Esc still closes.
  await page.evaluate(() => (document.querySelector('[data-field="agencyName"]') as HTMLElement).focus());
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('year');
});

it('export dialog: no violations, focus trapped, Esc closes and focus returns to 导出', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  const open = page.getByRole('button', { name: /导出/ }).first();
  await open.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await violations('[role="dialog"]')).toEqual([]);
  expect(await focusStaysIn('[role="dialog"]')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/导出/);
});

it('restore-conflict dialog: no violations, focus trapped, Esc cancels and restores nothing', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  await page.goto(`${inject('baseUrl')}#/`);
  await page.locator('table.drafts tbody tr').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部草稿备份' }).click()]);
  // Restoring the same file again: every draft already exists, so the dialog asks 保留两份 or 替换.
  await page.locator('input[type="file"]').setInputFiles(await download.path());
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await violations('[role="dialog"]')).toEqual([]);
  expect(await focusStaysIn('[role="dialog"]')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await page.locator('table.drafts tbody tr').count()).toBe(1);
});

it('import page and its review', async () => {
  const seed = readFileSync(resolve(process.cwd(), 'tests/fixtures/report-2020-2019format-example.txt'), 'utf8');
  await page.goto(`${inject('baseUrl')}#/import`);
  await page.getByLabel('粘贴的报告文字').waitFor();
  expect(await violations()).toEqual([]);
  await page.getByLabel('粘贴的报告文字').fill(seed);
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  await page.getByText('核对识别结果').waitFor();
  expect(await violations()).toEqual([]);
});
