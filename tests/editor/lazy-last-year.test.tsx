// 「显示上年数」 loads the cells' corners (src/editor/LastYearCorner.tsx) with the chart the first time it is
// switched on: before that no cell carries last year's value; after it every filled cell does; and a load that
// fails says so in Chinese.
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { blankReport, type Report } from '../../src/model';
import { createMemorySession } from '../../src/store/session';

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/editor/LastYearCorner');
  vi.resetModules();
});

const thisYear = blankReport({ year: 2025, id: 'now', agencyName: '某某局' });
const lastYear: Report = {
  ...blankReport({ year: 2024, id: 'before', agencyName: '某某局' }),
  values: { 't3.new.natural': '7', 't3.new.legal': '5' },
};

async function renderEditor() {
  vi.resetModules();
  const { showLastYear } = await import('../../src/editor/LastYearValue');
  showLastYear.value = false;
  const { Editor } = await import('../../src/editor');
  render(<Editor session={createMemorySession(thisYear, lastYear)} />);
}

it('shows no corner until 显示上年数, then last year’s values and totals in their cells', async () => {
  await renderEditor();
  expect(document.querySelectorAll('.cell-last')).toHaveLength(0);
  fireEvent.click(screen.getByRole('button', { name: '显示上年数' }));
  expect(await screen.findByText('上年7')).toBeTruthy();
  expect(screen.getByText('上年12')).toBeTruthy(); // 本年新收 总计, computed from last year's parts
  fireEvent.click(screen.getByRole('button', { name: '隐藏上年数' }));
  expect(document.querySelectorAll('.cell-last')).toHaveLength(0);
});

it('says so in Chinese when the corners cannot load', async () => {
  vi.resetModules();
  vi.doMock('../../src/editor/LastYearCorner', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  await renderEditor();
  fireEvent.click(screen.getByRole('button', { name: '显示上年数' }));
  expect(await screen.findByText(/上年数没能加载（可能已断网且本机没有缓存）。请联网后刷新页面再试。/)).toBeTruthy();
  expect(document.querySelectorAll('.cell-last')).toHaveLength(0);
});
