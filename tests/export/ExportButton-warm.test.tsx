// The builder and the dialog start loading when the clerk heads for 「导出 Word」 (pointer over it, or keyboard focus),
// so an old PC has them compiled by the click; nothing opens before the click, and each loads only once.
import { afterEach, expect, it, vi } from 'vitest';
import { filledReport } from './fixtures';

const loaded = { builder: 0, dialog: 0 };

/** A fresh module graph (preact and the testing library with it): nothing loaded yet, as on a page just opened. */
async function openPage() {
  vi.resetModules();
  loaded.builder = loaded.dialog = 0;
  // doMock after the reset: a module factory registered with vi.mock would stay cached across tests.
  vi.doMock('../../src/export/build-document', async (original) => {
    loaded.builder++;
    return original();
  });
  vi.doMock('../../src/export/ExportDialog', async (original) => {
    loaded.dialog++;
    return original();
  });
  const lib = await import('@testing-library/preact');
  const { h } = await import('preact');
  const { signal } = await import('@preact/signals');
  const { ExportButton } = await import('../../src/export/ExportButton');
  lib.render(h(ExportButton, { report: signal(filledReport('2021')), findings: signal([]) }));
  cleanupPage = lib.cleanup;
  return { ...lib, button: lib.screen.getByRole('button', { name: '导出 Word' }) };
}
let cleanupPage = () => {};
afterEach(() => cleanupPage());

it('loads the builder and the dialog on pointer-over, opens nothing until the click, loads each once', async () => {
  const { button, fireEvent, screen } = await openPage();
  expect(loaded).toEqual({ builder: 0, dialog: 0 });
  fireEvent.pointerEnter(button);
  await vi.waitFor(() => expect(loaded).toEqual({ builder: 1, dialog: 1 }));
  expect(screen.queryByRole('dialog')).toBeNull();
  fireEvent.focus(button);
  fireEvent.click(button);
  await screen.findByRole('dialog', { name: '导出 Word 文件' });
  expect(loaded).toEqual({ builder: 1, dialog: 1 });
});

it('keyboard focus alone starts the loads too', async () => {
  const { button, fireEvent, screen } = await openPage();
  expect(loaded).toEqual({ builder: 0, dialog: 0 });
  fireEvent.focus(button);
  await vi.waitFor(() => expect(loaded).toEqual({ builder: 1, dialog: 1 }));
  expect(screen.queryByRole('dialog')).toBeNull();
});
