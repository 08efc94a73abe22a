// 首页: the draft list grouped by 单位, create/refuse, delete to 回收站 and back, restore from a bad backup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { HomePage } from '../../src/home';
import { createDraft, createDraftFrom, listDrafts } from '../../src/store';
import { blankReport } from '../../src/model';
import { freshDb } from '../store/helpers';

beforeEach(async () => {
  await freshDb();
  location.hash = '#/';
});
afterEach(cleanup);

describe('HomePage', () => {
  it('lists drafts grouped by 单位 with 年度, 格式 and check counts, newest year first', async () => {
    await createDraft({ year: 2020, agencyName: '乙局' });
    await createDraft({ year: 2024, agencyName: '乙局' });
    await createDraftFrom({ ...blankReport({ year: 2023, agencyName: '甲局' }), values: { 't3.new.natural': '5' } });
    render(<HomePage />);
    const group = await screen.findByRole('region', { name: '乙局' });
    const rows = within(group)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent ?? '');
    expect(rows[0]).toMatch(/^2024年度2021版/);
    expect(rows[1]).toMatch(/^2020年度2019版/);
    expect(screen.getByRole('region', { name: '甲局' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '导入上年报告（Word、PDF、网页或文字）' }).getAttribute('href')).toBe('#/import');
    expect(
      within(group)
        .getAllByRole('link', { name: /打开乙局2024年度/ })[0]!
        .getAttribute('href'),
    ).toMatch(/^#\/draft\//);
  });

  it('creates a draft for the chosen year and refuses years before 2019 with the message', async () => {
    render(<HomePage />);
    const year = screen.getByLabelText('报告年度') as HTMLInputElement;
    fireEvent.input(year, { target: { value: '2018' } });
    expect(await screen.findByText(/2018年度报告早于新修订的《政府信息公开条例》/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '新建草稿' }));
    await new Promise((r) => setTimeout(r, 20));
    expect((await listDrafts()).drafts).toHaveLength(0);

    fireEvent.input(year, { target: { value: '2021' } });
    expect(screen.getByText(/使用2021版格式（国办公开办函〔2021〕30号）/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('单位名称'), { target: { value: '丙局' } });
    fireEvent.click(screen.getByRole('button', { name: '新建草稿' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/draft\//));
    const [d] = (await listDrafts()).drafts;
    expect(d!.report).toMatchObject({ year: 2021, agencyName: '丙局', formatId: '2021' });
  });

  it('deletes with confirmation into 回收站, and 撤销/恢复 bring it back', async () => {
    await createDraft({ year: 2024, agencyName: '丁局' });
    render(<HomePage />);
    fireEvent.click(await screen.findByRole('button', { name: '删除' }));
    fireEvent.click(screen.getByRole('button', { name: '移到回收站' }));
    await screen.findByText(/回收站（1）/);
    expect(screen.queryByRole('region', { name: '丁局' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    await screen.findByRole('region', { name: '丁局' });
    expect((await listDrafts()).drafts[0]!.deletedAt).toBeNull();
  });

  it('a corrupt backup file changes nothing and says why', async () => {
    await createDraft({ year: 2024, agencyName: '戊局' });
    render(<HomePage />);
    await screen.findByRole('region', { name: '戊局' });
    const input = screen.getByLabelText('选择草稿备份文件') as HTMLInputElement;
    const file = new File(['{"format":"nianbao-backup","version":1,"drafts":[{"id":'], '年报草稿备份-20261201.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /无法恢复「年报草稿备份-20261201.json」：文件内容不完整或已损坏.*没有做任何修改/,
    );
    expect((await listDrafts()).drafts).toHaveLength(1);
  });

  it('由上年报告创建 (the row button says which year: 创建2023年度报告) makes the next year draft of the same 单位', async () => {
    await createDraftFrom({ ...blankReport({ year: 2022, agencyName: '己局' }), values: { 't3.carryover.natural': '4' } });
    render(<HomePage />);
    fireEvent.click(await screen.findByRole('button', { name: '创建2023年度报告' }));
    // What will be carried is said before the draft exists (the preview's code loads as the panel opens).
    expect(await screen.findByText(/表三「二、上年结转政府信息公开申请数量」已按上年「四、结转下年度继续办理」逐列填入/)).toBeTruthy();
    expect(screen.queryByText(/不得与上年雷同/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox'));
    expect(screen.getByText(/不得与上年雷同/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '创建2023年度草稿' }));
    await waitFor(async () => expect((await listDrafts()).drafts).toHaveLength(2));
    const next = (await listDrafts()).drafts.find((d) => d.report.year === 2023)!;
    expect(next.report).toMatchObject({ agencyName: '己局', values: { 't3.carried.natural': '4' } });
  });
});
