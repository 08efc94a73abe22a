// Opening the database migrates records written by older schemas and never crashes on damaged ones.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DRAFTS_STORE, JOURNAL_STORE, META_STORE, getDb } from '../../src/store/db';
import { getDraft, listDrafts } from '../../src/store';
import { REPORT_SCHEMA_VERSION } from '../../src/model';
import { freshDb } from './helpers';

beforeEach(freshDb);

/** Writes raw records the way an older build of the app did, before the app opens the database. */
async function seedRaw(records: unknown[]): Promise<void> {
  // IndexedDB version 1: the structure before 汇总 workspaces (version 2) were added.
  const db = await openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(DRAFTS_STORE, { keyPath: 'id' });
      d.createObjectStore(JOURNAL_STORE, { keyPath: 'key' });
      d.createObjectStore(META_STORE, { keyPath: 'key' });
    },
  });
  for (const r of records) await db.put(DRAFTS_STORE, r);
  db.close();
}

const V0_REPORT = {
  id: 'old-draft-1',
  agencyName: '平潭综合实验区管委会',
  year: 2020,
  formatId: '2019',
  texts: { overview: '总体情况', problems: '问题', other: '' },
  values: { 't3.new.natural': 12, 't3.new.business': 0, 't2.license.change': -18, 't2.procurement.amount': 96171.6 },
  createdAt: 1600000000000,
  updatedAt: 1600000500000,
};

describe('migration on open', () => {
  it('migrates a v0 bare report (no schemaVersion/declaredTotals/agencyLevel/signature, numbers as numbers)', async () => {
    await seedRaw([V0_REPORT]);
    const list = await listDrafts();
    expect(list.broken).toEqual([]);
    expect(list.drafts).toHaveLength(1);
    const [entry] = list.drafts;
    expect(entry!.report).toMatchObject({
      schemaVersion: REPORT_SCHEMA_VERSION,
      id: 'old-draft-1',
      agencyLevel: 'department',
      signature: '',
      dateWritten: '',
      declaredTotals: {},
      values: { 't3.new.natural': '12', 't3.new.business': '0', 't2.license.change': '-18', 't2.procurement.amount': '96171.6' },
    });
    expect(entry!.revision).toBe(0);
    // The stored record itself was rewritten in the current shape, with the meta version recorded.
    const db = await getDb();
    const raw = await db.get(DRAFTS_STORE, 'old-draft-1');
    expect(raw).toMatchObject({ id: 'old-draft-1', revision: 0, deletedAt: null, report: { schemaVersion: REPORT_SCHEMA_VERSION } });
    expect(raw.report.values['t3.new.natural']).toBe('12');
    expect(await db.get(META_STORE, 'reportSchemaVersion')).toEqual({ key: 'reportSchemaVersion', value: REPORT_SCHEMA_VERSION });
  });

  it('migrates a v1 report to v2: scope from the deadline tier, no seal, no confirmations or data notes', async () => {
    const v1 = (id: string, agencyLevel: string) => ({
      schemaVersion: 1,
      id,
      agencyName: '某县',
      year: 2024,
      formatId: '2021',
      dateWritten: '',
      signature: '',
      agencyLevel,
      texts: { overview: '', problems: '', other: '' },
      values: { 't3.new.natural': '3' },
      declaredTotals: {},
      createdAt: 1,
      updatedAt: 2,
    });
    await seedRaw([v1('v1-county', 'county'), v1('v1-dept', 'department')]);
    const county = await getDraft('v1-county');
    const dept = await getDraft('v1-dept');
    expect(county && 'report' in county && county.report).toMatchObject({
      schemaVersion: REPORT_SCHEMA_VERSION,
      scope: 'government-summary',
      sealed: false,
      confirmations: {},
      dataNotes: [],
      values: { 't3.new.natural': '3' },
    });
    expect(dept && 'report' in dept && dept.report.scope).toBe('unit');
  });

  it('migrates a v0 report inside a wrapper record and fills a missing formatId from the year', async () => {
    const { formatId: _f, ...noFormat } = V0_REPORT;
    await seedRaw([
      {
        id: 'w1',
        revision: 3,
        savedAt: 5,
        deletedAt: null,
        report: { ...noFormat, id: 'w1', year: 2022, values: { 't3.new.natural': 5 } },
      },
    ]);
    const entry = await getDraft('w1');
    expect(entry && 'report' in entry && entry.report.formatId).toBe('2021');
    expect(entry && 'revision' in entry && entry.revision).toBe(3);
  });

  it('lists damaged and newer-version records with a Chinese message instead of crashing', async () => {
    await seedRaw([
      V0_REPORT,
      { id: 'bad-year', revision: 1, savedAt: 1, deletedAt: null, report: { ...V0_REPORT, id: 'bad-year', year: 2017 } },
      {
        id: 'bad-value',
        revision: 1,
        savedAt: 1,
        deletedAt: null,
        report: { ...V0_REPORT, id: 'bad-value', values: { 't3.new.natural': '十二' } },
      },
      { id: 'future', revision: 1, savedAt: 1, deletedAt: null, report: { ...V0_REPORT, id: 'future', schemaVersion: 99 } },
      { id: 'garbage', revision: 1, savedAt: 1, deletedAt: null, report: 'not a report' },
    ]);
    const list = await listDrafts();
    expect(list.drafts.map((d) => d.report.id)).toEqual(['old-draft-1']);
    const messages = Object.fromEntries(list.broken.map((b) => [b.id, b.message]));
    expect(messages['bad-year']).toMatch(/报告年度（2017）超出/);
    expect(messages['bad-value']).toMatch(/不是数字/);
    expect(messages.future).toMatch(/更新版本/);
    expect(messages.garbage).toMatch(/不是有效的报告/);
    // Damaged records are left untouched (never destroyed by a migration).
    const db = await getDb();
    expect((await db.get(DRAFTS_STORE, 'bad-value')).report.values['t3.new.natural']).toBe('十二');
  });
});
