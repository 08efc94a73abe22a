// 「预览/打印」 in the editor's toolbar. The preview (and the HTML builder it uses) loads on the first click.
// Ctrl+P in the editor opens the preview and prints it, so the printout is the report, not the editing screen.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../model';
import { loadFailed } from '../platform/load-once';

/** `report` is read when the preview opens, so typing does not re-render the button. */
export function PreviewButton({ report }: { report: () => Report }) {
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);

  const open = (print: boolean) => {
    setStatus('');
    import('./Preview').then(
      (m) => m.openPreview(report(), () => buttonRef.current?.focus(), { print }),
      () => setStatus(loadFailed('预览组件')),
    );
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.altKey &&
        e.key.toLowerCase() === 'p' &&
        !document.documentElement.classList.contains('nb-previewing')
      ) {
        e.preventDefault();
        open(true);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  return (
    <span class="export">
      <button type="button" ref={buttonRef} onClick={() => open(false)} aria-haspopup="dialog">
        预览/打印
      </button>
      <span class="export-done" role="status">
        {status}
      </span>
    </span>
  );
}
