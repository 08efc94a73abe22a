// Debian's firefox-esr (what Kylin/UOS-type desktops ship) driven by puppeteer-core over WebDriver BiDi.
// Each launch gets a fresh profile and its own download folder (set by profile prefs: Firefox then saves
// every download there without asking).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Firefox {
  browser: Browser;
  page: Page;
  downloads: string;
  /** Uncaught errors in the page. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox 测试需要 Debian 的 firefox-esr 包（${FIREFOX_PATH} 不存在）：请运行 apt-get install -y firefox-esr，或用 README 中的测试命令。`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'nianbao-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'browser.download.folderList': 2, // 2: the folder in browser.download.dir
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'intl.accept_languages': 'zh-CN',
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1366, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  return {
    browser,
    page,
    downloads,
    errors,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Waits for a finished download ending in `ext` (Firefox writes `name.part` until it is complete). */
export async function waitForDownload(dir: string, ext: string, timeout = 30_000): Promise<{ name: string; path: string; bytes: Buffer }> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const files = readdirSync(dir);
    const name = files.find((f) => f.endsWith(ext));
    if (name && !files.some((f) => f.endsWith('.part'))) {
      const path = join(dir, name);
      const bytes = readFileSync(path);
      if (bytes.length > 0) return { name, path, bytes };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${timeout} ms 内没有下载到 ${ext} 文件（下载目录 ${dir}：${readdirSync(dir).join('、') || '空'}）`);
}

/** The value of the input with this aria-label. */
export function inputValue(page: Page, label: string): Promise<string> {
  return page.$eval(`input[aria-label="${label}"]`, (el) => (el as HTMLInputElement).value);
}

/** Polls `fn` until it returns `expected` (like expect.poll, for values read through puppeteer). */
export async function until<T>(fn: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn().catch(() => undefined);
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`等待 ${JSON.stringify(expected)} 超时，最后得到 ${JSON.stringify(last)}`);
}
