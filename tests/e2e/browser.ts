// Debian's Chromium driven by playwright-core. Never `npx playwright install`: nothing can be downloaded here.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `浏览器测试需要 Debian 的 chromium 包（${CHROMIUM_PATH} 不存在）：请运行 apt-get install -y chromium，或用 README 中的测试命令。`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A persistent profile (IndexedDB and service workers survive a page reload and a browser restart). */
export async function launchPersistent(
  userDataDir = mkdtempSync(join(tmpdir(), 'nianbao-profile-')),
): Promise<{ context: BrowserContext; userDataDir: string }> {
  assertChromium();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  return { context, userDataDir };
}
