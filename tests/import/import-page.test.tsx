// The review screen: nothing is stored until 「创建草稿」; 「取消」 and bad files change nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ImportPage } from '../../src/import';
import { listDrafts } from '../../src/store';
import { FORMAT_2021 } from '../../src/formats';
import { buildFixture, distinctValues } from './docx-fixtures';

const SEED = readFileSync(resolve(process.cwd(), 'tests/fixtures/report-2020-2019format-example.txt'), 'utf8');

async function draftCount(): Promise<number> {
  return (await listDrafts()).drafts.length;
}

function pickFile(bytes: Uint8Array, name: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer], name, {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  location.hash = '#/import';
});
afterEach(cleanup);

describe('ImportPage', () => {
  it('pasted seed → review → 取消 stores nothing → again → 创建草稿 stores the edited report and opens it', async () => {
    const before = await draftCount();
    render(<ImportPage />);
    fireEvent.input(screen.getByLabelText('粘贴的报告文字'), { target: { value: SEED } });
    fireEvent.click(screen.getByText('识别粘贴的文字'));
    await screen.findByText('核对识别结果');

    const agency = screen.getByLabelText('单位名称') as HTMLInputElement;
    expect(agency.value).toBe('铜川市对外经济合作中心');
    expect((screen.getByLabelText('报告年度') as HTMLInputElement).value).toBe('2020');
    expect(document.querySelector('.import-format')!.textContent).toContain('2019版');
    expect(document.querySelector('td[data-cell="t3.new.natural"]')!.textContent).toBe('0');
    expect(document.querySelector('td[data-cell="t4.after.total"]')!.textContent).toBe('0');
    const notes = document.querySelector('.import-notes')!.textContent!;
    expect(notes).toContain('五、存在的问题及改进情况。');
    expect(notes).toContain('六、其他需要报告的事项');
    // Source shown beside the result.
    expect(document.querySelector('.import-source')!.textContent).toContain('铜川市对外经济合作中心2020年度政府');

    fireEvent.click(screen.getByText('取消'));
    await screen.findByText('识别粘贴的文字');
    expect(await draftCount()).toBe(before);

    fireEvent.click(screen.getByText('识别粘贴的文字'));
    await screen.findByText('核对识别结果');
    fireEvent.input(screen.getByLabelText('单位名称'), { target: { value: '铜川市投资促进中心' } });
    fireEvent.click(screen.getByText('创建草稿'));
    await waitFor(() => expect(location.hash).toMatch(/^#\/draft\//));
    const id = decodeURIComponent(location.hash.replace('#/draft/', ''));
    const { drafts } = await listDrafts();
    expect(drafts.length).toBe(before + 1);
    const stored = drafts.find((d) => d.report.id === id)!.report;
    expect(stored.agencyName).toBe('铜川市投资促进中心');
    expect(stored.year).toBe(2020);
    expect(stored.formatId).toBe('2019');
    expect(stored.values['t2.procurement.amount']).toBe('0');
    expect(stored.texts.problems).toMatch(/^在各方的关心支持下/);
  });

  it('an invalid year blocks 创建草稿 with a message', async () => {
    render(<ImportPage />);
    fireEvent.input(screen.getByLabelText('粘贴的报告文字'), { target: { value: SEED } });
    fireEvent.click(screen.getByText('识别粘贴的文字'));
    await screen.findByText('核对识别结果');
    fireEvent.input(screen.getByLabelText('报告年度'), { target: { value: '2017' } });
    expect((screen.getByText('创建草稿') as HTMLButtonElement).disabled).toBe(true);
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(''),
    ).toContain('2017');
  });

  it('a .docx picked in the file input reaches the review with its numbers', async () => {
    const values = distinctValues(FORMAT_2021);
    const bytes = await buildFixture({
      format: FORMAT_2021,
      titleLines: ['某市审计局2022年政府信息公开工作年度报告'],
      texts: { overview: '总体情况良好。', problems: '问题若干。', other: '未收取信息处理费。' },
      values,
    });
    render(<ImportPage />);
    pickFile(bytes, '某市审计局2022年报.docx');
    await screen.findByText('核对识别结果', {}, { timeout: 3000 });
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('某市审计局');
    expect(document.querySelector('td[data-cell="t3.new.natural"]')!.textContent).toBe(values['t3.new.natural']);
    expect(document.querySelector('.import-source-name')!.textContent).toContain('某市审计局2022年报.docx');
  });

  it.each([
    ['empty.docx', new Uint8Array(0), '空的'],
    ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧版 Word'],
    ['notes.docx', new TextEncoder().encode('随便一些文字'), '不是 Word 文档'],
  ])('a bad file (%s) gets a message and changes nothing', async (name, bytes, message) => {
    const before = await draftCount();
    render(<ImportPage />);
    pickFile(bytes, name);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(name);
    expect(alert.textContent).toContain(message);
    expect(screen.queryByText('核对识别结果')).toBeNull();
    expect(await draftCount()).toBe(before);
  });

  it('pasted text with no report in it gets a message', async () => {
    render(<ImportPage />);
    fireEvent.input(screen.getByLabelText('粘贴的报告文字'), { target: { value: '今天天气很好。' } });
    fireEvent.click(screen.getByText('识别粘贴的文字'));
    expect((await screen.findByRole('alert')).textContent).toContain('没有在粘贴的文字中识别出');
  });
});
