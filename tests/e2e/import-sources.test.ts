// Import as clerks really have reports: our own export turned into PDF by LibreOffice and copied as text
// (pdftotext -layout and -raw), a web copy carrying text/html, and the two hostile .docx with a heartbeat in the page.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { longestGap, startHeartbeat } from './heartbeat';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { docxBytes } from '../export/build';
import { docxToPdf } from '../export/soffice';
import { distinctSampleReport, distinctValues } from '../import/docx-fixtures';
import { entityBomb, slowDocx, zipBomb } from '../import/hostile-docx';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openImport(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${inject('baseUrl')}#/`);
  await page.getByRole('link', { name: /^导入/ }).click();
  await page.getByLabel(/粘贴/).waitFor();
  return page;
}

/** Right and wrong input cells on the review screen against the report's values. */
async function reviewScore(page: Page, values: Record<string, string>): Promise<{ right: number; wrong: string[] }> {
  const shown = await page
    .locator('td[data-cell]')
    .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-cell')!, (td.firstChild?.textContent ?? '').trim()] as const));
  let right = 0;
  const wrong: string[] = [];
  for (const [key, text] of shown) {
    if (!(key in values)) continue;
    if (text === values[key]) right++;
    else if (text !== '') wrong.push(`${key}: ${text} ≠ ${values[key]}`);
  }
  return { right, wrong };
}

for (const format of [FORMAT_2019, FORMAT_2021] as FormatDef[]) {
  it(`${format.id}: our export → LibreOffice PDF → pdftotext -layout and -raw → 粘贴 → 识别… → 创建草稿 → editor`, async () => {
    const { year, report } = distinctSampleReport(format);
    const pdf = docxToPdf(await docxBytes(report), `own-${format.id}`);
    const total = Object.keys(report.values).length;
    for (const mode of ['-layout', '-raw']) {
      const text = execFileSync('pdftotext', [mode, '-', '-'], { input: pdf, encoding: 'utf8' });
      const page = await openImport();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.getByLabel(/粘贴/).fill(text);
      await page.getByRole('button', { name: /^识别/ }).click();
      await page.getByText('核对识别结果').waitFor();
      const { right, wrong } = await reviewScore(page, report.values);
      expect(wrong, mode).toEqual([]);
      expect(right / total, mode).toBeGreaterThanOrEqual(0.99);
      expect(await page.getByLabel('单位名称').inputValue()).toBe('某市人力资源和社会保障局');
      expect(await page.getByLabel('报告年度').inputValue()).toBe(String(year));
      await page.screenshot({ path: `/tmp/import-pdf-${format.id}${mode}.png` });
      await page.getByRole('button', { name: '创建草稿' }).click();
      await page.waitForURL(/#\/draft\//);
      const first = page.getByLabel(format.cellsByKey.get('t3.new.natural')!.ariaLabel, { exact: true });
      await expect.poll(() => first.inputValue()).toBe(report.values['t3.new.natural']);
      await first.fill('7');
      await expect.poll(() => first.inputValue()).toBe('7');
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 180_000);
}

it('a web copy: the clipboard’s text/html tables are read before the plain text', async () => {
  const format = FORMAT_2021;
  const values = distinctValues(format);
  const rows = format.tables.t2.rows
    .map(
      (row) =>
        `<tr>${row.map((c) => `<td${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}>${c.type === 'value' ? (values[c.key] ?? '') : c.text}</td>`).join('')}</tr>`,
    )
    .join('');
  const html = `<p>某区教育局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>概况。</p><p>二、主动公开政府信息情况</p><table>${rows}</table><p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p>`;
  const plain = '某区教育局2023年政府信息公开工作年度报告\n一、总体情况\n概况。\n二、主动公开政府信息情况\n（表格）';
  const page = await openImport();
  const box = page.getByLabel(/粘贴/);
  await box.focus();
  await box.evaluate(
    (el, [h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, plain] as const,
  );
  await box.fill(plain); // what the browser puts in the box: the plain text
  await page.getByRole('button', { name: /^识别/ }).click();
  await page.getByText('核对识别结果').waitFor();
  expect(await page.locator('td[data-cell="t2.regulation.issued"]').innerText()).toBe(values['t2.regulation.issued']);
  expect(await page.locator('td[data-cell="t2.fees.amount"]').innerText()).toBe(values['t2.fees.amount']);
  await page.close();
});

for (const [name, make] of [
  ['entity blow-up', entityBomb],
  ['zip of 39 MB XML', zipBomb],
] as const) {
  it(`hostile .docx (${name}): the page keeps its heartbeat and ends with a message`, async () => {
    const page = await openImport();
    await startHeartbeat(page);
    const bytes = make();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: `${name}.docx`, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toMatch(/DTD|过大|停止/);
    await page.waitForTimeout(300);
    expect(await longestGap(page)).toBeLessThan(1000);
    expect(await page.getByRole('button', { name: /^识别/ }).isEnabled()).toBe(true);
    await page.close();
  }, 60_000);
}

it('a long read can be cancelled: 取消 ends it with a message, and the page stays usable', async () => {
  const page = await openImport();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'long.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(slowDocx()) });
  const cancel = page.getByRole('button', { name: '取消' });
  await cancel.waitFor({ timeout: 10_000 });
  await cancel.click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('已取消');
  expect(await page.locator('input[type="file"]').isEnabled()).toBe(true);
  await page.close();
}, 60_000);

it('a year not in the title is shown as a guess and must be confirmed before 创建草稿', async () => {
  const page = await openImport();
  const text = [
    '某区教育局政府信息公开工作年度报告',
    '一、总体情况',
    '本年度工作情况良好。',
    '二、主动公开政府信息情况',
    '规章\t1\t2\t3',
    '五、存在的主要问题及改进情况',
    '无。',
    '六、其他需要报告的事项',
    '无。',
    '某区教育局',
    '2024年1月15日',
  ].join('\n');
  await page.getByLabel(/粘贴/).fill(text);
  await page.getByRole('button', { name: /^识别/ }).click();
  await page.getByText('核对识别结果').waitFor();
  expect(await page.getByLabel('报告年度').inputValue()).toBe('2023');
  const create = page.getByRole('button', { name: '创建草稿' });
  expect(await create.isDisabled()).toBe(true);
  expect(await page.locator('.import-notes').innerText()).toContain('推测');
  await page.screenshot({ path: '/tmp/import-guessed-year.png' });
  await page.getByRole('checkbox', { name: /推测/ }).check();
  expect(await create.isEnabled()).toBe(true);
  await page.close();
});
