// The editor in Chromium: typing, Excel-like keyboard, a 25×7 paste into 表三 with undo, live checks, formats.
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FORMAT_2019, FORMAT_2021 } from '../../src/formats';
import { launchBrowser } from './browser';
import { activeLabel, balancedT3Block, cellSelector, openNewDraft, pasteText, toTsv } from './editor-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const F = FORMAT_2021;
const cell = (key: string, format = F) => page.locator(cellSelector(format, key));
const label = (key: string, format = F) => format.cellsByKey.get(key)!.ariaLabel;

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

describe('2021 format (#/new/2025)', () => {
  beforeEach(async () => {
    await openNewDraft(page, inject('baseUrl'), 2025);
  });

  it('draws the tables in the official order with captions and one input per value cell', async () => {
    const captions = await page.locator('table.stat caption').allInnerTexts();
    expect(captions).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
    const labels = await page.locator('table.stat-t3 input').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels).toEqual(F.tables.t3.cells.map((c) => c.ariaLabel));
    expect(await cell('t3.new.total').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('table.stat-t3 th.lbl-note').innerText()).toContain('本列数据的勾稽关系为');
    await expect
      .poll(() => page.locator('h2').allInnerTexts())
      .toEqual(expect.arrayContaining(['一、总体情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']));
    await page.screenshot({ path: '/tmp/editor-top.png' });
  });

  it('scrolled inside 表二, shows the title and column head of the block being read under the page header', async () => {
    const titles = page.locator('table.stat-t2 tr.row-block th');
    const heads = page.locator('table.stat-t2 tr.row-head');
    expect(await titles.count()).toBeGreaterThan(2);
    const pageHeader = await page.locator('.editor-head').evaluate((e) => e.getBoundingClientRect().bottom);
    for (const n of [1, 2]) {
      // The block's first value row partly under its stuck title and head: both would have left the screen unstuck.
      const firstRow = page.locator('table.stat-t2 tr.row-head').nth(n).locator('xpath=following-sibling::tr[1]');
      await firstRow.evaluate((row, top) => scrollBy(0, row.getBoundingClientRect().top - top - 30), pageHeader);
      const seen = await page.evaluate((top) => {
        const at = (y: number) => document.elementFromPoint(200, y)?.closest('tr')?.textContent ?? '';
        return { title: at(top + 8), head: at(top + 32) };
      }, pageHeader);
      expect(seen.title).toBe(await titles.nth(n).innerText());
      expect(seen.head).toBe(await heads.nth(n).evaluate((tr) => tr.textContent));
    }
  });

  it('types values, computes totals, moves like a spreadsheet and refuses bad input with a reason', async () => {
    await cell('t3.new.natural').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    expect(await activeLabel(page)).toBe(label('t3.carried.natural'));
    await page.keyboard.type('３'); // full-width digit
    await page.keyboard.press('Tab');
    expect(await activeLabel(page)).toBe(label('t3.carried.business'));
    expect(await cell('t3.carried.natural').inputValue()).toBe('3');
    await page.keyboard.type('1,200');
    await page.keyboard.press('ArrowUp');
    expect(await activeLabel(page)).toBe(label('t3.new.business'));
    expect(await cell('t3.carried.business').inputValue()).toBe('1200');
    expect(await cell('t3.carried.total').inputValue()).toBe('1203');
    expect(await cell('t3.new.total').inputValue()).toBe('5');
    await page.keyboard.press('ArrowLeft');
    expect(await activeLabel(page)).toBe(label('t3.new.natural'));
    // Typing replaces the selected value (ready mode).
    await page.keyboard.type('7');
    expect(await cell('t3.new.natural').inputValue()).toBe('7');
    await page.keyboard.press('Escape'); // reverts the edit
    expect(await cell('t3.new.natural').inputValue()).toBe('5');
    // F2 edits in place: caret at the end, arrows move the caret, not the cell.
    await page.keyboard.press('F2');
    await page.keyboard.press('ArrowLeft');
    expect(await activeLabel(page)).toBe(label('t3.new.natural'));
    await page.keyboard.press('End');
    await page.keyboard.type('0');
    expect(await cell('t3.new.natural').inputValue()).toBe('50');
    await page.keyboard.press('Enter');
    // Double-click also edits in place, with the caret at the end.
    await cell('t3.new.business').dblclick();
    await page.keyboard.press('ArrowLeft');
    expect(await activeLabel(page)).toBe(label('t3.new.business'));
    await page.keyboard.press('End');
    await page.keyboard.type('1');
    expect(await cell('t3.new.business').inputValue()).toBe('1');
    await page.keyboard.press('Escape');
    expect(await cell('t3.new.business').inputValue()).toBe('');
    // The focused cell is always visibly outlined.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    // Computed cells are passed through by arrows; typing into them changes nothing.
    await cell('t3.new.otherOrg').click();
    await page.keyboard.press('ArrowRight');
    expect(await activeLabel(page)).toBe(label('t3.new.total'));
    await page.keyboard.type('9');
    expect(await cell('t3.new.total').inputValue()).toBe('50');
    // Bad input: the reason is shown, the raw text stays, nothing is stored.
    await cell('t3.open.natural').click();
    await page.keyboard.type('abc');
    const alert = page.locator('.cell-msg[role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('不是数字');
    expect(await cell('t3.open.natural').inputValue()).toBe('abc');
    expect(await cell('t3.open.natural').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await cell('t3.open.natural').inputValue()).toBe('abc');
    expect(await cell('t3.results.natural').inputValue()).toBe('');
    await cell('t3.partial.natural').click();
    await page.keyboard.type('1.5');
    await expect.poll(() => page.locator('.cell-msg').allInnerTexts()).toContainEqual(expect.stringContaining('带有小数'));
    // Delete clears.
    await cell('t3.carried.natural').click();
    await page.keyboard.press('Delete');
    expect(await cell('t3.carried.natural').inputValue()).toBe('');
    expect(await cell('t3.carried.total').inputValue()).toBe('1200');
    // Undo/redo over cell edits.
    await page.keyboard.press('Control+z');
    expect(await cell('t3.carried.natural').inputValue()).toBe('3');
    await page.keyboard.press('Control+y');
    expect(await cell('t3.carried.natural').inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+Z'); // nothing left to redo
    expect(await cell('t3.carried.natural').inputValue()).toBe('');
  });

  it('pastes a 25×7 block into 表三, reports bad pieces and total mismatches, and undoes it in one step', async () => {
    const { rows, expected } = balancedT3Block();
    rows[1]![2] = 'abc'; // 第2行第3列
    rows[4]![6] = '999'; // a 总计 that disagrees with its parts
    await cell('t3.new.natural').click();
    await pasteText(page, toTsv(rows));
    const notice = page.locator('.paste-notice');
    await expect.poll(() => notice.innerText()).toContain('第2行第3列“abc”不是数字');
    expect(await notice.innerText()).toContain('第5行第7列“999”');
    expect(await notice.innerText()).toMatch(/粘贴到 143 个单元格.*，并核对了 31 个自动计算的合计/);
    for (const key of [
      't3.new.natural',
      't3.new.total',
      't3.deny8.legal',
      't3.results.otherOrg',
      't3.carryover.research',
      't3.other3.total',
    ]) {
      expect(await cell(key).inputValue(), key).toBe(expected[key]);
    }
    expect(await cell('t3.carried.research').inputValue()).toBe(''); // the refused piece is not stored
    expect(await cell('t3.partial.total').getAttribute('aria-label')).toBe(label('t3.partial.total'));
    // The 总计 of row 二 (12) now disagrees too, since its refused piece was not stored: both are kept for the checks.
    expect(await page.locator('.cell-declared').allInnerTexts()).toEqual(['原表12', '原表999']);
    expect(await notice.innerText()).toContain('第2行第7列“12”');
    // One paste = one undo step.
    await page.keyboard.press('Control+z');
    for (const key of ['t3.new.natural', 't3.new.total', 't3.deny8.legal', 't3.carryover.research'])
      expect(await cell(key).inputValue(), key).toBe('');
    expect(await page.locator('.cell-declared').count()).toBe(0);
    await page.keyboard.press('Control+y');
    expect(await cell('t3.deny8.legal').inputValue()).toBe('1');
  });

  it('fires T3-R1 when 表三 does not balance and clears it when it does', async () => {
    await cell('t3.new.natural').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    const t3r1 = page.locator('[data-rule="T3-R1"]');
    await expect.poll(() => t3r1.count()).toBeGreaterThan(0);
    expect(await t3r1.first().getAttribute('data-severity')).toBe('error');
    await expect.poll(() => cell('t3.new.natural').getAttribute('class')).toContain('cell-error');
    expect(await page.locator('.problems-summary').innerText()).toMatch(/[1-9]\d* 个错误/);
    // Clicking the finding focuses its first cell.
    await t3r1.first().locator('button').click();
    expect(await activeLabel(page)).not.toBeNull();
    await cell('t3.open.natural').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => t3r1.count()).toBe(0);
    expect(await cell('t3.new.natural').getAttribute('class')).not.toContain('cell-error');
  });

  it('fills empty cells with 0 in one undo step; edits facts and texts with grouped undo', async () => {
    await cell('t3.new.natural').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '空白单元格填0', exact: true }).click();
    expect(await cell('t3.deny3.business').inputValue()).toBe('0');
    expect(await cell('t4.review.upheld').inputValue()).toBe('0');
    expect(await cell('t2.fees.amount').inputValue()).toBe('0');
    expect(await cell('t3.new.natural').inputValue()).toBe('4');
    await page.keyboard.press('Control+z');
    expect(await cell('t3.deny3.business').inputValue()).toBe('');
    expect(await cell('t3.new.natural').inputValue()).toBe('4');

    const name = page.locator('[data-field="agencyName"]');
    await name.click();
    await page.keyboard.type('某某市交通运输局');
    await expect.poll(() => page.locator('h1').innerText()).toBe('某某市交通运输局2025年政府信息公开工作年度报告');
    const overview = page.locator('textarea[data-field="text:overview"]');
    await overview.click();
    await page.keyboard.type('（一）主动公开情况。本年度主动公开信息100条。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('全年未发生重大问题。');
    const preview = page.locator('.text-section').first().locator('.preview');
    expect(await preview.locator('.pv-h2').innerText()).toBe('（一）主动公开情况。');
    expect(await preview.locator('.pv').count()).toBe(2);
    await expect.poll(() => page.locator('.count').innerText()).toContain('字数：');
    await page.keyboard.press('Control+z'); // the whole typing in the text area is one step
    expect(await overview.inputValue()).toBe('');
    expect(await name.inputValue()).toBe('某某市交通运输局');
    await page.keyboard.press('Control+z');
    expect(await name.inputValue()).toBe('');
    expect(await page.locator('.reminder').innerText()).toContain('信息处理费');
  });

  it('takes a screenshot of a filled report', async () => {
    const { rows } = balancedT3Block();
    await cell('t3.new.natural').click();
    await pasteText(page, toTsv(rows));
    await cell('t3.open.natural').click();
    await page.keyboard.type('x');
    await page.locator('[data-field="agencyName"]').fill('某某市交通运输局');
    await page.locator('table.stat-t3').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/editor-2025.png' });
    await page.screenshot({ path: '/tmp/editor-2025-full.png', fullPage: true });
  });
});

