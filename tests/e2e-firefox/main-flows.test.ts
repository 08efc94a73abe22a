// The main flows in Firefox ESR (WebDriver BiDi): create a draft, type with the keyboard, reload keeps the
// values, export a .docx, import that file back, and the one-file build from file://.
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { formatForYear } from '../../src/formats';
import { buildApp, type Build } from '../e2e/offline-helpers';
import { inputValue, launchFirefox, until, waitForDownload, type Firefox } from './firefox';

const t3 = formatForYear(2025).tables.t3;
const label = (key: string) => t3.cells.find((c) => c.key === key)!.ariaLabel;
const NATURAL = label('t3.new.natural');
const LEGAL = label('t3.new.legal');
const TOTAL = label('t3.new.total');

let ff: Firefox;
let draftUrl = '';
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

async function openNewDraft(base: string): Promise<void> {
  await ff.page.goto(`${base}#/new/2025`);
  await ff.page.waitForFunction(() => location.hash.startsWith('#/draft/'), { timeout: 30_000 });
  await ff.page.waitForSelector(`input[aria-label="${NATURAL}"]`, { visible: true, timeout: 30_000 });
}

/** Click the cell, type the digits on the keyboard, confirm with Enter (as a clerk does). */
async function typeInto(cellLabel: string, digits: string): Promise<void> {
  await ff.page.click(`input[aria-label="${cellLabel}"]`);
  await ff.page.keyboard.type(digits);
  await ff.page.keyboard.press('Enter');
  await until(() => inputValue(ff.page, cellLabel), digits);
}

async function saved(): Promise<void> {
  await ff.page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.startsWith('已保存'), {
    timeout: 15_000,
  });
}

it('creates a draft, takes typed values with live totals, and keeps them over a reload', async () => {
  await openNewDraft(inject('baseUrl'));
  draftUrl = ff.page.url();
  await typeInto(NATURAL, '12');
  await typeInto(LEGAL, '3');
  await until(() => inputValue(ff.page, TOTAL), '15');
  await ff.page.click('[data-field="agencyName"]');
  await ff.page.keyboard.type('某某县交通运输局');
  await ff.page.keyboard.press('Tab');
  // 一 grows to show every line it holds (Firefox 153 sizes it itself, CSS field-sizing; older ESRs by script).
  const overviewArea = 'textarea[data-field="text:overview"]';
  const areaSize = () =>
    ff.page.$eval(overviewArea, (el) => ({ height: (el as HTMLElement).offsetHeight, hidden: el.scrollHeight - el.clientHeight }));
  const emptyArea = await areaSize();
  await ff.page.click(overviewArea);
  for (let i = 1; i <= 8; i++) {
    await ff.page.keyboard.type(`第${i}段。本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1234条。`);
    if (i < 8) await ff.page.keyboard.press('Enter');
  }
  await ff.page.waitForFunction(
    (sel, h) => (document.querySelector(sel) as HTMLElement).offsetHeight > h * 2,
    { timeout: 5000 },
    overviewArea,
    emptyArea.height,
  );
  expect((await areaSize()).hidden).toBeLessThanOrEqual(0);
  await saved();

  await ff.page.reload();
  await ff.page.waitForSelector(`input[aria-label="${NATURAL}"]`, { visible: true });
  await until(() => inputValue(ff.page, NATURAL), '12');
  expect(await inputValue(ff.page, LEGAL)).toBe('3');
  expect(await inputValue(ff.page, TOTAL)).toBe('15');
  expect(await ff.page.$eval('[data-field="agencyName"]', (el) => (el as HTMLInputElement).value)).toBe('某某县交通运输局');
  await ff.page.screenshot({ path: '/tmp/nianbao-firefox-editor.png' });
  expect(ff.errors).toEqual([]);
});

it('exports the draft as a .docx and imports that file back into a new draft', async () => {
  expect(draftUrl).toMatch(/#\/draft\//);
  await ff.page.click('button::-p-text(导出 Word)');
  const confirm = await ff.page.waitForSelector('[role="dialog"] .export-confirm', { visible: true, timeout: 20_000 });
  await confirm!.click();
  const file = await waitForDownload(ff.downloads, '.docx');
  expect(file.name).toMatch(/某某县交通运输局2025年政府信息公开工作年度报告\.docx$/);
  expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const documentXml = strFromU8(unzipSync(new Uint8Array(file.bytes))['word/document.xml']!);
  expect(documentXml).toContain('2025年政府信息公开工作年度报告');

  await ff.page.goto(`${inject('baseUrl')}#/import`);
  const input = await ff.page.waitForSelector('input[type="file"]');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file.path);
  await ff.page.waitForSelector('::-p-text(核对识别结果)', { timeout: 30_000 });
  expect(await ff.page.$eval('td[data-cell="t3.new.natural"]', (el) => el.textContent?.trim())).toBe('12');
  expect(await ff.page.$eval('td[data-cell="t3.new.legal"]', (el) => el.textContent?.trim())).toBe('3');
  await ff.page.screenshot({ path: '/tmp/nianbao-firefox-import.png' });
  await ff.page.click('button::-p-text(创建草稿)');
  await ff.page.waitForFunction((before) => location.hash.startsWith('#/draft/') && location.href !== before, {}, draftUrl);
  await ff.page.waitForSelector(`input[aria-label="${NATURAL}"]`, { visible: true });
  await until(() => inputValue(ff.page, NATURAL), '12');
  expect(await inputValue(ff.page, TOTAL)).toBe('15');
  expect(await ff.page.$eval('h1', (el) => el.textContent)).toContain('某某县交通运输局2025年');
  expect(ff.errors).toEqual([]);
});

it('runs the one-file build from file://: create, type, reload keeps the values', async () => {
  let single: Build | null = null;
  try {
    single = await buildApp('single');
    await openNewDraft(pathToFileURL(single.htmlFile).href);
    await typeInto(NATURAL, '7');
    await until(() => inputValue(ff.page, TOTAL), '7');
    await saved();
    await ff.page.reload();
    await ff.page.waitForSelector(`input[aria-label="${NATURAL}"]`, { visible: true });
    await until(() => inputValue(ff.page, NATURAL), '7');
    await ff.page.screenshot({ path: '/tmp/nianbao-firefox-single.png' });
    expect(ff.errors).toEqual([]);
  } finally {
    single?.remove();
  }
});
