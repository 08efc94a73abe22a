// The Editor component on an in-memory session (happy-dom): cells, keyboard, paste, undo, read-only, year switch.
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createMemorySession, type DraftSession } from '../../src/store/session';
import { Editor } from '../../src/editor';
import { FORMAT_2019, FORMAT_2021 } from '../../src/formats';
import { blankReport, type Report } from '../../src/model';
import { signal } from '@preact/signals';
import { preloadEditorParts } from './lazy-parts';

beforeAll(preloadEditorParts);

afterEach(cleanup);

function setup(year = 2021, patch: Partial<Report> = {}) {
  const report = { ...blankReport({ year, id: 'r1', agencyName: '某某局' }), ...patch };
  const session = createMemorySession(report);
  const updates: Report[] = [];
  const update = session.update;
  session.update = (next) => {
    updates.push(next);
    update(next);
  };
  render(<Editor session={session} />);
  return { session, updates };
}

const F = FORMAT_2021;
const input = (key: string, format = F) => screen.getByLabelText(format.cellsByKey.get(key)!.ariaLabel) as HTMLInputElement;

function type(el: HTMLInputElement | HTMLTextAreaElement, text: string) {
  fireEvent.focus(el);
  el.focus();
  el.value = text;
  fireEvent.input(el);
}