describe('2019 format (#/new/2020)', () => {
  beforeEach(async () => {
    await openNewDraft(page, inject('baseUrl'), 2020);
  });

  it('accepts negative 本年增/减 and money with decimals; year change asks before dropping values', async () => {
    const F19 = FORMAT_2019;
    await cell('t2.license.change', F19).click();
    await page.keyboard.type('-18');
    await page.keyboard.press('Enter');
    expect(await cell('t2.license.change', F19).inputValue()).toBe('-18');
    await cell('t2.procurement.amount', F19).click();
    await page.keyboard.type('24,252.311082');
    await page.keyboard.press('Enter');
    expect(await cell('t2.procurement.amount', F19).inputValue()).toBe('24252.311082');
    await cell('t2.license.prevItems', F19).click();
    await page.keyboard.type('-1');
    await expect.poll(() => page.locator('.cell-msg').innerText()).toContain('不能填负数');
    await page.keyboard.press('Escape');
    await cell('t3.new.natural', F19).click();
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');

    const year = page.locator('[data-field="year"]');
    await year.fill('2018');
    await year.press('Enter');
    await expect.poll(() => page.locator('.field-msg').innerText()).toContain('2018年度报告早于');
    expect(await page.locator('h1').innerText()).toContain('2020年');

    await year.fill('2021');
    await year.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(label('t2.license.change', F19));
    await dialog.getByRole('button', { name: '取消，保留全部内容' }).click();
    expect(await page.locator('h1').innerText()).toContain('2020年');
    expect(await cell('t2.license.change', F19).inputValue()).toBe('-18');

    await year.fill('2021');
    await year.press('Enter');
    await page.screenshot({ path: '/tmp/editor-year-dialog.png' });
    await page.getByRole('dialog').getByRole('button', { name: '删除以上数字并切换' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toContain('2021年');
    expect(await cell('t3.new.natural').inputValue()).toBe('8'); // kept: the key exists in both formats
    expect(await page.locator(cellSelector(F19, 't2.license.change')).count()).toBe(0);
    expect(await cell('t3.other1.natural').count()).toBe(1);
    await page.screenshot({ path: '/tmp/editor-2020-to-2021.png', fullPage: true });
  });
});
