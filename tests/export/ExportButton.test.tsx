// The button and its dialog: findings summarised, errors need 「仍然导出」, 「正在生成…」 while the lazily loaded
// builder works, then a .docx download named after the report.
import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { unzipSync, strFromU8 } from 'fflate';
import type { Finding } from '../../src/checks';
import { ExportButton } from '../../src/export/ExportButton';
import { filledReport } from './fixtures';

const error: Finding = { rule: 'T3-R1', severity: 'error', message: '表三：第一项加第二项之和不等于第三项加第四项之和。', cells: [] };
const warning: Finding = { rule: 'C-R7', severity: 'warning', message: '表二有空白单元格。', cells: [] };

let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportButton', () => {
  it('lists errors and warnings and needs 「仍然导出」 when there are errors', async () => {
    const report = filledReport('2021');
    render(<ExportButton report={signal(report)} findings={signal([error, warning])} />);
    fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
    await screen.findByRole('dialog'); // the dialog is loaded on first click
    const dialog = screen.getByRole('dialog', { name: '导出 Word 文件' });
    expect(dialog.textContent).toContain('发现 1 个错误');
    expect(dialog.textContent).toContain(error.message);
    expect(dialog.textContent).toContain('1 个提醒');
    expect(dialog.querySelector('[data-export-rule="C-R7"]')?.textContent).toBe(warning.message);
    expect(screen.queryByRole('button', { name: '导出' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '仍然导出' }));
    expect(screen.getByText('正在生成…')).toBeTruthy();
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]!.name).toBe('某某市人民政府办公室2025年政府信息公开工作年度报告.docx');
    const zip = unzipSync(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    expect(strFromU8(zip['word/document.xml']!)).toContain('2025年政府信息公开工作年度报告');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('已导出');
  }, 20_000); // the download is awaited for up to 10 s on a loaded machine

  it('offers plain 「导出」 without errors, and 「返回修改」 closes the dialog without a download', async () => {
    render(<ExportButton report={signal(filledReport('2019'))} findings={signal([warning])} />);
    fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
    await screen.findByRole('dialog'); // the dialog is loaded on first click
    expect(screen.getByRole('button', { name: '导出' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '返回修改' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(downloads).toHaveLength(0);

    render(<ExportButton report={signal(filledReport('2019'))} findings={signal([])} />);
    fireEvent.click(screen.getAllByRole('button', { name: '导出 Word' }).at(-1)!);
    expect((await screen.findByRole('dialog')).textContent).toContain('检查未发现问题');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
