// The editor of one report: facts, the six sections in the official order (tables drawn like the official
// ones), live checks beside them, undo/redo, and the export button.
import { signal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { DraftSession } from '../store/session';
import { saveStatusText } from '../store/save-status';
import { ExportButton } from '../export/ExportButton';
import { PreviewButton } from '../preview/PreviewButton';
import { WebpageButtons } from '../webpage/WebpageButtons';
import type { TextSectionId } from '../formats';
import { reportTitle } from '../model';
import { loadFailed } from '../platform/load-once';
import { Facts } from './Facts';
import { FindingsBar } from './FindingsBar';
import { LastYearPanel, LastYearToggle } from './LastYearValue';
import { ProblemsPanel } from './ProblemsPanel';
import { StatTable } from './StatTable';
import { fillBlankZeros } from './cell-edits';
import { EditorState } from './state';
import { shareCheckCounts } from './stored-counts';
import { TextSection } from './TextSection';
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
    const stopSharing = shareCheckCounts(state);
    return () => {
      stopSharing();
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
      <YearDialogSlot state={state} />
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

type YearDialogView = typeof import('./YearDialog').YearDialog;
const yearDialog = signal<YearDialogView | null>(null);
let yearDialogLoading: Promise<YearDialogView> | null = null;

/** The year dialog's code, loaded when a year change first needs it (tests preload it). */
export function loadYearDialog(): Promise<YearDialogView> {
  yearDialogLoading ??= import('./YearDialog').then(
    (m) => (yearDialog.value = m.YearDialog),
    (e: unknown) => {
      yearDialogLoading = null; // a later change tries again
      throw e;
    },
  );
  return yearDialogLoading;
}

/** Shows the dialog once its code is there; the change waits in state.yearChange meanwhile. */
function YearDialogSlot({ state }: { state: EditorState }) {
  const pending = state.yearChange.pending.value;
  const View = yearDialog.value;
  useEffect(() => {
    if (!pending || View) return;
    loadYearDialog().catch(() => {
      state.yearChange.cancel();
      state.yearChange.error.value = loadFailed('确认对话框', '年度未更改');
    });
  }, [pending, View]);
  return View ? <View state={state} /> : null;
}
