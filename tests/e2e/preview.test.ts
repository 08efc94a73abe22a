// 「预览/打印」 in the built app: A4 sheets of the report; printed by Chromium in print media, the PDF holds every
// table label and number on A4 pages, and none of the editor's controls.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getFormat } from '../../src/formats';
import { computeAll } from '../../src/model';
import { findsLabel, pdfPageCount, pdfWords } from '../export/soffice';
import { launchBrowser } from './browser';
import { openFilledDraft } from './report-fill';
import { execFileSync } from 'node:child_process';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('prints the report, not the editor, on A4 pages with every label and number', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const values = await openFilledDraft(page, inject('baseUrl'), 2025);
  const format = getFormat('2021');

  await page.locator('header').first().screenshot({ path: '/tmp/nianbao-export-toolbar.png' });
  await page.getByRole('button', { name: '预览/打印' }).click();
  const dialog = page.getByRole('dialog', { name: '预览/打印' });
  await dialog.waitFor();
  await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 20_000 }).toMatch(/A4 纸共 \d+ 页/);
  const sheets = await page.locator('.nb-sheet').count();
  expect(sheets).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: '/tmp/nianbao-preview.png' });

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-preview-'));
  writeFileSync(join(dir, 'preview.pdf'), pdf);
  writeFileSync('/tmp/nianbao-preview.pdf', pdf); // to look at
  const info = execFileSync('pdfinfo', [join(dir, 'preview.pdf')], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  // 「另存为 PDF」 names the file after the report.
  expect(info).toMatch(/Title:\s+某某市人民政府办公室2025年政府信息公开工作年度报告/);
  expect(pdfPageCount(pdf)).toBe(sheets);

  const words = pdfWords(pdf);
  const labels = Object.values(format.tables).flatMap((t) => t.rows.flat().flatMap((c) => (c.type === 'value' ? [] : [c.text])));
  const expected = [
    '某某市人民政府办公室',
    '2025年政府信息公开工作年度报告',
    ...format.sections.map((s) => s.heading),
    ...labels,
    '本机关坚持以公开为常态、不公开为例外。',
    '2026年1月9日',
  ];
  const missing = [...new Set(expected)].filter((label) => !findsLabel(words, label));
  expect(missing, 'not in the printed PDF').toEqual([]);
  const tokens = new Set(words.map((w) => w.text));
  const numbers = Object.values(computeAll(format, values)).filter((v) => v !== '');
  expect(
    numbers.filter((v) => !tokens.has(v)),
    'numbers missing from the PDF',
  ).toEqual([]);
  // Page numbers 「— N —」 and nothing of the editor.
  for (let n = 1; n <= sheets; n++)
    expect(
      findsLabel(
        words.filter((w) => w.page === n),
        `—${n}—`,
      ),
      `page number ${n}`,
    ).toBe(true);
  const text = words.map((w) => w.text).join('');
  for (const control of ['检查结果', '导出Word', '预览/打印', '关闭预览', '撤销', '空白单元格填0', '首页', '导出网页'])
    expect(text).not.toContain(control);

  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.nb-preview-root').count()).toBe(0);
  expect(errors).toEqual([]);
}, 120_000);
