// The 成文日期 reader and the 报告年度 planner load on their field's first focus (src/editor/Facts.tsx): a value committed
// before its code has arrived is taken once it has, never over newer typing; and a commit never takes back what the
// clerk types right after it.
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { blankReport } from '../../src/model';
import { createMemorySession } from '../../src/store/session';

afterEach(() => {
  cleanup();
  vi.resetModules();
});

async function editorWithDateField() {
  const { loadTextChecks } = await import('../../src/checks/lazy');
  await Promise.all([loadTextChecks(), import('../../src/editor/ConfirmFinding')]);
  const { Editor } = await import('../../src/editor');
  const session = createMemorySession(blankReport({ year: 2025, id: 'd1' }));
  render(<Editor session={session} />);
  return { session, date: document.querySelector<HTMLInputElement>('[data-field="dateWritten"]')! };
}

const type = (field: HTMLInputElement, text: string) => {
  field.value = text;
  fireEvent.input(field);
};

it('takes a date committed while the reader loads, once it has arrived', async () => {
  vi.resetModules();
  const { session, date } = await editorWithDateField();
  type(date, '2026-01-21');
  fireEvent.keyDown(date, { key: 'Enter' });
  await waitFor(() => expect(session.report.value.dateWritten).toBe('2026-01-21'));
  expect(date.value).toBe('2026年1月21日');
});

it('does not put an earlier date over one typed while the reader was loading', async () => {
  vi.resetModules();
  const { session, date } = await editorWithDateField();
  type(date, '2026-01-21');
  fireEvent.keyDown(date, { key: 'Enter' }); // the reader is not there yet: this commit waits for it
  type(date, '2026-01-22'); // typed over before it arrived
  await import('../../src/editor/date-text');
  await new Promise((done) => setTimeout(done, 20));
  expect(date.value).toBe('2026-01-22');
  expect(session.report.value.dateWritten).toBe('');
  fireEvent.keyDown(date, { key: 'Enter' });
  await waitFor(() => expect(session.report.value.dateWritten).toBe('2026-01-22'));
  expect(date.value).toBe('2026年1月22日');
});

it('keeps what the clerk types right after a commit, before its frame (年度 and 成文日期)', async () => {
  vi.resetModules();
  const { session, date } = await editorWithDateField();
  const year = document.querySelector<HTMLInputElement>('[data-field="year"]')!;
  const settled = () => new Promise((done) => setTimeout(done, 100)); // past the next frame and the effects after it
  fireEvent.focus(date);
  fireEvent.focus(year); // the readers load on focus
  await import('../../src/editor/date-text');
  await import('../../src/editor/year-change');
  await settled();
  // Events as the browser sends them, not wrapped in act(): preact draws and runs its effects on its own schedule.
  const enter = (field: HTMLInputElement) => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  const typeRaw = (field: HTMLInputElement, text: string) => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };

  typeRaw(date, '2026-01-21');
  enter(date);
  typeRaw(date, '2026年1月2'); // the clerk goes on before the commit's frame
  await settled();
  expect(session.report.value.dateWritten).toBe('2026-01-21');
  expect(date.value).toBe('2026年1月2');
  enter(date);
  await settled();
  expect(session.report.value.dateWritten).toBe('2026-01-02');
  expect(date.value).toBe('2026年1月2日');

  typeRaw(year, '2024');
  enter(year);
  typeRaw(year, '202');
  await settled();
  expect(session.report.value.year).toBe(2024);
  expect(year.value).toBe('202');
});

it('does not apply a year committed while its planner loaded once the clerk has typed another', async () => {
  vi.resetModules();
  const { session } = await editorWithDateField();
  const year = document.querySelector<HTMLInputElement>('[data-field="year"]')!;
  type(year, '2024');
  fireEvent.keyDown(year, { key: 'Enter' }); // the planner is not there yet: this commit waits for it
  type(year, '2023');
  await import('../../src/editor/year-change');
  await new Promise((done) => setTimeout(done, 20));
  expect(session.report.value.year).toBe(2025);
  expect(year.value).toBe('2023');
  fireEvent.keyDown(year, { key: 'Enter' });
  await waitFor(() => expect(session.report.value.year).toBe(2023));
  expect(year.value).toBe('2023');
});

it('keeps a refused date and its reason while the clerk corrects it, until the next Enter', async () => {
  vi.resetModules();
  const { session, date } = await editorWithDateField();
  await import('../../src/editor/date-text');
  fireEvent.focus(date);
  await new Promise((done) => setTimeout(done, 20));
  type(date, '2026年2月30日');
  fireEvent.keyDown(date, { key: 'Enter' });
  await waitFor(() => expect(document.getElementById('date-error')?.textContent).toContain('没有2月30日'));
  type(date, '2026年2月2');
  expect(date.value).toBe('2026年2月2');
  expect(document.getElementById('date-error')?.textContent).toContain('没有2月30日');
  expect(date.getAttribute('aria-invalid')).toBe('true');
  fireEvent.keyDown(date, { key: 'Enter' });
  await waitFor(() => expect(session.report.value.dateWritten).toBe('2026-02-02'));
  expect(document.getElementById('date-error')).toBeNull();
  expect(date.value).toBe('2026年2月2日');
});
