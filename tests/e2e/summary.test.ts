// 汇总 in the built app: three units — a draft in this browser, a .docx exported by the app, a backup .json —
// received through the 汇总 page (both files in one selection, then the draft list); 生成汇总报告 opens the
// 汇总 draft whose 表二/三/四 inputs equal the cell-by-cell sums; the .xlsx opens in LibreOffice with a 合计 row equal to them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { FORMAT_2021 } from '../../src/formats';
import { computeAll, sumDecimals, type Report } from '../../src/model';
import { buildBackup } from '../../src/store/backup';
import { docxBytes } from '../export/build';
import { filledReport } from '../checks/helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A complete, balanced 2024 report of one unit; k varies its figures (表三 自然人 column stays balanced). */
function unitReport(id: string, name: string, k: number, fee: string): Report {
  const r = filledReport(2024);
  return {
    ...r,
    id,
    agencyName: name,
    signature: name,
    values: {
      ...r.values,
      't3.new.natural': String(10 + k),
      't3.open.natural': String(5 + k),
      't2.license.decisions': String(1000 + 7 * k),
      't2.fees.amount': fee,
      't4.review.upheld': String(2 + k),
    },
  };
}

/** Every sheet of the .xlsx as read by LibreOffice Calc, by sheet name. */
function sheetsAsCsv(xlsx: Buffer): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-xlsx-'));
  try {
    writeFileSync(join(dir, 'detail.xlsx'), xlsx);
    // 44 = comma, 34 = quote, 76 = UTF-8, sheet -1 = every sheet to its own file (LibreOffice ≥ 7.2)
    const result = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        join(dir, 'detail.xlsx'),
      ],
      { timeout: 120_000, encoding: 'utf8' },
    );
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    if (files.length === 0) throw new Error(`LibreOffice could not read the .xlsx: ${result.stderr || result.stdout}`);
    // LibreOffice names each file detail-<sheet name>.csv
    return Object.fromEntries(
      files.map((f) => [
        f.replace(/^detail-|\.csv$/g, ''),
        readFileSync(join(dir, f), 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, ''))),
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

it('sums a draft, an exported .docx and a backup .json into the 汇总 draft and the .xlsx 分单位明细', async () => {
  const draft = unitReport('unit-draft-1', '县教育局', 1, '0.1');
  const docxUnit = unitReport('unit-docx-1', '县民政局', 20, '0.2');
  const backupUnit = unitReport('unit-json-1', '县卫生健康委员会', 300, '24252.311082');
  const units = [draft, docxUnit, backupUnit];
  const expected: Record<string, string> = {};
  const alls = units.map((u) => computeAll(FORMAT_2021, u.values));
  for (const key of FORMAT_2021.cellsByKey.keys()) {
    const terms = alls.map((a) => a[key] ?? '').filter((v) => v !== '');
    expected[key] = terms.length ? sumDecimals(terms) : '';
  }
  expect(expected['t2.fees.amount']).toBe('24252.611082');

  const { context } = {
    context: await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1366, height: 900 } }),
  };
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());

  // The draft: restored on 首页 from the unit's backup (it then lives in this browser).
  await page.goto(`${inject('baseUrl')}#/`);
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({
      name: 'draft.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(buildBackup([draft]))),
    });
  await page.getByText('已从备份恢复1份草稿').waitFor();
  await page.screenshot({ path: '/tmp/summary-home.png' });

  await page.getByRole('link', { name: '汇总…' }).click();
  await page.getByRole('heading', { name: '汇总本级政府年度报告' }).waitFor();
  await page.getByLabel('本级政府名称').fill('某某县人民政府');
  await page.getByLabel('报告年度').fill('2024');
  await page.getByRole('button', { name: '新建汇总工作区' }).click();
  await page.getByRole('heading', { name: '某某县人民政府 2024年度汇总' }).waitFor();
  await page.getByLabel('添加单位（每行一个名称）').fill('县教育局\n县民政局\n县卫生健康委员会\n国家税务总局某某县税务局');
  await page.getByRole('button', { name: '添加单位' }).click();
  await page.getByLabel('类别：国家税务总局某某县税务局').selectOption('vertical');
  await expect.poll(() => page.locator('.summary-progress').innerText()).toBe('已收到 0/3');

  // Both files in one selection; each match is proposed by name and confirmed by the clerk.
  await page.getByLabel(/选择文件/).setInputFiles([
    {
      name: '县民政局2024年政府信息公开工作年度报告.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(await docxBytes(docxUnit)),
    },
    {
      name: '年报草稿备份-县卫生健康委员会2024年度.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(buildBackup([backupUnit]))),
    },
  ]);
  const pending = page.getByRole('table', { name: '核对文件与单位的匹配' });
  await pending.waitFor();
  expect(await pending.locator('tbody tr').count()).toBe(2);
  expect(await page.locator('.summary-progress').innerText()).toBe('已收到 0/3'); // nothing counted before confirming
  for (const file of ['县民政局2024年政府信息公开工作年度报告.docx', '年报草稿备份-县卫生健康委员会2024年度.json']) {
    const select = page.getByLabel(`${file}属于单位`);
    expect(await select.locator('option:checked').innerText()).toBe(file.includes('民政') ? '县民政局' : '县卫生健康委员会');
  }
  await pending.getByRole('button', { name: '确认' }).first().click();
  await expect.poll(() => pending.locator('tbody tr').count()).toBe(1);
  await pending.getByRole('button', { name: '确认' }).click();
  await pending.waitFor({ state: 'detached' });

  // The draft from this browser's list.
  expect(await page.getByLabel('草稿「县教育局」属于单位').locator('option:checked').innerText()).toBe('县教育局');
  await page.getByRole('button', { name: '加入' }).click();
  await expect.poll(() => page.locator('.summary-progress').innerText()).toBe('已收到 3/3');
  for (const name of ['县教育局', '县民政局', '县卫生健康委员会']) {
    expect(await page.locator(`tr[data-unit="${name}"] td`).nth(1).innerText()).toContain('计入汇总');
  }
  await page.screenshot({ path: '/tmp/summary-board.png', fullPage: true });

  // .xlsx 分单位明细
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出分单位明细/ }).click()]);
  expect(download.suggestedFilename()).toBe('某某县人民政府2024年度政府信息公开汇总-分单位明细.xlsx');
  const sheets = sheetsAsCsv(readFileSync((await download.path())!));
  const names = { t2: '表二 主动公开', t3: '表三 依申请公开', t4: '表四 复议诉讼' } as const;
  expect(Object.keys(sheets).sort()).toEqual(Object.values(names).sort());
  for (const t of ['t2', 't3', 't4'] as const) {
    const rows = sheets[names[t]]!;
    expect(rows.map((r) => r[0])).toEqual(['单位名称', '县教育局', '县民政局', '县卫生健康委员会', '合计']);
    const total = rows[4]!.slice(1);
    expect(total).toEqual(FORMAT_2021.tables[t].cells.map((c) => expected[c.key]));
  }

  // 生成汇总报告 opens the 汇总 draft in the editor.
  await page.getByRole('button', { name: '生成汇总报告' }).click();
  await page.waitForURL(/#\/draft\//);
  await page.locator('table.stat-t3 caption').waitFor();
  await expect.poll(() => page.locator('h1').first().innerText()).toContain('某某县人民政府2024年政府信息公开工作年度报告');
  for (const t of ['t2', 't3', 't4'] as const) {
    for (const cell of FORMAT_2021.tables[t].cells) {
      if (cell.kind === 'total') continue;
      const value = await page.locator(`input[aria-label="${cell.ariaLabel}"]`).inputValue();
      expect(value.replace(/,/g, ''), cell.ariaLabel).toBe(expected[cell.key]);
    }
  }
  await page.screenshot({ path: '/tmp/summary-draft.png' });
  expect(errors).toEqual([]);
  await context.close();
});

