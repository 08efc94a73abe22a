// Zero network: during a full session (install, new draft, typing, paste, export, reload) neither the page
// nor the service worker requests anything from another origin, and the CSP blocks nothing of our own.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './server';
import {
  cell,
  expectDocx,
  exportDocx,
  inputCells,
  newDraft,
  pasteInto,
  settle,
  typeValue,
  openServedApp,
  type Build,
  type ServedApp,
} from './offline-helpers';

let served: ServedApp;
let app: Build;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let problems: { csp: string[]; errors: string[] };
const requests: { url: string; fromWorker: boolean }[] = [];

beforeAll(async () => {
  served = await openServedApp();
  ({ app, server, context, page, problems } = served);
  // Context level: page requests and the service worker's own fetches (precaching) alike.
  context.on('request', (r) => requests.push({ url: r.url(), fromWorker: !!r.serviceWorker() }));
});

afterAll(async () => {
  await served?.close();
});

it('index.html carries a Content-Security-Policy that allows only this origin', () => {
  const html = readFileSync(join(app.dir, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')]),
  );
  expect(directives).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self'",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
  });
  expect(csp).not.toMatch(/https?:|\*/);
});

it('a full session sends no request to any other origin', async () => {
  const [a, b, c, d] = inputCells();
  await page.goto(server.url);
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active), { timeout: 20_000 }).toBe(true);
  await newDraft(page, server.url);
  await typeValue(page, a!, '3');
  await typeValue(page, b!, '1200');
  await pasteInto(context, page, c!, '4\t5'); // a block from a spreadsheet
  await typeValue(page, d!, '2');
  expect(await cell(page, c!).inputValue()).toBe('4');
  await settle(page);
  expectDocx(await exportDocx(page));
  await page.reload();
  await cell(page, a!).waitFor({ state: 'visible' });
  await settle(page);

  const origin = new URL(server.url).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.some((r) => r.fromWorker)).toBe(true); // the worker's precache fetches were seen
  const outside = requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin);
  expect(outside).toEqual([]);
  expect(problems.csp).toEqual([]);
  expect(problems.errors).toEqual([]);
});
