// The .docx builder is what an export waits for: 「导出 Word」 starts loading it at once, beside the dialog, not after
// the dialog has loaded and rendered. Here the dialog never finishes loading, and the builder is asked for anyway.
import { signal } from '@preact/signals';
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ExportButton } from '../../src/export/ExportButton';
import { filledReport } from './fixtures';

const requested = vi.hoisted(() => ({ builder: 0 }));

vi.mock('../../src/export/ExportDialog', () => new Promise(() => undefined));
vi.mock('../../src/export/build-document', () => {
  requested.builder++;
  return { exportDocx: vi.fn() };
});

afterEach(cleanup);

it('starts loading the builder on the click, while the dialog is still loading', async () => {
  render(<ExportButton report={signal(filledReport('2021'))} findings={signal([])} />);
  expect(requested.builder).toBe(0); // not in the first load
  fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
  await waitFor(() => expect(requested.builder).toBe(1));
  expect(screen.queryByRole('dialog')).toBeNull();
});
