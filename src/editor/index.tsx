// The editor of one report: facts, the six sections in the official order (tables drawn like the official
// ones), live checks beside them, undo/redo, and the export button.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { DraftSession } from '../store/session';
import { saveStatusText } from '../store/save-status';
import { ExportButton } from '../export/ExportButton';
import { PreviewButton } from '../preview/PreviewButton';
import { WebpageButtons } from '../webpage/WebpageButtons';
import type { TextSectionId } from '../formats';
import { reportTitle } from '../model';
import { Facts } from './Facts';
import { FindingsBar } from './FindingsBar';
import { LastYearPanel, LastYearToggle } from './LastYearValue';
import { ProblemsPanel } from './ProblemsPanel';
import { StatTable } from './StatTable';
import { fillBlankZeros } from './cell-edits';
import { EditorState } from './state';
import { TextSection } from './TextSection';
import { Dialog } from '../ui/Dialog';
import './style.css';

export function Editor({ session }: { session: DraftSession }) {
  const state = useMemo(() => new EditorState(session), [session]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || state.yearChange.pending.value) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) state.undo();
      else if (key === 'y' || (key === 'z' && e.shiftKey)) state.redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      state.dispose();
    };
  }, [state]);

  // The first frame lays out only what is on screen (see style.css); the rest right after it.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => root.current?.classList.add('laid-out'));
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const format = state.format.value;
  return (
    <div class="editor" ref={root}>
      <Header state={state} />
      {session.readOnly.value && (
        <div class="banner banner-readonly" role="alert">
          此草稿当前为只读，修改不会被保存。{session.readOnlyReason.value}
        </div>
      )}
      <div class="editor-body">
        <main class="report-sheet">
          <Facts state={state} />
          <Toolbar state={state} />
          <LastYearPanel state={state} />
          {format.sections.map((section) =>
            section.table ? (
              <section key={section.id} class="table-section">
                <StatTable state={state} table={format.tables[section.table]} caption={section.heading} />
              </section>
            ) : (
              <TextSection key={section.id} state={state} section={section as typeof section & { id: TextSectionId }} />
            ),
          )}
        </main>
        <ProblemsPanel state={state} />
      </div>
      <YearDialog state={state} />
    </div>
  );
}

function Header({ state }: { state: EditorState }) {
  return (
    <header class="editor-head">
      <a class="home-link" href="#/">
        ← 首页
      </a>
      <h1>{reportTitle(state.facts.value)}</h1>
      <FindingsBar state={state} />
      <SaveIndicator state={state} />
      {/* Opening the export is asking for the full checks. */}
      <span class="export-slot" onClickCapture={() => state.askChecks()}>
        <Export state={state} />
      </span>
    </header>
  );
}

/** The buttons read the report when clicked: a keystroke re-renders none of the header. */
function Export({ state }: { state: EditorState }) {
  const report = () => state.report.value;
  return (
    <>
      {/* Warnings marked 已核实 are settled: the export dialog does not list them again. */}
      <ExportButton report={state.report} findings={state.openFindings} />
      <PreviewButton report={report} />
      <WebpageButtons report={report} />
    </>
  );
}

function SaveIndicator({ state }: { state: EditorState }) {
  const status = state.session.saveStatus.value;
  const text = saveStatusText(status);
  if (status.state === 'error')
    return (
      <span class="save-status save-error" role="alert">
        {text}
      </span>
    );
  return (
    <span class="save-status" role="status">
      {text}
    </span>
  );
}

function Toolbar({ state }: { state: EditorState }) {
  const ro = state.session.readOnly.value;
  return (
    <div class="toolbar" role="toolbar" aria-label="编辑工具">
      <button type="button" disabled={ro || !state.undoable.value} onClick={() => state.undo()} title="Ctrl+Z">
        撤销
      </button>
      <button type="button" disabled={ro || !state.redoable.value} onClick={() => state.redo()} title="Ctrl+Y 或 Ctrl+Shift+Z">
        重做
      </button>
      <button type="button" disabled={ro} onClick={() => fillBlankZeros(state)}>
        空白单元格填0
      </button>
      <LastYearToggle state={state} />
      <span class="toolbar-tip">方向键、Enter、Tab 在表格中移动；直接输入替换数字，F2 或双击修改；可从 Excel/WPS表格 复制整块粘贴。</span>
      {state.notice.value && (
        <span class="toolbar-notice" role="status">
          {state.notice.value}
        </span>
      )}
    </div>
  );
}

function YearDialog({ state }: { state: EditorState }) {
  const pending = state.yearChange.pending.value;
  const cancelRef = useRef<HTMLButtonElement>(null);
  if (!pending) return null;
  const target = pending.next;
  return (
    <Dialog labelledBy="year-dialog-title" onClose={() => state.yearChange.cancel()} initialFocus={cancelRef} class="dialog">
      <h2 id="year-dialog-title">改为{target.year}年度将更换报告格式</h2>
      <p>
        {target.year}年度报告适用的格式与当前格式不同。以下 {pending.dropped.length} 项数字在新格式中没有对应栏目，切换后将被删除
        （其他数字和文字保留）：
      </p>
      <ul class="dropped-list">
        {pending.dropped.map((d) => (
          <li key={d.key}>
            「{d.label}」：{d.value}
          </li>
        ))}
      </ul>
      <div class="dialog-actions">
        <button type="button" ref={cancelRef} onClick={() => state.yearChange.cancel()}>
          取消，保留全部内容
        </button>
        <button type="button" class="danger" onClick={() => state.yearChange.confirm()}>
          删除以上数字并切换
        </button>
      </div>
    </Dialog>
  );
}
