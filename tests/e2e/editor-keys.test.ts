// The editor's keyboard and first impressions in Chromium: Tab/Enter skip totals, Enter returns to the column
// where a Tab run began, typing on a total says why, an input method composes from the first key, a new draft
// opens calm, a finding's click goes to the cell edited last, and the Chinese 成文日期 / 范围 / 印章 fields.
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FORMAT_2021 } from '../../src/formats';
import { launchBrowser } from './browser';
import { activeLabel, cellSelector, openNewDraft } from './editor-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const F = FORMAT_2021;
const cell = (key: string) => page.locator(cellSelector(F, key));
const label = (key: string) => F.cellsByKey.get(key)!.ariaLabel;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page = await context.newPage();
  await openNewDraft(page, inject('baseUrl'), 2025);
});
afterEach(async () => {
  await context?.close();
});

it('Tab and Enter skip computed totals; Enter after Tabs returns to the starting column', async () => {
  await cell('t3.new.legal').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab'); // past 总计 to the next row
  expect(await activeLabel(page)).toBe(label('t3.carried.natural'));
  await cell('t3.new.legal').click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the run began in 法律服务机构
  expect(await activeLabel(page)).toBe(label('t3.carried.legal'));
  await cell('t3.deny8.natural').click();
  await page.keyboard.press('Enter'); // down, past nothing computed
  expect(await activeLabel(page)).toBe(label('t3.unable1.natural'));
  await cell('t3.other3.natural').click();
  await page.keyboard.press('Enter'); // past （七）总计
  expect(await activeLabel(page)).toBe(label('t3.carryover.natural'));
  await page.keyboard.press('Shift+Enter');
  expect(await activeLabel(page)).toBe(label('t3.other3.natural'));
  // Arrows still visit totals, and typing on one says it is computed.
  await page.keyboard.press('ArrowDown');
  expect(await activeLabel(page)).toBe(label('t3.results.natural'));
  await page.keyboard.type('9');
  expect(await page.locator('.toolbar-notice').innerText()).toContain('是自动计算的合计，不能直接填写');
  expect(await cell('t3.results.natural').inputValue()).toBe('');
});

it('an input method composes from the first key in a selected cell: nothing lost, nothing doubled', async () => {
  await cell('t3.new.natural').click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp'); // the cell holding 7 is selected
  const cdp = await context.newCDPSession(page);
  // As a real input method: the key arrives as 「Process」 (keyCode 229), then the composition.
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Process',
    code: 'Digit1',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: 'Process',
    code: 'Digit1',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Process',
    code: 'Digit2',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '１２' });
  await page.keyboard.press('Enter');
  expect(await cell('t3.new.natural').inputValue()).toBe('12');
  expect(await cell('t3.new.total').inputValue()).toBe('12');
});

it('a new draft opens calm, 全面检查 turns unwritten parts into errors, and a finding goes to the cell edited last', async () => {
  const summary = page.locator('[data-testid="findings-bar-summary"]');
  await expect.poll(() => summary.innerText()).toMatch(/^0 个错误，[1-9]\d* 个提醒$/);
  expect(await page.locator('[data-rule="C-R1"][data-severity="warning"]').count()).toBe(3);
  // One imbalance: one finding, and its click goes to the cell typed last.
  await cell('t3.new.natural').click();
  await page.keyboard.type('5');
  await cell('t3.carryover.natural').click();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('[data-rule="T3-R1"]').count()).toBe(1);
  await page.locator('[data-rule="T3-R1"] button').click();
  expect(await activeLabel(page)).toBe(label('t3.carryover.natural'));
  await page.getByRole('button', { name: '全面检查' }).click();
  expect(await page.locator('[data-rule="C-R1"][data-severity="error"]').count()).toBe(3);
  // The ask is remembered for this draft.
  await page.reload();
  await page.locator('table.stat-t3 caption').waitFor();
  await expect.poll(() => page.locator('[data-rule="C-R1"][data-severity="error"]').count()).toBe(3);
  expect(await page.getByRole('button', { name: '全面检查' }).count()).toBe(0);
});

it('成文日期 shows and accepts Chinese dates; 报告范围 and 加盖印章 are kept', async () => {
  const date = page.locator('[data-field="dateWritten"]');
  expect(await date.getAttribute('type')).toBeNull();
  for (const [typed, shown] of [
    ['2026-01-21', '2026年1月21日'], // first a text the reader changes: the wait below then waits for the reader
    ['2026年1月20日', '2026年1月20日'],
    ['2026.1.22', '2026年1月22日'],
  ]) {
    await date.fill(typed!);
    await date.press('Enter'); // the date reader loads on the field's first focus: the commit may wait for it
    await expect.poll(() => date.inputValue()).toBe(shown);
  }
  await date.fill('20260年1月1日');
  await date.press('Enter');
  await expect.poll(() => page.locator('#date-error').innerText()).toContain('不是日期');
  expect(await date.inputValue()).toBe('20260年1月1日'); // kept on screen to correct
  await date.fill('2026年2月30日');
  await date.press('Enter');
  await expect.poll(() => page.locator('#date-error').innerText()).toContain('没有2月30日');
  await date.fill('2026年1月22日');
  await date.press('Enter');
  await page.locator('[data-field="scope"]').selectOption('government-office');
  await page.getByLabel('加盖印章').check();
  await expect.poll(() => page.locator('.save-status').innerText()).toContain('已保存');
  await page.reload();
  await page.locator('table.stat-t3 caption').waitFor();
  expect(await page.locator('[data-field="dateWritten"]').inputValue()).toBe('2026年1月22日');
  expect(await page.locator('[data-field="scope"]').inputValue()).toBe('government-office');
  expect(await page.getByLabel('加盖印章').isChecked()).toBe(true);
});