it("names a unit's 勾稽 error with its Δ, sums it only with a recorded reason, and stops a second tab from overwriting", async () => {
  const good = unitReport('unit-good-2', '县教育局', 1, '1');
  const broken = {
    ...unitReport('unit-bad-2', '县财政局', 2, '2'),
    values: { ...unitReport('x', 'x', 2, '2').values, 't3.new.natural': '27' },
  }; // 一 +15
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}#/summary`);
  await page.getByLabel('本级政府名称').fill('某某市人民政府');
  await page.getByLabel('报告年度').fill('2024');
  await page.getByRole('button', { name: '新建汇总工作区' }).click();
  await page.getByRole('heading', { name: '某某市人民政府 2024年度汇总' }).waitFor();
  await page.getByLabel('添加单位（每行一个名称）').fill('县教育局\n县财政局');
  await page.getByRole('button', { name: '添加单位' }).click();
  await page.getByLabel(/选择文件/).setInputFiles({
    name: 'units.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(buildBackup([good, broken]))),
  });
  const pending = page.getByRole('table', { name: '核对文件与单位的匹配' });
  await expect.poll(() => pending.locator('tbody tr').count()).toBe(2);
  await pending.getByRole('button', { name: '确认' }).first().click();
  await expect.poll(() => pending.locator('tbody tr').count()).toBe(1);
  await pending.getByRole('button', { name: '确认' }).click();

  const row = page.locator('tr[data-unit="县财政局"]');
  await expect.poll(() => row.locator('td').nth(1).innerText()).toContain('有错误，未计入');
  const error = row.locator('li[data-rule="T3-R1"]').first();
  expect(await error.innerText()).toContain('Δ 15');
  const [r, g, b] = (await error.evaluate((e) => getComputedStyle(e).color)).match(/\d+/g)!.map(Number);
  expect(r! > 150 && g! < 90 && b! < 90, 'the error is shown in red').toBe(true);
  expect(await page.locator('.summary-findings').count()).toBe(0); // not summed: the sum has no 勾稽 error

  // A second tab on the same workspace.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.locator('tr[data-unit="县财政局"]').waitFor();

  await page.getByLabel('强制汇总理由：县财政局').fill('单位已书面说明，更正稿随后报送');
  await page.getByRole('button', { name: '强制汇总' }).click();
  await expect.poll(() => row.locator('td').nth(1).innerText()).toContain('强制汇总');
  const finding = page.locator('.summary-findings li[data-rule="T3-R1"]').first();
  await expect.poll(() => finding.innerText()).toContain('来自：「县财政局」（Δ 15）');
  await page.screenshot({ path: '/tmp/summary-forced.png', fullPage: true });

  // The other tab learns of the newer save and refuses to write over it.
  await other.getByText('这个汇总工作区已在另一个窗口中修改').waitFor();
  await other.getByRole('button', { name: '移除报告' }).first().click();
  await other.getByRole('button', { name: '重新载入' }).click();
  await expect.poll(() => other.locator('tr[data-unit="县财政局"] td').nth(1).innerText()).toContain('强制汇总');
  expect(await other.locator('tr[data-unit="县教育局"] td').nth(1).innerText()).toContain('计入汇总');
  expect(errors).toEqual([]);
  await context.close();
});
