// The text half in Chromium: a number in 一 against 表三 (C-R6), 「插入数据说明」, 「已核实」 surviving a reload,
// the counting rule of a focused row, and last year's values beside this year's.
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FORMAT_2021 } from '../../src/formats';
import { launchBrowser } from './browser';
import { cellSelector, openNewDraft } from './editor-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const cell = (key: string) => page.locator(cellSelector(FORMAT_2021, key));
const overview = () => page.locator('textarea[data-field="text:overview"]');
const finding = (rule: string) => page.locator(`.finding-list li[data-rule="${rule}"]`);

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

/** As Chromium before 123 (many 360/QQ/UOS builds): no CSS field-sizing, so autosize.ts measures the text areas. */
async function asOldCore(): Promise<void> {
  await page.addInitScript(() => {
    const supports = CSS.supports.bind(CSS) as (property: string, value?: string) => boolean;
    CSS.supports = ((property: string, value?: string) =>
      /field-sizing/.test(property) ? false : value === undefined ? supports(property) : supports(property, value)) as typeof CSS.supports;
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'textarea { field-sizing: fixed !important; }';
      document.head.append(style);
    });
  });
}

async function typeInCell(key: string, value: string): Promise<void> {
  await cell(key).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

async function saved(): Promise<void> {
  await expect.poll(() => page.locator('.save-status').innerText(), { timeout: 5000 }).toMatch(/已保存/);
}

/** The confirmations of the open draft as stored in IndexedDB (what a reload reads). */
async function storedConfirmations(): Promise<string[]> {
  const id = decodeURIComponent(/#\/draft\/([^/?]+)/.exec(page.url())![1]!);
  return page.evaluate(
    (draftId) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('nianbao-gov-info-annual-report');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').get(draftId);
          req.onsuccess = () => {
            open.result.close();
            resolve(Object.values((req.result?.report?.confirmations ?? {}) as Record<string, { reason: string }>).map((c) => c.reason));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    id,
  );
}

it('C-R6 names both numbers, clears when the text agrees, and 插入数据说明 writes the 表三 numbers', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  await typeInCell('t3.new.natural', '21');
  await typeInCell('t3.open.natural', '15');
  await overview().fill('2025年，本局收到政府信息公开申请25件。');
  const cr6 = finding('C-R6');
  await expect.poll(() => cr6.count()).toBe(1);
  const message = await cr6.innerText();
  expect(message).toContain('写的是 25');
  expect(message).toContain('「一、本年新收政府信息公开申请数量」「总计」为 21');
  expect(await cr6.getAttribute('data-severity')).toBe('warning');

  await overview().fill('2025年，本局收到政府信息公开申请21件。');
  await expect.poll(() => cr6.count()).toBe(0);

  // The cursor after 「2025年，」: the paragraph goes on its own line there.
  await overview().evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
  await page.getByRole('button', { name: '插入数据说明' }).click();
  await expect.poll(() => overview().inputValue()).toContain('新收政府信息公开申请21件');
  const text = await overview().inputValue();
  expect(text).toContain('其中予以公开15件');
  expect(text.startsWith('2025年，\n主动公开方面')).toBe(true);
  expect(text.endsWith('\n本局收到政府信息公开申请21件。')).toBe(true);
  expect(await cr6.count()).toBe(0);
  // One undo step takes the paragraph back out.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => overview().inputValue()).toBe('2025年，本局收到政府信息公开申请21件。');
  await page.getByRole('button', { name: '重做' }).click();
  await expect.poll(() => overview().inputValue()).toContain('新收政府信息公开申请21件');

  // The numbers change: the paragraph is reported stale.
  await typeInCell('t3.new.business', '2');
  await expect.poll(() => finding('C-R12').count()).toBe(1);
  expect(await finding('C-R12').innerText()).toContain('由 21 变为 23');
  await finding('C-R12').getByRole('button', { name: '按现在的数字更新这段', exact: true }).click();
  await expect.poll(() => finding('C-R12').count()).toBe(0);
  expect(await overview().inputValue()).toContain('新收政府信息公开申请23件');
  expect(await overview().inputValue()).not.toContain('新收政府信息公开申请21件');
  await page.screenshot({ path: '/tmp/text-claims.png' });
});

it('a warning marked 已核实 leaves the count, is one undo step, and survives a reload', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  await overview().fill('2025年，本局主动公开政府信息。');
  const cr11 = finding('C-R11').first();
  await expect.poll(() => cr11.count()).toBe(1);
  const summary = page.getByTestId('problems-summary');
  const before = await summary.innerText();
  const warnings = Number(/(\d+) 个提醒/.exec(before)![1]);

  expect(await overview().getAttribute('class')).toBe('field-warning');
  await cr11.getByRole('button', { name: '已核实…' }).click();
  await cr11.locator('input').fill('本单位不办理依申请公开，已在六中说明');
  await cr11.getByRole('button', { name: '标记为已核实' }).click();
  await expect.poll(() => cr11.getAttribute('data-confirmed')).toBe('true');
  expect(await cr11.innerText()).toContain('本单位不办理依申请公开');
  // Settled: 一 is no longer highlighted for it.
  await expect.poll(() => overview().getAttribute('class')).toBe(null);
  await expect.poll(() => summary.innerText()).toContain(`${warnings - 1} 个提醒（另有 1 个提醒已核实）`);

  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => cr11.getAttribute('data-confirmed')).toBe(null);
  await page.getByRole('button', { name: '重做' }).click();
  await expect.poll(() => cr11.getAttribute('data-confirmed')).toBe('true');

  // Errors offer no 已核实.
  expect(await page.locator('.finding-list li[data-severity="error"] .confirm-open').count()).toBe(0);

  await expect.poll(storedConfirmations, { timeout: 5000 }).toEqual(['本单位不办理依申请公开，已在六中说明']);
  await page.reload();
  await page.locator('table.stat-t3 caption').waitFor();
  await expect.poll(() => finding('C-R11').first().getAttribute('data-confirmed')).toBe('true');
  await expect.poll(() => finding('C-R11').first().innerText()).toContain('本单位不办理依申请公开');
  await expect.poll(() => page.getByTestId('problems-summary').innerText()).toContain('另有 1 个提醒已核实');
  await page.screenshot({ path: '/tmp/text-confirmed.png' });
});

