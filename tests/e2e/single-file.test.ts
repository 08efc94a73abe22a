// The one-file build (npm run build:single) opened by double-click (file://): no other file, no service
// worker, no manifest; drafts survive a reload in IndexedDB, and Word export works from the inlined docx.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from './browser';
import {
  buildApp,
  cell,
  expectDocx,
  exportDocx,
  inputCells,
  newDraft,
  pasteInto,
  settle,
  typeValue,
  watchPageProblems,
  type Build,
} from './offline-helpers';

let app: Build;
let context: BrowserContext;
let profile: string;
let page: Page;
let fileUrl: string;
let problems: { csp: string[]; errors: string[] };
const requests: string[] = [];

beforeAll(async () => {
  app = await buildApp('single');
  fileUrl = pathToFileURL(app.htmlFile).href;
  ({ context, userDataDir: profile } = await launchPersistent());
  problems = await watchPageProblems(context);
  context.on('request', (r) => requests.push(r.url()));
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  app?.remove();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const [first, second, third] = inputCells();

it('is one self-contained HTML file with an ASCII name', () => {
  expect(readdirSync(app.dir)).toEqual(['nianbao.html']);
  expect(basename(app.htmlFile)).toMatch(/^[\x21-\x7e]+\.html$/);
  const html = readFileSync(app.htmlFile, 'utf8');
  expect(html).not.toMatch(/<script[^>]+\bsrc=/);
  expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload|manifest)"/);
  expect(html).not.toContain('registerSW');
  // Its inlined script is allowed by its SHA-256 hash, never by 'unsafe-inline'; the rest is the PWA's policy.
  const scriptSrc = /script-src ([^;"]*)/.exec(html)?.[1] ?? '';
  expect(scriptSrc).not.toContain('unsafe-inline');
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter(Boolean);
  expect(inline.length).toBeGreaterThan(0);
  for (const code of inline) expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  expect(html).toContain("connect-src 'self'");
});

it('opens from file://, registers no service worker, and a typed draft survives a reload', async () => {
  await newDraft(page, fileUrl);
  await typeValue(page, first!, '5');
  await pasteInto(context, page, second!, '8\t9'); // a block from a spreadsheet
  await typeValue(page, third!, '13');
  await settle(page);
  await page.reload();
  await cell(page, first!).waitFor({ state: 'visible' });
  await expect.poll(() => cell(page, first!).inputValue()).toBe('5');
  expect(await cell(page, second!).inputValue()).toBe('8');
  expect(await cell(page, third!).inputValue()).toBe('13');
  expect(await page.evaluate(() => !!navigator.serviceWorker?.controller)).toBe(false);
  expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]'))).toBeNull();
});

it('exports Word from file:// (the docx code is inlined) and loads nothing beside the file', async () => {
  expectDocx(await exportDocx(page));
  const outside = requests.filter((u) => !u.startsWith(fileUrl.replace(/#.*$/, '')) && !/^(data|blob):/.test(u));
  expect(outside).toEqual([]);
  expect(problems.csp).toEqual([]);
  expect(problems.errors).toEqual([]);
});