describe('Editor', () => {
  it('renders the title, the home link and every value cell in reading order', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('某某局2021年政府信息公开工作年度报告');
    expect(screen.getByText('← 首页').getAttribute('href')).toBe('#/');
    const inputs = [...document.querySelectorAll<HTMLInputElement>('table.stat input')];
    expect(inputs.map((i) => i.getAttribute('aria-label'))).toEqual(
      [...F.tables.t2.cells, ...F.tables.t3.cells, ...F.tables.t4.cells].map((c) => c.ariaLabel),
    );
    expect(inputs.filter((i) => i.readOnly).length).toBe([...F.cellsByKey.values()].filter((c) => c.kind === 'total').length);
    const captions = [...document.querySelectorAll('caption')].map((c) => c.textContent);
    expect(captions).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
    // Labels drawn from the format: line breaks, 楷体 suffix, block rows.
    expect(document.querySelector('.stat-t3 thead')!.innerHTML).toContain('商业<br>企业');
    expect(document.querySelector('.stat-t3 span.kai')!.textContent).toBe('（区分处理的，只计这一情形，不计其他情形）');
    expect(document.querySelectorAll('.stat-t2 .lbl-block')).toHaveLength(4);
    expect(screen.getByText(/说明：行政复议机关作为共同被告/)).toBeTruthy();
  });

  it('stores typed values as new Report objects and shows computed totals', () => {
    const { session, updates } = setup();
    type(input('t3.new.natural'), '１,２00');
    expect(session.report.value.values['t3.new.natural']).toBe('1200');
    expect(updates.at(-1)).not.toBe(updates.at(-2));
    type(input('t3.new.business'), '3');
    expect(input('t3.new.total').value).toBe('1203');
    expect(updates.every((u) => typeof u.updatedAt === 'number')).toBe(true);
  });

  it('refuses bad input with a reason, keeps the raw text and stores nothing', () => {
    const { session } = setup(2021, { values: { 't3.new.natural': '4' } });
    const el = input('t3.new.natural');
    type(el, '4件');
    expect(screen.getByRole('alert').textContent).toContain('不要带单位');
    expect(el.value).toBe('4件');
    expect(el.getAttribute('aria-invalid')).toBe('true');
    expect(session.report.value.values['t3.new.natural']).toBe('4');
    fireEvent.keyDown(el, { key: 'Escape' });
    expect(el.value).toBe('4');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('moves with arrows, Enter and Tab in the grid geometry', () => {
    setup();
    const start = input('t3.new.natural');
    start.focus();
    fireEvent.keyDown(start, { key: 'Enter' });
    expect(document.activeElement).toBe(input('t3.carried.natural'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(input('t3.carried.business'));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(input('t3.carried.natural'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(start);
    // F2 = edit mode: arrows stay in the cell.
    fireEvent.keyDown(start, { key: 'F2' });
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(start);
  });

  it('pastes a block as one undo step and reports bad pieces', () => {
    const { session } = setup();
    const el = input('t3.new.natural');
    el.focus();
    fireEvent.paste(el, { clipboardData: { getData: () => '1\t2\r\n3\tx\r\n' } });
    expect(session.report.value.values).toMatchObject({ 't3.new.natural': '1', 't3.new.business': '2', 't3.carried.natural': '3' });
    expect(screen.getByText(/第2行第2列“x”不是数字/)).toBeTruthy();
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    expect(session.report.value.values).toEqual({});
    fireEvent.keyDown(document, { key: 'y', ctrlKey: true });
    expect(session.report.value.values['t3.carried.natural']).toBe('3');
  });

  it('fills empty cells with 0 and undoes that in one step', () => {
    const { session } = setup();
    fireEvent.click(screen.getByRole('button', { name: '空白单元格填0' }));
    expect(session.report.value.values['t4.after.pending']).toBe('0');
    expect(session.report.value.values['t3.new.total']).toBeUndefined();
    expect(input('t3.new.total').value).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(session.report.value.values).toEqual({});
  });

  it('groups typing in a text area into one undo step and previews heading levels', () => {
    const { session } = setup();
    const area = document.querySelector<HTMLTextAreaElement>('textarea[data-field="text:overview"]')!;
    type(area, '（一）');
    type(area, '（一）主动公开。正文');
    type(area, '（一）主动公开。正文\n1.网站建设\n普通段落');
    expect(document.querySelector('.pv-h2')!.textContent).toBe('（一）主动公开。');
    expect(document.querySelector('.pv-l3')).toBeTruthy();
    expect(document.querySelectorAll('.pv-body')).toHaveLength(1);
    expect(screen.getByText(/字数：\d+ \/ 1000/)).toBeTruthy();
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    expect(session.report.value.texts.overview).toBe('');
  });

  it('warns above 1000 characters in 一 and reminds of 信息处理费 in the 2021 format', () => {
    setup(2021, { texts: { overview: '字'.repeat(1001), problems: '', other: '' } });
    expect(document.querySelector('.count-over')!.textContent).toContain('1001');
    expect(screen.getByText(/信息处理费/, { selector: '.reminder' })).toBeTruthy();
  });

  it('writes nothing when the session is read-only and says so', () => {
    const report = blankReport({ year: 2021, id: 'ro' });
    const base = createMemorySession(report);
    const readOnly = signal(true);
    let writes = 0;
    const session: DraftSession = { ...base, readOnly, readOnlyReason: signal('另一个标签页修改了此草稿。'), update: () => void writes++ };
    render(<Editor session={session} />);
    expect(screen.getByText(/此草稿当前为只读/).textContent).toContain('另一个标签页修改了此草稿');
    const el = input('t3.new.natural');
    expect(el.readOnly).toBe(true);
    type(el, '5');
    fireEvent.click(screen.getByRole('button', { name: '空白单元格填0' }));
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    expect(writes).toBe(0);
  });

  it('asks before a year change drops values, and cancel keeps everything', async () => {
    const { session } = setup(2020, { values: { 't2.license.change': '-18', 't3.new.natural': '8' } });
    const year = document.querySelector<HTMLInputElement>('[data-field="year"]')!;
    year.value = '2022';
    fireEvent.change(year);
    const dialog = await screen.findByRole('dialog'); // the year-change code may still be on its way
    expect(dialog.textContent).toContain(FORMAT_2019.cellsByKey.get('t2.license.change')!.ariaLabel);
    fireEvent.click(screen.getByRole('button', { name: '取消，保留全部内容' }));
    expect(session.report.value.year).toBe(2020);
    expect(session.report.value.values['t2.license.change']).toBe('-18');
    year.value = '2022';
    fireEvent.change(year);
    fireEvent.click(await screen.findByRole('button', { name: '删除以上数字并切换' }));
    expect(session.report.value).toMatchObject({ year: 2022, formatId: '2021', values: { 't3.new.natural': '8' } });
    expect(input('t3.other3.natural')).toBeTruthy();
    year.value = '2017';
    fireEvent.change(year);
    expect((await screen.findByRole('alert')).textContent).toContain('2017年度报告早于');
    expect(session.report.value.year).toBe(2022);
  });
});
