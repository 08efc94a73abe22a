// 首页 at scale and under faults: search by 单位 and 年度 with natural order, storage errors in Chinese,
// drafts that need repair listed with a way to fix them, and the restore-conflict dialog comparing versions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { HomePage } from '../../src/home';
import { buildBackup, createDraft, createDraftFrom, listDrafts } from '../../src/store';
import { DRAFTS_STORE, getDb } from '../../src/store/db';
import { blankReport } from '../../src/model';
import { freshDb } from '../store/helpers';

beforeEach(async () => {
  await freshDb();
  location.hash = '#/';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const quota = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('home at 200 drafts', () => {
  it('searches by 单位 and 年度 and sorts 单位 names naturally', async () => {
    const reports = [];
    for (let i = 1; i <= 100; i++) for (const year of [2023, 2024]) reports.push(blankReport({ year, agencyName: `第${i}街道办事处` }));
    const db = await getDb();
    for (const r of reports) await db.put(DRAFTS_STORE, { id: r.id, revision: 1, savedAt: 1, deletedAt: null, report: r });
    render(<HomePage />);
    await screen.findByRole('region', { name: '第1街道办事处' });
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names.slice(0, 3)).toEqual(['第1街道办事处', '第2街道办事处', '第3街道办事处']);
    expect(names.indexOf('第10街道办事处')).toBeGreaterThan(names.indexOf('第9街道办事处'));

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '第12街道 2024年' } });
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('region')
          .filter((r) => r.classList.contains('agency'))
          .map((r) => r.getAttribute('aria-label')),
      ).toEqual(['第12街道办事处']),
    );
    const rows = within(screen.getByRole('region', { name: '第12街道办事处' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.textContent?.slice(0, 6))).toEqual(['2024年度']);
    expect(screen.getByText('找到1份草稿')).toBeTruthy();
  });
});

describe('storage errors', () => {
  it('复制, 改单位名称, 删除 and 新建草稿 say in Chinese what to do when the disk is full', async () => {
    await createDraft({ year: 2024, agencyName: '甲局' });
    render(<HomePage />);
    await screen.findByRole('region', { name: '甲局' });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^复制失败：磁盘空间不足.*导出全部草稿备份/);
    expect(alert.textContent).not.toMatch(/quota|exceeded/i);

    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    fireEvent.click(screen.getByRole('button', { name: '移到回收站' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^删除失败：磁盘空间不足/));

    fireEvent.click(screen.getByRole('button', { name: '新建草稿' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => /^新建草稿失败：磁盘空间不足/.test(a.textContent ?? ''))).toBe(true),
    );
    vi.restoreAllMocks();
    expect((await listDrafts()).drafts.filter((d) => d.deletedAt === null)).toHaveLength(1);
  });
});

describe('drafts that need repair', () => {
  it('are listed with their reason and a 修复 link, and are in the full backup', async () => {
    const bad = { ...blankReport({ year: 2025, agencyName: '乙局' }), year: 9999 };
    const db = await getDb();
    await db.put(DRAFTS_STORE, { id: bad.id, revision: 1, savedAt: 1, deletedAt: null, report: bad });
    render(<HomePage />);
    const section = await screen.findByRole('region', { name: '需要修复的草稿' });
    expect(section.textContent).toMatch(/报告年度（9999）/);
    expect(within(section).getByRole('link', { name: '修复…' }).getAttribute('href')).toBe(`#/draft/${bad.id}`);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    fireEvent.click(screen.getByRole('button', { name: '导出全部草稿备份' }));
    await screen.findByText(/已导出1份草稿（含1份需要修复的）/);
    const file = JSON.parse(await blobs[0]!.text());
    expect(file.damaged[0]).toMatchObject({ id: bad.id, report: { year: 9999 } });
  });
});

describe('restore conflict', () => {
  it("lists each conflicting draft with both versions' save time and what they hold", async () => {
    const mine = await createDraftFrom({ ...blankReport({ year: 2024, agencyName: '丙局' }), values: { 't3.new.natural': '1' } });
    const theirs = {
      ...mine,
      values: { 't3.new.natural': '1', 't3.new.legal': '2' },
      texts: { overview: '总体情况', problems: '', other: '' },
      updatedAt: new Date(2026, 0, 2, 9, 30).getTime(),
    };
    render(<HomePage />);
    await screen.findByRole('region', { name: '丙局' });
    const input = screen.getByLabelText('选择草稿备份文件') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(buildBackup([theirs]))], 'b.json')], configurable: true });
    fireEvent.change(input);
    const dialog = await screen.findByRole('dialog');
    const row = within(dialog).getAllByRole('row')[1]!;
    expect(row.textContent).toMatch(/丙局2024年度/);
    expect(row.textContent).toMatch(/保存于\d{4}-\d\d-\d\d \d\d:\d\d，已填1个数字，正文0字/);
    expect(row.textContent).toMatch(/保存于2026-01-02 09:30，已填2个数字，正文4字/);
    fireEvent.click(within(dialog).getByRole('button', { name: '替换' }));
    await screen.findByText(/替换1份/);
    expect((await listDrafts()).drafts[0]!.report.values['t3.new.legal']).toBe('2');
  });
});
