// The paste code loads on the first block paste (src/editor/paste-event.ts): the clipboard is read inside the
// event, the block lands once the code is there, still as one undo step with its notice; a single value stays
// native typing; and a paste whose code cannot load says so in Chinese and changes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { FORMAT_2021 } from '../../src/formats';
import { blankReport } from '../../src/model';
import { createMemorySession } from '../../src/store/session';

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/editor/paste-action');
  vi.resetModules();
});

const cell = (key: string) => screen.getByLabelText(FORMAT_2021.cellsByKey.get(key)!.ariaLabel) as HTMLInputElement;

/** The editor from a fresh module graph: the checks loaded first (they would outlive the test), the paste code not. */
async function loadEditor() {
  const { loadTextChecks } = await import('../../src/checks/lazy');
  await Promise.all([loadTextChecks(), import('../../src/editor/ConfirmFinding')]);
  return (await import('../../src/editor')).Editor;
}

async function freshEditor() {
  vi.resetModules();
  const Editor = await loadEditor();
  const session = createMemorySession(blankReport({ year: 2021, id: 'p1', agencyName: '某某局' }));
  render(<Editor session={session} />);
  return session;
}

function paste(el: HTMLElement, text: string): boolean {
  el.focus();
  return fireEvent.paste(el, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
}

describe('the paste code on demand', () => {
  it('lands a block pasted before its code has loaded, as one undo step with its notice', async () => {
    const session = await freshEditor();
    const notDefault = !paste(cell('t3.new.natural'), '1\t2\r\n3\tx\r\n');
    expect(notDefault).toBe(true); // the browser's own paste was stopped inside the event
    await waitFor(() => expect(session.report.value.values['t3.carried.natural']).toBe('3'));
    expect(session.report.value.values).toMatchObject({ 't3.new.natural': '1', 't3.new.business': '2' });
    expect(await screen.findByText(/第2行第2列“x”不是数字/)).toBeTruthy();
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    expect(session.report.value.values).toEqual({});
  });

  it('fetches the paste code when a cell gets the focus, so a later block lands within its own event', async () => {
    const session = await freshEditor();
    cell('t3.new.natural').focus();
    await import('../../src/editor/paste-action'); // the fetch the focus started (one module instance)
    await new Promise((resolve) => setTimeout(resolve, 0));
    paste(cell('t3.new.natural'), '4\t5\r\n');
    expect(session.report.value.values).toMatchObject({ 't3.new.natural': '4', 't3.new.business': '5' }); // no await
  });

  it('leaves a single value to the input, as typing', async () => {
    const session = await freshEditor();
    expect(paste(cell('t3.new.natural'), '7\r\n')).toBe(true); // default not prevented: the input takes it
    expect(session.report.value.values).toEqual({});
  });

  it('says so in Chinese, and changes nothing, when the paste code cannot load', async () => {
    vi.resetModules();
    vi.doMock('../../src/editor/paste-action', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const Editor = await loadEditor();
    const session = createMemorySession(blankReport({ year: 2021, id: 'p2' }));
    render(<Editor session={session} />);
    paste(cell('t3.new.natural'), '1\t2\r\n');
    expect(await screen.findByText(/粘贴功能没能加载/)).toBeTruthy();
    expect(session.report.value.values).toEqual({});
  });
});