it('focusing a row shows its counting rule from the official text', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  await cell('t3.partial.natural').click();
  await expect.poll(() => page.getByTestId('row-help').innerText()).toContain('区分处理的，只计这一情形，不计其他情形');
  await cell('t4.direct.upheld').click();
  await expect.poll(() => page.getByTestId('row-help').innerText()).toContain('只计算原行为主体的案件数量');
  await page.screenshot({ path: '/tmp/text-rowhelp.png' });
});

it("shows last year's value in each cell and a chart of 表三 over the years", async () => {
  const name = async (value: string) => {
    await page.locator('input[data-field="agencyName"]').fill(value);
  };
  await openNewDraft(page, inject('baseUrl'), 2024);
  await name('某市测试局');
  await typeInCell('t3.new.natural', '17');
  await saved();
  await openNewDraft(page, inject('baseUrl'), 2025);
  await name('某市测试局');
  await typeInCell('t3.new.natural', '21');
  const toggle = page.getByRole('button', { name: '显示上年数' });
  await expect.poll(() => toggle.isEnabled(), { timeout: 5000 }).toBe(true);
  await toggle.click();
  const last = page.locator(`td:has(${cellSelector(FORMAT_2021, 't3.new.natural')}) .cell-last`);
  await expect.poll(() => last.innerText()).toBe('上年17');
  const chart = page.getByTestId('trend-chart');
  await chart.waitFor();
  expect(await chart.locator('svg').getAttribute('aria-label')).toContain('2024年：本年新收17件');
  expect(await chart.locator('svg').getAttribute('aria-label')).toContain('2025年：本年新收21件');
  await chart.screenshot({ path: '/tmp/text-trend.png' });
  await cell('t3.new.natural').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/text-last-year.png' });
  await page.getByRole('button', { name: '隐藏上年数' }).click();
  await expect.poll(() => last.count()).toBe(0);
});

