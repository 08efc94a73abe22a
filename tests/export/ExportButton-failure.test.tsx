// When generating fails, the clerk reads why in Chinese, the dialog stays open and nothing is downloaded.
import { signal } from '@preact/signals';
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ExportButton } from '../../src/export/ExportButton';
import { filledReport } from './fixtures';

vi.mock('../../src/export/build-document', () => ({
  exportDocx: vi.fn(async () => {
    throw new Error('磁盘已满');
  }),
}));

afterEach(cleanup);

it('shows a Chinese error and keeps the dialog open', async () => {
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
  render(<ExportButton report={signal(filledReport('2021'))} findings={signal([])} />);
  fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
  await screen.findByRole('dialog'); // the dialog is loaded on first click
  fireEvent.click(screen.getByRole('button', { name: '导出' }));
  const alert = await waitFor(() => screen.getByRole('alert'));
  expect(alert.textContent).toBe('生成 Word 文件失败（磁盘已满）。报告内容没有丢失，请重试。');
  expect(screen.getByRole('dialog')).toBeTruthy();
  expect((screen.getByRole('button', { name: '导出' }) as HTMLButtonElement).disabled).toBe(false);
  expect(click).not.toHaveBeenCalled();
});
