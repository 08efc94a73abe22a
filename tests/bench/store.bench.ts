// Store figures (issue 4 budgets: save of a full draft ≤ 20 ms; opening a list of 200 drafts ≤ 200 ms).
// Runs in Node on fake-indexeddb (an in-memory IndexedDB written in JS): real Chromium IndexedDB differs,
// so read these as the cost of our own code plus a JS IndexedDB, not as browser timings.
import { it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeDb } from '../../src/store/db';
import { addDrafts, listDrafts } from '../../src/store/drafts';
import { openDraftSession } from '../../src/store';
import { activeDrafts, countsOf, groupDrafts } from '../../src/home/groups';
import { runChecks } from '../../src/checks';
import { summarise } from '../../src/checks/summary';
import { blankReport, type Report } from '../../src/model';
import { fillAll } from '../store/helpers';
import { reportP95 } from './budget';

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms (n=${s.length})`;
}

async function fresh(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}

it('save latency of a full draft', async () => {
  await fresh();
  const report = fillAll(blankReport({ year: 2024, agencyName: '基准测试局' }));
  report.texts.overview = '总体情况。'.repeat(400); // about 2000 characters, twice the guideline for 一
  await addDrafts([report]);
  const session = (await openDraftSession(report.id))!;
  const samples: number[] = [];
  for (let i = 0; i < 100; i++) {
    session.update({
      ...session.report.value,
      values: { ...session.report.value.values, 't3.new.natural': String(i) },
    });
    const t0 = performance.now();
    await session.flush();
    samples.push(performance.now() - t0);
  }
  session.close();
  reportP95('[fake-indexeddb, Node] 保存完整草稿（每格有数，约 2000 字文本）', samples.slice(5), 20);
});

it('opening a list of 200 drafts', async () => {
  await fresh();
  const reports: Report[] = [];
  for (let i = 0; i < 200; i++) {
    reports.push(fillAll(blankReport({ year: 2019 + (i % 7), agencyName: `单位${Math.floor(i / 7)}` }), i));
  }
  await addDrafts(reports);
  const read: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < 15; i++) {
    await closeDb(); // include opening the database, as a fresh page does
    const t0 = performance.now();
    const list = await listDrafts();
    const t1 = performance.now();
    const groups = groupDrafts(list);
    const active = activeDrafts(list);
    for (const entry of active) countsOf({ ...entry, revision: entry.revision + i * 1000 }, active, { runChecks, summarise }); // defeat the cache
    const t2 = performance.now();
    if (list.drafts.length !== 200 || groups.length === 0) throw new Error('unexpected list');
    read.push(t1 - t0);
    total.push(t2 - t0);
  }
  console.log(`[fake-indexeddb, Node] list of 200 drafts — open DB + read + validate: ${stats(read.slice(2))}`);
  reportP95('[fake-indexeddb, Node] 200 份草稿的列表，含分组和逐行检查', total.slice(2), 200);
});
