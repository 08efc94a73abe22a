// Opening a PDF file in Firefox ESR: pdf.js's legacy build and its module worker run there too, and the review
// shows the numbers of our LibreOffice-made export (fixture own-2021.pdf) in their cells.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchFirefox, type Firefox } from './firefox';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

it('home → 导入… → a PDF file → review with every number in its cell', async () => {
  const fixture = resolve(process.cwd(), 'tests/fixtures/import/own-2021.pdf');
  const values = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/import/own-2021.values.json'), 'utf8')) as Record<
    string,
    string
  >;
  await ff.page.goto(`${inject('baseUrl')}#/`);
  await ff.page.click('a::-p-text(导入)');
  const input = await ff.page.waitForSelector('input[type="file"]');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(fixture);
  await ff.page.waitForSelector('::-p-text(核对识别结果)', { timeout: 60_000 });
  const shown = await ff.page.$$eval('td[data-cell]', (tds) =>
    tds.map((td) => [td.getAttribute('data-cell')!, (td.firstChild?.textContent ?? '').trim()]),
  );
  let right = 0;
  const wrong: string[] = [];
  for (const [key, text] of shown) {
    if (!(key! in values)) continue;
    if (text === values[key!]) right++;
    else if (text !== '') wrong.push(`${key}: ${text} ≠ ${values[key!]}`);
  }
  expect(wrong).toEqual([]);
  expect(right).toBe(Object.keys(values).length);
  expect(await ff.page.$eval('::-p-aria(单位名称)', (el) => (el as HTMLInputElement).value)).toBe('某市人力资源和社会保障局');
  await ff.page.screenshot({ path: '/tmp/nianbao-firefox-import-pdf.png' });
  expect(ff.errors).toEqual([]);
}, 120_000);
