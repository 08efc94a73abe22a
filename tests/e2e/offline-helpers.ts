// Shared steps of the offline, single-file and network browser tests: own builds in temp folders,
// a session that types, pastes and exports through the editor's testing contract (inputs by aria-label).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProduction } from '../build-production';
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { formatForYear, type ValueCellDef } from '../../src/formats';
import { launchPersistent } from './browser';
import { startStaticServer, type StaticServer } from './server';

const ROOT = new URL('../..', import.meta.url).pathname;

export interface Build {
  dir: string;
  /** The HTML file of a single-file build. */
  htmlFile: string;
  remove(): void;
}

export async function buildApp(mode: 'production' | 'single'): Promise<Build> {
  const dir = mkdtempSync(join(tmpdir(), `nianbao-${mode}-`));
  await buildProduction({ root: ROOT, mode, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  const html = readdirSync(dir).find((f) => f.endsWith('.html')) ?? 'index.html';
  return { dir, htmlFile: join(dir, html), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Input cells (no totals) of the 2025 format's 第三 table, in reading order. */
export function inputCells(year = 2025): ValueCellDef[] {
  return formatForYear(year).tables.t3.cells.filter((c) => c.kind === 'count');
}

export function cell(page: Page, def: ValueCellDef) {
  return page.getByLabel(def.ariaLabel, { exact: true });
}

/** Opens `#/new/<year>` on `base` and waits for the editable grid. */
export async function newDraft(page: Page, base: string, year = 2025): Promise<string> {
  await page.goto(`${base}#/new/${year}`);
  await page.waitForURL(/#\/draft\//);
  await cell(page, inputCells(year)[0]).waitFor({ state: 'visible' });
  return page.url();
}

/** Types a value the way a clerk does (click, type, Tab) and checks the cell shows it. */
export async function typeValue(page: Page, def: ValueCellDef, value: string): Promise<void> {
  const input = cell(page, def);
  await input.click();
  await input.fill(value);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** Waits until the autosave had time to write (debounce 300 ms, then one IndexedDB transaction). */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1200);
}

/** Pastes text into a cell: the real clipboard and Ctrl+V on http(s), a paste event where no clipboard can be granted (file://). */
export async function pasteInto(context: BrowserContext, page: Page, def: ValueCellDef, text: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  const input = cell(page, def);
  await input.click();
  if (origin.startsWith('http')) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await input.press('Control+V');
  } else {
    await input.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }
  await input.press('Tab');
}

/** Clicks 导出 Word and returns the downloaded bytes (a .docx is a zip: "PK"). */
export async function exportDocx(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const button = page.getByRole('button', { name: '导出 Word' });
  await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await button.click();
  // A confirmation step (findings still open) may stand between the click and the file.
  const confirm = page.getByRole('button', { name: /仍然导出|继续导出|确定导出/ });
  await Promise.race([download, confirm.click({ timeout: 5_000 }).catch(() => undefined)]);
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

export function expectDocx(file: { name: string; bytes: Buffer }): void {
  expect(file.name).toMatch(/\.docx$/);
  expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(file.bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
}

/** Records CSP violations and uncaught errors in every page of the context. */
export async function watchPageProblems(context: BrowserContext): Promise<{ csp: string[]; errors: string[] }> {
  const problems = { csp: [] as string[], errors: [] as string[] };
  await context.exposeBinding('__nianbaoCsp', (_source, text: string) => void problems.csp.push(text));
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __nianbaoCsp(t: string): void }).__nianbaoCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on('page', (page) => page.on('pageerror', (e) => problems.errors.push(e.message)));
  for (const page of context.pages()) page.on('pageerror', (e) => problems.errors.push(e.message));
  return problems;
}

/** A fresh production build served on loopback, opened in a new persistent profile (service workers work). */
export interface ServedApp {
  app: Build;
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  problems: { csp: string[]; errors: string[] };
  /** Stops the build's server (idempotent), e.g. to test offline use. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

export async function openServedApp(): Promise<ServedApp> {
  const app = await buildApp('production');
  const server = await startStaticServer(app.dir);
  const { context, userDataDir } = await launchPersistent();
  const problems = await watchPageProblems(context);
  const page = context.pages()[0] ?? (await context.newPage());
  let serving = true;
  const stopServer = async () => {
    if (serving) await server.close();
    serving = false;
  };
  return {
    app,
    server,
    context,
    page,
    problems,
    stopServer,
    close: async () => {
      await context.close();
      await stopServer();
      app.remove();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
