// Import in the built app: a generated .docx picked in the file input reaches the review screen, then a draft.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { FORMAT_2019 } from '../../src/formats';
import { buildFixture, distinctValues } from '../import/docx-fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('imports a .docx: review screen with 单位 and numbers, then 创建草稿 opens the draft', async () => {
  const values = distinctValues(FORMAT_2019);
  const bytes = await buildFixture({
    format: FORMAT_2019,
    titleLines: ['某市对外经济合作中心', '某市对外经济合作中心2020年度政府', '信息公开工作年度报告'],
    texts: {
      overview: '2020年，本中心认真落实政府信息公开各项要求。\n（1）积极推动主动公开。\n全年发布信息300条。',
      problems: '一是制度建设还需完善。\n二是解读形式较为单一。',
      other: '无。',
    },
    values,
    cellText: { 't2.procurement.amount': `${values['t2.procurement.amount']}元` },
    label: (t) => (t === '商业企业' ? ['商业', '企业'] : [t.replace(/^(\d)\./, '$1、')]),
    signature: '某市对外经济合作中心',
    date: '2021年1月13日',
  });

  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}#/import`);
  await page.locator('input[type="file"]').setInputFiles({
    name: '某市对外经济合作中心2020年报.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  });
  await page.getByText('核对识别结果').waitFor();
  expect(await page.getByLabel('单位名称').inputValue()).toBe('某市对外经济合作中心');
  expect(await page.getByLabel('报告年度').inputValue()).toBe('2020');
  expect(await page.locator('td[data-cell="t3.new.natural"]').innerText()).toBe(values['t3.new.natural']);
  expect(await page.locator('td[data-cell="t2.license.change"]').innerText()).toBe(values['t2.license.change']);
  expect(await page.locator('td[data-cell="t4.review.upheld"]').innerText()).toBe(values['t4.review.upheld']);
  expect(await page.locator('.import-notes').innerText()).toContain('1、属于国家秘密');
  await page.screenshot({ path: '/tmp/import-review.png', fullPage: false });
  await page.locator('.import-compare').screenshot({ path: '/tmp/import-compare.png' });

  await page.getByRole('button', { name: '创建草稿' }).click();
  await page.waitForURL(/#\/draft\//);
  await expect.poll(() => page.locator('h1').first().innerText()).toContain('某市对外经济合作中心2020年政府信息公开工作年度报告');
  await page.screenshot({ path: '/tmp/import-draft.png', fullPage: false });
  expect(errors).toEqual([]);
});

it('a bad file shows its message and stays on the import page', async () => {
  const page = await browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${inject('baseUrl')}#/import`);
  await page.locator('input[type="file"]').setInputFiles({
    name: '旧报告.doc',
    mimeType: 'application/msword',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  });
  await expect.poll(() => page.getByRole('alert').innerText()).toContain('旧版 Word 文件（.doc）');
  expect(page.url()).toContain('#/import');
  await page.screenshot({ path: '/tmp/import-bad.png' });
});

it('imports the published seed report pasted as text', async () => {
  const seed = readFileSync(resolve(process.cwd(), 'tests/fixtures/report-2020-2019format-example.txt'), 'utf8');
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${inject('baseUrl')}#/import`);
  await page.getByLabel('粘贴的报告文字').fill(seed);
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  await page.getByText('核对识别结果').waitFor();
  expect(await page.getByLabel('单位名称').inputValue()).toBe('铜川市对外经济合作中心');
  expect(await page.getByLabel('报告年度').inputValue()).toBe('2020');
  expect(await page.locator('td[data-cell="t3.carryover.legal"]').innerText()).toBe('0');
  expect(await page.locator('.import-notes').innerText()).toContain('五、存在的问题及改进情况。');
  await page.screenshot({ path: '/tmp/import-seed.png', fullPage: true });
  // 取消 leaves nothing behind: back on the input step.
  await page.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '识别粘贴的文字' }).waitFor();
});
