// The export dialog: summarises the findings (errors need 「仍然导出」), then builds the .docx with the lazily
// loaded builder (docx is not in the first-load bundle) and downloads it. Loaded when 「导出 Word」 is clicked.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../checks';
import type { Report } from '../model';
import { downloadBlob } from '../platform/download';
import { Dialog } from '../ui/Dialog';
import { exportFileName } from './file-name';
import './style.css';

import { loadBuilder } from './load-builder';

type Builder = Awaited<ReturnType<typeof loadBuilder>>;

type Phase = { kind: 'idle' } | { kind: 'working' } | { kind: 'failed'; message: string };

/** How many findings of each severity the dialog lists before summing up the rest. */
const SHOWN = 12;

export interface ExportDialogProps {
  report: Report;
  findings: readonly Finding[];
  /** Called when the dialog closes, with a message when a file was exported. */
  onClose: (exported?: string) => void;
}

export function ExportDialog({ report, findings, onClose }: ExportDialogProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const working = phase.kind === 'working';

  // With errors, Enter must not export by accident: focus 「返回修改」 then.
  useEffect(() => {
    (errors.length > 0 ? cancelRef : confirmRef).current?.focus();
    // Started by 「导出 Word」 already; a load that failed there is tried again now. Failures surface on confirm.
    loadBuilder().catch(() => undefined);
  }, []);

  const close = () => {
    if (!working) onClose();
  };

  const confirm = async () => {
    setPhase({ kind: 'working' });
    let module: Builder;
    try {
      module = await loadBuilder();
    } catch {
      setPhase({ kind: 'failed', message: '无法加载导出组件。请检查网络后重试（第一次导出需要联网加载一次，之后可离线使用）。' });
      return;
    }
    try {
      const blob = await module.exportDocx(report);
      const name = exportFileName(report);
      downloadBlob(blob, name);
      onClose(`已导出：${name}`);
    } catch (error) {
      const detail = error instanceof Error && error.message ? `（${error.message}）` : '';
      setPhase({ kind: 'failed', message: `生成 Word 文件失败${detail}。报告内容没有丢失，请重试。` });
    }
  };

  return (
    <Dialog labelledBy="export-title" onClose={close} class="export-dialog" backdropClass="export-backdrop">
      <h2 id="export-title">导出 Word 文件</h2>
      {errors.length === 0 && warnings.length === 0 && <p>检查未发现问题，可以导出。</p>}
      {errors.length > 0 && <FindingList title={`发现 ${errors.length} 个错误，建议先改正再导出：`} items={errors} tone="error" />}
      {warnings.length > 0 && <FindingList title={`${warnings.length} 个提醒，请核对：`} items={warnings} tone="warning" />}
      <p class="export-name">文件名：{exportFileName(report)}</p>
      {working && (
        <p role="status" class="export-working">
          正在生成…
        </p>
      )}
      {phase.kind === 'failed' && (
        <p role="alert" class="export-failed">
          {phase.message}
        </p>
      )}
      <div class="export-actions">
        <button type="button" ref={confirmRef} class="export-confirm" disabled={working} onClick={confirm}>
          {errors.length > 0 ? '仍然导出' : '导出'}
        </button>
        <button type="button" ref={cancelRef} disabled={working} onClick={close}>
          返回修改
        </button>
      </div>
    </Dialog>
  );
}

function FindingList({ title, items, tone }: { title: string; items: readonly Finding[]; tone: 'error' | 'warning' }) {
  const rest = items.length - SHOWN;
  return (
    <section class={`export-findings export-${tone}`}>
      <h3>{title}</h3>
      <ul>
        {items.slice(0, SHOWN).map((f, i) => (
          <li key={`${f.rule}-${i}`} data-export-rule={f.rule}>
            {f.message}
          </li>
        ))}
      </ul>
      {rest > 0 && <p>另有 {rest} 项，请在问题栏中查看。</p>}
    </section>
  );
}
