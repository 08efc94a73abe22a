// Backup files: every draft round-trips exactly; every bad file is refused with its reason and changes nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupConflicts,
  backupFileName,
  buildBackup,
  createDraftFrom,
  importBackup,
  listDrafts,
  parseBackupText,
  readBackupFile,
} from '../../src/store';
import { FORMAT_2019, FORMAT_2021 } from '../../src/formats';
import { blankReport, computeAll, type Report } from '../../src/model';
import { fillAll, freshDb } from './helpers';

beforeEach(freshDb);

function sampleReports(): Report[] {
  return [
    fillAll(blankReport({ year: 2020, agencyName: '平潭综合实验区管委会', now: 1_600_000_000_000 }), 1),
    fillAll(blankReport({ year: 2024, agencyName: '某某市人民政府办公室', now: 1_700_000_000_000 }), 50),
    { ...blankReport({ year: 2025, agencyName: '', now: 1_710_000_000_000 }), values: { 't3.new.natural': '0' } },
  ];
}

async function snapshot() {
  const list = await listDrafts();
  return JSON.stringify(list.drafts.map((d) => [d.report, d.revision, d.deletedAt]).sort());
}

describe('export', () => {
  it('writes table values as arrays in the official order of the format, totals computed', () => {
    const [r2020, r2024] = sampleReports();
    const file = buildBackup([r2020!, r2024!], new Date('2026-12-01T10:00:00+08:00'));
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1 });
    const d = file.drafts[1]!;
    const all = computeAll(FORMAT_2021, r2024!.values);
    expect(d.tables.t3).toEqual(FORMAT_2021.tables.t3.cells.map((c) => all[c.key]));
    expect(d.tables.t3[6]).toBe(all['t3.new.total']);
    expect(d.tables.t3[6]).not.toBe('');
    expect(file.drafts[0]!.tables.t2).toHaveLength(FORMAT_2019.tables.t2.cells.length);
    expect(file.tableKeys['2021']!.t4).toEqual(FORMAT_2021.tables.t4.cells.map((c) => c.key));
    expect(backupFileName([r2020!, r2024!], new Date(2026, 11, 1))).toBe('年报草稿备份-20261201.json');
  });
});

describe('round trip', () => {
  it('restores every draft exactly (values, texts, facts, declared totals) in both formats', async () => {
    const reports = sampleReports();
    const text = JSON.stringify(buildBackup(reports));
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.reports).toEqual(reports);
    const result = await importBackup(parsed.reports, 'keep-both');
    expect(result).toEqual({ added: 3, replaced: 0 });
    const stored = (await listDrafts()).drafts.map((d) => d.report).sort((a, b) => a.year - b.year);
    expect(stored).toEqual(reports);
  });

  it('reads a file through Blob.text() as a user would pick it', async () => {
    const reports = sampleReports();
    const parsed = await readBackupFile(new Blob([JSON.stringify(buildBackup(reports))]));
    expect(parsed.ok && parsed.reports.length).toBe(3);
  });

  it('asks about drafts that exist: 保留两份 adds copies, 替换 overwrites (with a new revision)', async () => {
    const [a] = sampleReports();
    const existing = await createDraftFrom(a!);
    const changed = { ...existing, texts: { ...existing.texts, other: '备份中的文字' } };
    const parsed = parseBackupText(JSON.stringify(buildBackup([changed])));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await backupConflicts(parsed.reports)).toEqual([existing.id]);

    await importBackup(parsed.reports, 'keep-both');
    let list = (await listDrafts()).drafts;
    expect(list).toHaveLength(2);
    expect(list.find((d) => d.report.id === existing.id)!.report.texts.other).toBe(existing.texts.other);

    await importBackup(parsed.reports, 'replace');
    list = (await listDrafts()).drafts;
    expect(list).toHaveLength(2);
    const replaced = list.find((d) => d.report.id === existing.id)!;
    expect(replaced.report.texts.other).toBe('备份中的文字');
    expect(replaced.revision).toBe(2);
  });
});

