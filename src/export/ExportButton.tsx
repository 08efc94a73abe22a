// 「导出 Word」: the button stays in the editor's first load; the dialog and the .docx builder load when the clerk heads
// for it (pointer over it, or keyboard focus on it) or at the latest on the click, side by side.
import type { ReadonlySignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Finding } from '../checks';
import type { Report } from '../model';
import { loadFailed, loadOnce } from '../platform/load-once';
import type { ExportDialogProps } from './ExportDialog';
import { loadBuilder } from './load-builder';

const dialogModule = loadOnce(() => import('./ExportDialog'));

/**
 * The hand on its way to the button: an old PC needs a few hundred ms to fetch and compile the builder, about the
 * time from the pointer reaching the button to the click. Failures are shown on the click, not here.
 */
function warm(): void {
  loadBuilder().catch(() => undefined);
  dialogModule.load().catch(() => undefined);
}

/** `report` and `findings` are signals read only while the dialog is open: typing does not re-render the button. */
export function ExportButton({ report, findings }: { report: ReadonlySignal<Report>; findings: ReadonlySignal<readonly Finding[]> }) {
  const [Dialog, setDialog] = useState<ComponentType<ExportDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const openerRef = useRef<HTMLButtonElement>(null);

  const start = () => {
    setStatus('');
    setOpen(true);
    // The builder is what the export waits for: fetch it beside the dialog, not after it. Failures surface on confirm.
    loadBuilder().catch(() => undefined);
    if (!Dialog) {
      dialogModule.load().then(
        (m) => setDialog(() => m.ExportDialog),
        () => {
          setOpen(false);
          setStatus(loadFailed('导出组件'));
        },
      );
    }
  };
  const close = (exported?: string) => {
    setOpen(false);
    if (exported) setStatus(exported);
    openerRef.current?.focus();
  };

  return (
    <span class="export">
      <button type="button" ref={openerRef} onClick={start} onPointerEnter={warm} onFocus={warm} aria-haspopup="dialog">
        导出 Word
      </button>
      <span class="export-done" role="status">
        {status}
      </span>
      {open && Dialog && <Dialog report={report.value} findings={findings.value} onClose={close} />}
    </span>
  );
}