it('一 grows with its text and shrinks back, sized by the browser itself (no measuring script)', async () => {
  await openNewDraft(page, inject('baseUrl'), 2025);
  const size = () =>
    overview().evaluate((el: HTMLTextAreaElement) => ({
      height: el.offsetHeight,
      hidden: el.scrollHeight - el.clientHeight,
      styled: el.style.height,
    }));
  const empty = await size();
  expect(empty.hidden).toBeLessThanOrEqual(0);
  const paragraph = '本机关坚持以公开为常态、不公开为例外，持续加强政府信息公开平台建设，全年主动公开政府信息1234条。';
  await overview().fill(Array.from({ length: 20 }, (_, i) => `第${i + 1}段。${paragraph}`).join('\n'));
  await expect.poll(async () => (await size()).height).toBeGreaterThan(empty.height * 5);
  const full = await size();
  expect(full.hidden).toBeLessThanOrEqual(0); // every line shows: nothing scrolled out of sight
  await overview().fill('一行');
  await expect.poll(async () => (await size()).height).toBe(empty.height);
  // Chromium sizes it (CSS field-sizing): the script sets no height, so a key lays out no more than the area.
  expect(await page.evaluate(() => CSS.supports('field-sizing', 'content'))).toBe(true);
  expect((await size()).styled).toBe('');
  expect(full.styled).toBe('');
});

it('一 grows by script in a browser that cannot size it itself (older Chromium cores, Firefox ESR before field-sizing)', async () => {
  await asOldCore();
  await openNewDraft(page, inject('baseUrl'), 2025);
  const size = () =>
    overview().evaluate((el: HTMLTextAreaElement) => ({ height: el.offsetHeight, hidden: el.scrollHeight - el.clientHeight }));
  const empty = await size();
  const paragraph = '本机关坚持以公开为常态、不公开为例外，持续加强政府信息公开平台建设，全年主动公开政府信息1234条。';
  await overview().fill(Array.from({ length: 20 }, (_, i) => `第${i + 1}段。${paragraph}`).join('\n'));
  await expect.poll(async () => (await size()).height).toBeGreaterThan(empty.height * 5);
  expect((await size()).hidden).toBeLessThanOrEqual(0);
  expect(await overview().evaluate((el: HTMLTextAreaElement) => el.style.height)).not.toBe(''); // the script sized it
  // Typing on at the end (text that only grows, measured without collapsing the area): a new line adds height.
  const before = (await size()).height;
  await overview().press('End');
  await page.keyboard.type('全年依申请公开答复率100%，行政复议和行政诉讼案件数量继续下降。');
  await expect.poll(async () => (await size()).height).toBeGreaterThan(before);
  expect((await size()).hidden).toBeLessThanOrEqual(0);
  // A shorter text (a deletion, an undo) collapses it to measure again: back to its four rows.
  await overview().fill('一行');
  await expect.poll(async () => (await size()).height).toBe(empty.height);
});

it('一 scrolls instead of hiding text when the measuring script of an old core cannot load', async () => {
  await asOldCore();
  await page.route(/\/assets\/autosize-[^/]*\.js$/, (route) => route.abort()); // offline, file not cached
  await openNewDraft(page, inject('baseUrl'), 2025);
  await overview().fill(Array.from({ length: 20 }, (_, i) => `第${i + 1}段。本机关全年主动公开政府信息1234条。`).join('\n'));
  await expect.poll(() => overview().evaluate((el: HTMLTextAreaElement) => getComputedStyle(el).overflowY)).toBe('auto');
});
