// Cold start to an editable grid: milliseconds from navigation start to the first value input being
// visible after opening `#/new/2025`, for the served PWA, its offline reload (service worker, no network)
// and the single file from file://. Prints figures (budget in issue 6: ≤ 500 ms); no timing asserts.
import { afterAll, it } from 'vitest';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from '../e2e/browser';
import { startStaticServer } from '../e2e/server';
import { buildApp, inputCells, type Build } from '../e2e/offline-helpers';
import { reportFigure } from './budget';

const RUNS = 9;
const firstInput = inputCells()[0]!.ariaLabel;
const builds: Build[] = [];
afterAll(() => {
  for (const b of builds) b.remove();
});

/**
 * Records in the page itself (performance.now(), i.e. since navigation start) the first animation frame in
 * which each selector matches a visible element. Measured in-page so that the test driver's polling adds nothing.
 */
async function recordFirstFrames(context: BrowserContext, selectors: Record<string, string>): Promise<void> {
  await context.addInitScript((sels: Record<string, string>) => {
    const seen: Record<string, number> = {};
    (window as unknown as { __firstFrames: Record<string, number> }).__firstFrames = seen;
    const check = () => {
      for (const [name, sel] of Object.entries(sels)) {
        if (name in seen) continue;
        const el = document.querySelector(sel) as HTMLElement | null;
        if (el && el.offsetParent !== null) {
          seen[name] = -1;
          requestAnimationFrame(() => (seen[name] = performance.now()));
        }
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  }, selectors);
}

async function timeTo(page: Page, name: string, timeout = 15_000): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      (n) => {
        const t = (window as unknown as { __firstFrames?: Record<string, number> }).__firstFrames?.[n];
        return t !== undefined && t >= 0 && t;
      },
      name,
      { timeout },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

const INPUT = `input[aria-label="${firstInput}"]`;
const FRAMES = { title: 'h1', grid: INPUT };

function line(label: string, figures: { title: (number | null)[]; grid: (number | null)[] }): void {
  const median = (xs: (number | null)[]) => {
    const ok = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
    return ok.length ? ok[Math.floor(ok.length / 2)]! : Number.NaN; // NaN: no editable grid, reported as over
  };
  const each = figures.grid.map((x) => (x === null ? '—' : Math.round(x))).join(' / ');
  reportFigure(
    `${label}: 可编辑表格（${RUNS} 次中位数）`,
    median(figures.grid),
    500,
    'ms',
    `（首屏标题 ${Math.round(median(figures.title))} ms；各次 ${each}）`,
  );
}

async function measure(page: Page, url: string, reload: boolean) {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  const title = await timeTo(page, 'title');
  const grid = await timeTo(page, 'grid');
  return { title, grid };
}

it('served app: cold start to an editable grid', async () => {
  const app = await buildApp('production');
  builds.push(app);
  const server = await startStaticServer(app.dir);
  const figures = { title: [] as (number | null)[], grid: [] as (number | null)[] };
  for (let i = 0; i < RUNS; i++) {
    const { context, userDataDir } = await launchPersistent(); // a new profile: nothing cached
    await recordFirstFrames(context, FRAMES);
    const page = context.pages()[0] ?? (await context.newPage());
    const r = await measure(page, `${server.url}#/new/2025`, false);
    figures.title.push(r.title);
    figures.grid.push(r.grid);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  line('在线首次打开', figures);

  // Offline reload: one profile, installed once, then the server stopped and the network cut.
  const { context, userDataDir } = await launchPersistent();
  await recordFirstFrames(context, FRAMES);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.goto(`${server.url}#/new/2025`);
  await page.waitForURL(/#\/draft\//);
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await server.close();
  await context.setOffline(true);
  const offline = { title: [] as (number | null)[], grid: [] as (number | null)[] };
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(page, page.url(), true);
    offline.title.push(r.title);
    offline.grid.push(r.grid);
  }
  line('断网后重新打开（service worker）', offline);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

it('single file from file://: cold start to an editable grid', async () => {
  const app = await buildApp('single');
  builds.push(app);
  const url = `${pathToFileURL(app.htmlFile).href}#/new/2025`;
  const figures = { title: [] as (number | null)[], grid: [] as (number | null)[] };
  for (let i = 0; i < RUNS; i++) {
    const { context, userDataDir } = await launchPersistent();
    await recordFirstFrames(context, FRAMES);
    const page = context.pages()[0] ?? (await context.newPage());
    const r = await measure(page, url, false);
    figures.title.push(r.title);
    figures.grid.push(r.grid);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  line('单文件版（file://）', figures);
});
