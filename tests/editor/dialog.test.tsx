// The shared modal: focus moves in on open, Esc from anywhere closes, focus that escapes comes back,
// and focus returns to the opener on close.
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Dialog } from '../../src/ui/Dialog';

afterEach(cleanup);

function Host() {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>
        打开
      </button>
      <input aria-label="页面上的输入框" />
      {open && (
        <Dialog labelledBy="t" onClose={() => setOpen(false)}>
          <h2 id="t">标题</h2>
          <button type="button">第一</button>
          <button type="button" onClick={() => setOpen(false)}>
            关闭
          </button>
        </Dialog>
      )}
    </div>
  );
}

it('traps focus, closes on Esc from anywhere and returns focus to the opener', async () => {
  render(<Host />);
  const opener = screen.getByRole('button', { name: '打开' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog');
  expect(dialog.getAttribute('aria-labelledby')).toBe('t');
  expect(document.activeElement?.textContent).toBe('第一');
  // Focus sent outside comes back in.
  screen.getByLabelText('页面上的输入框').focus();
  expect(dialog.contains(document.activeElement)).toBe(true);
  // Esc pressed on the page itself still closes.
  fireEvent.keyDown(document.body, { key: 'Escape' });
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(opener);
});