describe('bad files change nothing and say why', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the cases mutate a parsed backup freely
  const good = () => JSON.parse(JSON.stringify(buildBackup(sampleReports()))) as Record<string, any>;
  const cases: [string, () => string, RegExp][] = [
    ['truncated', () => JSON.stringify(good()).slice(0, 500), /不完整或已损坏/],
    ['not JSON at all', () => 'PK\u0003\u0004 word document', /不是草稿备份文件/],
    ['wrong kind', () => JSON.stringify({ ...good(), format: 'something-else' }), /不是本工具导出的草稿备份/],
    ['an array', () => '[1,2,3]', /不是本工具导出的草稿备份/],
    ['newer version', () => JSON.stringify({ ...good(), version: 2 }), /更新版本/],
    ['bad version', () => JSON.stringify({ ...good(), version: 'x' }), /版本号无效/],
    ['no drafts', () => JSON.stringify({ ...good(), drafts: [] }), /没有草稿/],
    ['drafts not a list', () => JSON.stringify({ ...good(), drafts: {} }), /没有草稿列表/],
    [
      'prototype pollution at top',
      () => JSON.stringify(good()).replace('{', '{"__proto__":{"polluted":true},'),
      /不允许的字段名“__proto__”/,
    ],
    [
      'prototype pollution in texts',
      () => JSON.stringify(good()).replace('"texts":{', '"texts":{"constructor":{"prototype":{"x":1}},'),
      /不允许的字段名/,
    ],
    [
      'absurdly long 单位名称',
      () => {
        const g = good();
        g.drafts[0].agencyName = '局'.repeat(100_000);
        return JSON.stringify(g);
      },
      /第1份草稿的单位名称过长/,
    ],
    [
      'number instead of text',
      () => {
        const g = good();
        g.drafts[1].agencyName = 42;
        return JSON.stringify(g);
      },
      /第2份草稿的单位名称不是文字/,
    ],
    [
      'value not a number',
      () => {
        const g = good();
        g.drafts[1].tables.t3[0] = '十二';
        return JSON.stringify(g);
      },
      /第2份草稿中「.*自然人」：.*不是数字/,
    ],
    [
      'value of wrong type',
      () => {
        const g = good();
        g.drafts[1].tables.t4[0] = 5;
        return JSON.stringify(g);
      },
      /不是文字形式的数字/,
    ],
    [
      'negative count',
      () => {
        const g = good();
        g.drafts[1].tables.t3[0] = '-3';
        return JSON.stringify(g);
      },
      /不能填负数/,
    ],
    [
      'table too short',
      () => {
        const g = good();
        g.drafts[0].tables.t3.pop();
        return JSON.stringify(g);
      },
      /表三应有\d+个数字，文件中有\d+个/,
    ],
    [
      'cell order not ours',
      () => {
        const g = good();
        g.tableKeys['2021'].t4.reverse();
        return JSON.stringify(g);
      },
      /单元格顺序.*不一致/,
    ],
    [
      'year before 2019',
      () => {
        const g = good();
        g.drafts[0].year = 2018;
        return JSON.stringify(g);
      },
      /报告年度（2018）超出/,
    ],
    [
      'bad format id',
      () => {
        const g = good();
        g.drafts[0].formatId = '2030';
        return JSON.stringify(g);
      },
      /报告格式无效/,
    ],
    [
      'bad id',
      () => {
        const g = good();
        g.drafts[0].id = '../../etc';
        return JSON.stringify(g);
      },
      /编号（id）无效/,
    ],
    [
      'duplicate ids',
      () => {
        const g = good();
        g.drafts[1].id = g.drafts[0].id;
        return JSON.stringify(g);
      },
      /编号相同/,
    ],
    [
      'bad date',
      () => {
        const g = good();
        g.drafts[0].dateWritten = '2025-02-30';
        return JSON.stringify(g);
      },
      /成文日期无效/,
    ],
    [
      'bad level',
      () => {
        const g = good();
        g.drafts[0].agencyLevel = 'emperor';
        return JSON.stringify(g);
      },
      /机关层级无效/,
    ],
    [
      'unknown declared total',
      () => {
        const g = good();
        g.drafts[0].declaredTotals = { 't3.new.natural': '1' };
        return JSON.stringify(g);
      },
      /合计数据含有未知的单元格/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(`refuses: ${name}`, async () => {
      await createDraftFrom(fillAll(blankReport({ year: 2022, agencyName: '已有单位' })));
      const before = await snapshot();
      const parsed = await readBackupFile(new Blob([make()]));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.message).toMatch(message);
      expect(parsed.message).toMatch(/没有做任何修改。$/);
      expect(await snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a file over 20 MB before reading it', async () => {
    const huge = new Blob([new Uint8Array(MAX_BACKUP_BYTES + 1)]);
    const parsed = await readBackupFile(huge);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/文件太大.*没有做任何修改/);
  });

  it('removes control characters and bidi overrides from texts and names', () => {
    const g = good();
    g.drafts[0].agencyName = '平潭\u0000综合\u202e实验区';
    g.drafts[0].texts.overview = '第一段\r\n第二段\u0007';
    const parsed = parseBackupText(JSON.stringify(g));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.reports[0]!.agencyName).toBe('平潭综合实验区');
    expect(parsed.reports[0]!.texts.overview).toBe('第一段\n第二段');
  });

  it('a write failure in the middle of a restore leaves nothing behind (one transaction)', async () => {
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (++calls === 3) throw new DOMException('quota', 'QuotaExceededError');
      return add.apply(this, args);
    });
    await expect(importBackup(sampleReports(), 'keep-both')).rejects.toThrow(/quota/);
    spy.mockRestore();
    expect((await listDrafts()).drafts).toEqual([]);
  });
});
