// The year-change dialog loads when a change first needs it (src/editor/index.tsx YearDialogSlot): the change
// waits meanwhile and the dialog then asks as before; if its code cannot load, the year stays and the field says why.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { blankReport } from '../../src/model';
import { createMemorySession } from '../../src/store/session';

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/editor/YearDialog');
  vi.resetModules();
});

async function editorOn2020Draft() {
  const { loadTextChecks } = await import('../../src/checks/lazy');
  await Promise.all([loadTextChecks(), import('../../src/editor/ConfirmFinding')]);
  const { Editor } = await import('../../src/editor');
  const report = { ...blankReport({ year: 2020, id: 'y1' }), values: { 't2.license.change': '-18', 't3.new.natural': '8' } };
  const session = createMemorySession(report);
  render(<Editor session={session} />);
  const year = document.querySelector<HTMLInputElement>('[data-field="year"]')!;
  year.value = '2022';
  fireEvent.change(year);
  return session;
}

describe('the year-change dialog on demand', () => {
  it('appears once its code has loaded, and the change still waits for the clerk', async () => {
    vi.resetModules();
    const session = await editorOn2020Draft();
    expect(session.report.value.year).toBe(2020);
    expect(await screen.findByRole('dialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除以上数字并切换' }));
    expect(session.report.value).toMatchObject({ year: 2022, formatId: '2021', values: { 't3.new.natural': '8' } });
  });

  it('keeps the year and says why when its code cannot load', async () => {
    vi.resetModules();
    vi.doMock('../../src/editor/YearDialog', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const session = await editorOn2020Draft();
    await waitFor(() => expect(screen.getByText(/确认对话框没能加载/)).toBeTruthy());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(session.report.value).toMatchObject({ year: 2020, values: { 't2.license.change': '-18' } });
  });
});
