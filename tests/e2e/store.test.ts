// Drafts in real Chromium: typing survives an immediate reload and a browser restart, two tabs never
// lose an edit, a corrupt backup changes nothing, and a backup round-trips into a fresh browser profile.
import { readFileSync, rmSync } from 'node:fs';
import { afterEach, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from './browser';

const DB_NAME = 'nianbao-gov-info-annual-report';
const CELL = 't3.new.natural';
const CELL_LABEL_PART = '一、本年新收政府信息公开申请数量';

const contexts: { context: BrowserContext; userDataDir: string }[] = [];
afterEach(async () => {
  // Close every browser first: two of them may share a profile, which one still writes while the other's is removed.
  const closing = contexts.splice(0);
  for (const c of closing) await c.context.close().catch(() => undefined);
  for (const c of closing) rmSync(c.userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

async function launch(userDataDir?: string) {
  const c = await launchPersistent(userDataDir);
  contexts.push(c);
  return c;
}

const base = () => `${inject('baseUrl')}?e2e`;

async function newDraft(page: Page, year = 2025): Promise<string> {
  await page.goto(`${base()}#/new/${year}`);
  await page.waitForURL(/#\/draft\//);
  const id = decodeURIComponent(page.url().split('#/draft/')[1]!);
  await sessionReady(page, id);
  return id;
}

async function sessionReady(page: Page, id: string): Promise<void> {
  await page.waitForFunction((draftId) => (window as unknown as { nianbaoSession?: { id: string } }).nianbaoSession?.id === draftId, id);
}

/** Types a value the way a clerk does: into the editor's input, found by its aria-label. */
async function typeValue(page: Page, value: string): Promise<void> {
  await page.locator(`input[aria-label*="${CELL_LABEL_PART}"][aria-label*="自然人"]`).first().fill(value);
}

/** Reads a stored draft straight from IndexedDB (independent of the UI). */
async function storedDraft(
  page: Page,
  id: string,
): Promise<{ revision: number; report: { values: Record<string, string>; agencyName: string } } | null> {
  return page.evaluate(
    ([dbName, draftId]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('drafts').objectStore('drafts').get(draftId);
          req.onsuccess = () => {
            db.close();
            resolve(req.result ?? null);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [DB_NAME, id] as const,
  ) as never;
}

it('a value typed and followed ≤ 100 ms later by a reload survives', async () => {
  const { context } = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  const id = await newDraft(page);
  await typeValue(page, '37');
  await page.waitForTimeout(50);
  await page.reload();
  await sessionReady(page, id);
  // Opening the draft again continues the journaled typing and writes it.
  await expect.poll(async () => (await storedDraft(page, id))?.report.values[CELL], { timeout: 5000 }).toBe('37');
  const inSession = await page.evaluate(
    () =>
      (window as unknown as { nianbaoSession: { report: { value: { values: Record<string, string> } } } }).nianbaoSession.report.value
        .values['t3.new.natural'],
  );
  expect(inSession).toBe('37');
});

it('closing and reopening the browser (same profile) keeps every draft', async () => {
  const first = await launch();
  const page = first.context.pages()[0] ?? (await first.context.newPage());
  const a = await newDraft(page, 2024);
  await typeValue(page, '5');
  await page.waitForTimeout(500); // autosave (300 ms debounce)
  const b = await newDraft(page, 2021);
  await typeValue(page, '6');
  await page.goto(`${base()}#/`); // leaving the editor flushes
  await page.waitForSelector('text=2021年度');
  await first.context.close();

  const second = await launch(first.userDataDir);
  const page2 = second.context.pages()[0] ?? (await second.context.newPage());
  await page2.goto(`${base()}#/`);
  await page2.waitForSelector('text=2024年度');
  expect(await page2.locator('text=2021年度').count()).toBe(1);
  expect((await storedDraft(page2, a))?.report.values[CELL]).toBe('5');
  expect((await storedDraft(page2, b))?.report.values[CELL]).toBe('6');
});

it('two tabs on one draft never lose an edit', async () => {
  const { context } = await launch();
  const tabA = context.pages()[0] ?? (await context.newPage());
  const id = await newDraft(tabA);
  const tabB = await context.newPage();
  await tabB.goto(`${base()}#/draft/${id}`);
  await sessionReady(tabB, id);

  // Both type into the same cell before either autosave ran: the first write wins, the other tab is refused.
  await typeValue(tabA, '11');
  await typeValue(tabB, '22');
  const stale = async () => {
    for (const tab of [tabA, tabB]) if (await tab.locator('.session-banner').count()) return tab;
    return null;
  };
  await expect.poll(async () => Boolean(await stale()), { timeout: 5000 }).toBe(true);
  const loser = (await stale())!;
  const winnerValue = (await storedDraft(tabA, id))?.report.values[CELL];
  const loserValue = winnerValue === '11' ? '22' : '11';
  expect(['11', '22']).toContain(winnerValue);
  expect(
    await loser
      .getByRole('alert')
      .allInnerTexts()
      .then((t) => t.join(' ')),
  ).toMatch(/已在另一个窗口（或标签页）中修改/);
  // The refused typing is offered as a copy, and saving it loses nothing.
  await loser.getByRole('button', { name: '另存为新草稿' }).click();
  await loser.waitForURL((url) => !url.hash.includes(id));
  const copyId = decodeURIComponent(loser.url().split('#/draft/')[1]!);
  await expect.poll(async () => (await storedDraft(loser, copyId))?.report.values[CELL]).toBe(loserValue);
  expect((await storedDraft(loser, id))?.report.values[CELL]).toBe(winnerValue);

  // A tab that only looks at the draft is told at once when another saves, and 重新载入 shows the newer content.
  const winner = loser === tabA ? tabB : tabA;
  const tabC = await context.newPage();
  await tabC.goto(`${base()}#/draft/${id}`);
  await sessionReady(tabC, id);
  await typeValue(winner, '12');
  await expect.poll(() => tabC.locator('.session-banner').count(), { timeout: 5000 }).toBe(1);
  await tabC.screenshot({ path: '/tmp/store-stale-tab.png' });
  await tabC.getByRole('button', { name: '重新载入' }).click();
  await expect
    .poll(() =>
      tabC.evaluate(
        () =>
          (window as unknown as { nianbaoSession: { report: { value: { values: Record<string, string> } } } }).nianbaoSession.report.value
            .values['t3.new.natural'],
      ),
    )
    .toBe('12');
  expect(await tabC.locator('.session-banner').count()).toBe(0);
});

it('a corrupt backup changes nothing and says why; a good one restores into a fresh browser', async () => {
  const { context } = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  const id = await newDraft(page, 2023);
  await typeValue(page, '9');
  await page.goto(`${base()}#/`);
  await page.waitForSelector('text=2023年度');
  const rowsBefore = await page.locator('table.drafts tbody tr').count();

  await page.locator('input[type="file"]').setInputFiles({
    name: '坏备份.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"nianbao-backup","version":1,"drafts":[{"id":"x"'),
  });
  await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/无法恢复「坏备份.json」：文件内容不完整或已损坏.*没有做任何修改/);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'word.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'other', drafts: [] })),
  });
  await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/不是本工具导出的草稿备份文件/);
  expect(await page.locator('table.drafts tbody tr').count()).toBe(rowsBefore);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部草稿备份' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^年报草稿备份-\d{8}\.json$/);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file).toMatchObject({ format: 'nianbao-backup', version: 1 });
  expect(file.drafts[0].tables.t3[0]).toBe('9');

  const other = await launch();
  const page2 = other.context.pages()[0] ?? (await other.context.newPage());
  await page2.goto(`${base()}#/`);
  await page2.locator('input[type="file"]').setInputFiles(path);
  await page2.waitForSelector('text=2023年度');
  expect((await storedDraft(page2, id))?.report.values[CELL]).toBe('9');
  // The same file again: asks 保留两份 or 替换.
  await page2.locator('input[type="file"]').setInputFiles(path);
  await page2.getByRole('button', { name: '保留两份' }).click();
  await expect.poll(() => page2.locator('table.drafts tbody tr').count()).toBe(2);
});

it('home page screenshot (several agencies side by side)', async () => {
  const { context } = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base()}#/`);
  for (const [year, name] of [
    [2024, '平潭综合实验区管委会'],
    [2025, '平潭综合实验区管委会'],
    [2020, '平潭综合实验区管委会'],
    [2025, '某某市生态环境局'],
  ] as const) {
    await page.getByLabel('报告年度').fill(String(year));
    await page.getByLabel('单位名称').fill(name);
    await page.getByRole('button', { name: '新建草稿' }).click();
    await page.waitForURL(/#\/draft\//);
    await page.goto(`${base()}#/`);
    await page.waitForSelector('text=新建草稿');
  }
  await page.getByLabel('报告年度').fill('2018');
  await page.waitForSelector('text=/2018年度报告早于/');
  await page.waitForSelector('text=2020年度');
  await page.screenshot({ path: '/tmp/store-home.png', fullPage: false });
  expect(await page.locator('section.agency').count()).toBe(2);
  // 由上年报告创建 panel, and a draft moved to 回收站 with its undo notice.
  await page.getByRole('button', { name: '删除' }).last().click();
  await page.getByRole('button', { name: '移到回收站' }).click();
  await page.locator('summary', { hasText: '回收站（1）' }).click();
  await page
    .getByRole('button', { name: /^创建\d{4}年度报告$/ })
    .first()
    .click();
  await page.getByRole('checkbox').check();
  await page.screenshot({ path: '/tmp/store-home-panels.png', fullPage: true });
  expect((await page.getByRole('status').allInnerTexts()).join(' ')).toMatch(/已把「平潭综合实验区管委会2020年度」移到回收站。\s*撤销/);
});
