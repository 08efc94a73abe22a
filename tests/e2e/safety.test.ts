// Drafts that can never be locked out (issue #16): every value that used to lock a draft is refused at its
// field or saved so that it opens after a reload; a stored invalid draft opens in the repair view and is in the
// full backup; unknown and malformed addresses show a page; blocked storage is explained in Chinese.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from './browser';

const DB_NAME = 'nianbao-gov-info-annual-report';
let context: BrowserContext;
let profile: string;
let page: Page;
const base = () => `${inject('baseUrl')}?e2e`;

beforeAll(async () => {
  ({ context, userDataDir: profile } = await launchPersistent());
  page = context.pages()[0] ?? (await context.newPage());
});
afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

async function newDraft(year = 2025): Promise<string> {
  await page.goto(`${base()}#/new/${year}`);
  await page.waitForURL(/#\/draft\//);
  const id = decodeURIComponent(page.url().split('#/draft/')[1]!);
  await page.waitForFunction((d) => (window as unknown as { nianbaoSession?: { id: string } }).nianbaoSession?.id === d, id);
  return id;
}

/** Reloads and waits until the editor (not an error, not the repair view) shows the draft. */
async function reopens(id: string): Promise<void> {
  await page.waitForTimeout(400); // let the autosave run (or be refused)
  await page.reload();
  await page.waitForFunction((d) => (window as unknown as { nianbaoSession?: { id: string } }).nianbaoSession?.id === d, id, {
    timeout: 10_000,
  });
  expect(await page.locator('table.stat').count()).toBeGreaterThan(0);
  expect(await page.getByText('这份草稿需要修复').count()).toBe(0);
}

const session = <T>(read: string): Promise<T> =>
  page.evaluate(
    (expr) => new Function('s', `return ${expr}`)((window as unknown as { nianbaoSession: unknown }).nianbaoSession),
    read,
  ) as Promise<T>;

it('报告年度 2101 and 9999 are refused at the field with a message; the draft opens after a reload', async () => {
  for (const year of ['2101', '9999']) {
    const id = await newDraft();
    const field = page.locator('input[data-field="year"]');
    await field.fill(year);
    await field.press('Enter');
    await expect.poll(() => page.locator('.fact-year [role="alert"]').innerText()).toMatch(/报告年度不能晚于2100年/);
    await reopens(id);
    expect(await session<number>('s.report.value.year')).toBe(2025);
  }
});

it('a 201-character 单位名称 or 署名 is held to 200 at the field, saved, and opens after a reload', async () => {
  const id = await newDraft();
  await page.locator('input[data-field="agencyName"]').fill('名'.repeat(201));
  await page.locator('input[data-field="signature"]').fill('署'.repeat(201));
  await reopens(id);
  const [name, signature] = await session<[string, string]>('[s.report.value.agencyName, s.report.value.signature]');
  expect(name.length).toBeLessThanOrEqual(200);
  expect(signature.length).toBeLessThanOrEqual(200);
  expect(name.length + signature.length).toBeGreaterThan(0);
});

it('a 200 001-character text is held to 200 000, saved, and opens after a reload', async () => {
  const id = await newDraft();
  await page.locator('textarea[data-field="text:problems"]').fill('字'.repeat(200_001));
  await reopens(id);
  expect(await session<number>('s.report.value.texts.problems.length')).toBe(200_000);
});

it('a 成文日期 with a five-digit year is refused at the field; the draft opens after a reload', async () => {
  const id = await newDraft();
  const date = page.locator('input[data-field="dateWritten"]');
  if ((await date.getAttribute('type')) === 'date') {
    await date.evaluate((el: HTMLInputElement) => {
      el.value = '20261-01-20';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
  } else {
    await date.fill('20261年1月20日');
    await date.press('Tab');
  }
  await expect.poll(() => page.locator('label:has(input[data-field="dateWritten"]) [role="alert"]').innerText()).toMatch(/[\u4e00-\u9fff]/);
  await reopens(id);
  expect(await session<string>('s.report.value.dateWritten')).toBe('');
});

it('#/new/2101 is refused with a Chinese message and creates nothing; #/% and unknown addresses show a page', async () => {
  await page.goto(`${base()}#/new/2101`);
  await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/新建草稿失败：报告年度不能晚于2100年/);
  for (const hash of ['#/%', '#/%E4%B8', '#/no-such-page', '#/draft/a/b']) {
    await page.goto(`${base()}${hash}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('找不到这个页面');
    await page.screenshot({ path: '/tmp/safety-not-found.png' });
  }
  await page.getByRole('link', { name: '返回首页' }).click();
  await page.waitForSelector('text=政府信息公开工作年度报告');
});

it('a stored invalid draft opens in the repair view, is in the full backup, and is repaired under its id', async () => {
  const id = await newDraft();
  await page.goto(`${base()}#/`);
  await page.evaluate(
    ([dbName, draftId]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          const store = tx.objectStore('drafts');
          const get = store.get(draftId);
          get.onsuccess = () =>
            store.put({
              ...get.result,
              revision: get.result.revision + 1,
              report: { ...get.result.report, year: 9999, agencyName: '坏'.repeat(201) },
            });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [DB_NAME, id] as const,
  );
  await page.reload();
  const section = page.getByRole('region', { name: '需要修复的草稿' });
  await section.waitFor();
  expect(await section.innerText()).toMatch(/报告年度（9999）/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全部草稿备份' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.damaged.map((d: { id: string }) => d.id)).toContain(id);

  await section.getByRole('link', { name: '修复…' }).click();
  await page.getByRole('heading', { name: '这份草稿需要修复' }).waitFor();
  expect(await page.locator('main').innerText()).toMatch(/单位名称有201个字[\s\S]*报告年度“9999”无效/);
  await page.screenshot({ path: '/tmp/safety-repair.png', fullPage: true });
  await page.getByLabel(/报告年度/).fill('2024');
  await page.getByRole('button', { name: '修复并打开' }).click();
  await page.waitForFunction((d) => (window as unknown as { nianbaoSession?: { id: string } }).nianbaoSession?.id === d, id);
  expect(await session<number>('s.report.value.year')).toBe(2024);
  expect((await session<string>('s.report.value.agencyName')).length).toBe(200);
});

it('blocked storage is explained in Chinese with what to do', async () => {
  const blocked = await context.newPage();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await blocked.goto(`${base()}#/`);
  const alert = blocked.getByRole('alert');
  await expect.poll(() => alert.innerText()).toMatch(/不允许本工具在本机保存数据.*无痕模式/);
  expect(await alert.innerText()).not.toMatch(/denied|permission/i);
  await blocked.screenshot({ path: '/tmp/safety-blocked.png' });
  await blocked.close();
});
