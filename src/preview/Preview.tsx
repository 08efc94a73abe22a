// 「预览/打印」: the report on A4 sheets as it will print, laid over the editor. The blocks come from the web page
// builder (one HTML rendering of the report), measured off screen, then cut into pages (./paginate). While the
// preview is open the print stylesheet shows only the sheets, so Ctrl+P or 「打印」 prints the report.
import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { reportTitle, type Report } from '../model';
import { reportBlocks } from '../webpage/report-html';
import { paginate, type FlowBlock, type Slice } from './paginate';
import { PREVIEW_CSS, TEXT_HEIGHT_MM } from './preview-style';

const STYLE_ID = 'nb-preview-style';

/** Opens the preview over the page; `print` prints as soon as the pages are laid out (Ctrl+P in the editor). */
export function openPreview(report: Report, onClose: () => void, options: { print?: boolean } = {}): () => void {
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = PREVIEW_CSS;
    document.head.append(style);
  }
  const root = document.createElement('div');
  root.className = 'nb-preview-root';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', '预览/打印');
  document.body.append(root);
  document.documentElement.classList.add('nb-previewing');
  // The browser's 「另存为 PDF」 takes the page title as the file name.
  const title = document.title;
  document.title = reportTitle(report);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    render(null, root);
    root.remove();
    document.documentElement.classList.remove('nb-previewing');
    document.title = title;
    onClose();
  };
  render(<Preview report={report} onClose={close} printWhenReady={options.print === true} />, root);
  return close;
}

function Preview({ report, onClose, printWhenReady }: { report: Report; onClose: () => void; printWhenReady: boolean }) {
  const blocks = useMemo(() => reportBlocks(report, { inline: false }), [report]);
  const [pages, setPages] = useState<Slice[][] | null>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const printRef = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    let cancelled = false;
    // Local fonts load asynchronously too: measure with the fonts the printout will use.
    void document.fonts.ready.then(() => {
      if (cancelled || !measureRef.current || !pageRef.current) return;
      const flow: FlowBlock[] = [...measureRef.current.children].map((el, i) => {
        const inner = el.firstElementChild as HTMLElement | null;
        const line = inner ? parseFloat(getComputedStyle(inner).lineHeight) : NaN;
        return { kind: blocks[i]!.kind, height: el.getBoundingClientRect().height, ...(Number.isFinite(line) ? { line } : {}) };
      });
      setPages(paginate(flow, pageRef.current.getBoundingClientRect().height));
    });
    return () => {
      cancelled = true;
    };
  }, [blocks]);

  // Esc closes wherever the focus is (the preview covers the whole page).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!pages) return;
    printRef.current?.focus();
    if (printWhenReady) setTimeout(() => window.print(), 0);
  }, [pages]);

  return (
    <div>
      <div class="nb-preview-toolbar">
        <button type="button" ref={printRef} onClick={() => window.print()} disabled={!pages}>
          打印
        </button>
        <button type="button" onClick={onClose}>
          关闭预览
        </button>
        <span class="nb-preview-info" role="status">
          {pages ? `A4 纸共 ${pages.length} 页。打印时请选择「实际大小」或 100% 缩放；可在打印对话框中选择「另存为 PDF」。` : '正在排版…'}
        </span>
      </div>
      {!pages && (
        <div class="nb-measure" aria-hidden="true">
          <div ref={pageRef} style={{ height: `${TEXT_HEIGHT_MM}mm` }} />
          <div class="nb-flow" ref={measureRef}>
            {blocks.map((b, i) => (
              <div key={i} dangerouslySetInnerHTML={{ __html: b.html }} />
            ))}
          </div>
        </div>
      )}
      {pages?.map((slices, p) => (
        <div class="nb-sheet" key={p}>
          <div class="nb-sheet-body">
            {slices.map((s) => (
              <div class="nb-slice" key={`${s.block}-${s.offset}`} style={{ height: `${s.height}px` }}>
                <div class="nb-flow" style={{ marginTop: `${-s.offset}px` }} dangerouslySetInnerHTML={{ __html: blocks[s.block]!.html }} />
              </div>
            ))}
          </div>
          <div class={`nb-page-number ${p % 2 === 0 ? 'nb-odd' : 'nb-even'}`}>{`— ${p + 1} —`}</div>
        </div>
      ))}
    </div>
  );
}
