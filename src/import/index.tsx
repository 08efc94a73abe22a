// 导入已发布的年度报告 (issue 7): a .docx or pasted text → a review screen → a new draft on 「创建草稿」 only.
import { useState } from 'preact/hooks';
import { textLines, textToBlocks } from './blocks';
import { decodeHtml, fileKind, KIND_MESSAGES } from './file-kind';
import { htmlHasTable, htmlToBlocks } from './html-blocks';
import { OPENS_PDF, runPdfImport } from './pdf/start-pdf';
import { runImport, type ImportJob } from './run-import';
import { recogniseReport, type ImportResult } from './recognise';
import { Review } from './Review';
import './style.css';

export { recogniseReport } from './recognise';
export type { ImportNote, ImportResult } from './recognise';

/** The same bound the reader applies, checked before reading the file at all. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** No report at all: nothing of the title, the headings or the tables was found. */
function looksLikeNoReport(result: ImportResult): boolean {
  return !result.found.year && !result.found.agencyName && result.found.sections.length === 0 && result.found.cellsRead === 0;
}

export function ImportPage() {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState('');
  const [job, setJob] = useState<ImportJob | null>(null);
  const [pastedHtml, setPastedHtml] = useState<{ html: string; text: string } | null>(null);

  const accept = (r: ImportResult) => {
    if (looksLikeNoReport(r)) {
      setError(
        r.source.kind !== 'text'
          ? '没有在这份文件中识别出政府信息公开工作年度报告（标题、六个部分的标题和统计表都没有找到）。请确认选择的是年度报告。'
          : '没有在粘贴的文字中识别出政府信息公开工作年度报告（标题、六个部分的标题和统计表都没有找到）。请复制报告全文后再试。',
      );
      return;
    }
    setError('');
    setResult(r);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after a fix
    if (!file) return;
    setError('');
    if (file.size > MAX_FILE_BYTES) {
      setError(
        `文件“${file.name}”太大（${(file.size / 1024 / 1024).toFixed(1)} MB），超过 20 MB，不像是年度报告。请选择年度报告的 Word 文件（.docx）。`,
      );
      return;
    }
    if (file.size === 0) {
      setError(`文件“${file.name}”是空的（0 字节），请选择年度报告文件。`);
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = fileKind(file.name, bytes.subarray(0, 8));
      if (kind === 'docx' || kind === 'odt' || kind === 'pdf') {
        const job = kind === 'pdf' ? runPdfImport(file.name, bytes) : runImport({ kind, name: file.name, bytes: bytes.buffer });
        setJob(job);
        const outcome = await job.done;
        if (outcome.ok) accept(outcome.result);
        else setError(outcome.message);
      } else if (kind === 'html') {
        const html = decodeHtml(bytes);
        accept(recogniseReport(htmlToBlocks(html), { kind: 'html', fileName: file.name }));
      } else if (kind === 'text') {
        const content = new TextDecoder('utf-8').decode(bytes);
        accept(recogniseReport(textToBlocks(content), { kind: 'text', fileName: file.name, lines: textLines(content) }));
      } else setError(`“${file.name}”：${KIND_MESSAGES[kind]}`);
    } catch (e) {
      setError(`读取文件“${file.name}”时出错：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setJob(null);
      setBusy(false);
    }
  };

  const onPaste = (e: ClipboardEvent) => {
    const html = e.clipboardData?.getData('text/html') ?? '';
    setPastedHtml(htmlHasTable(html) ? { html, text: e.clipboardData?.getData('text/plain') ?? '' } : null);
  };

  const onText = () => {
    if (text.trim() === '') {
      setError('文本框是空的。请先把报告全文（包括表格）复制粘贴到文本框中。');
      return;
    }
    // A copy from a web page, Word or WPS carries its tables as HTML: read their structure first, the text second.
    if (pastedHtml && text.includes(pastedHtml.text.trim().slice(0, 200))) {
      const fromHtml = recogniseReport(htmlToBlocks(pastedHtml.html), { kind: 'html' });
      if (!looksLikeNoReport(fromHtml) && fromHtml.found.cellsRead > 0) {
        accept(fromHtml);
        return;
      }
    }
    accept(recogniseReport(textToBlocks(text), { kind: 'text', lines: textLines(text) }));
  };

  if (result) return <Review result={result} onCancel={() => setResult(null)} />;

  return (
    <main class="import-page">
      <header class="import-head">
        <h1>导入已发布的年度报告</h1>
        <a href="#/">返回首页</a>
      </header>
      <p class="import-lead">
        导入上一年已经发布的年度报告，识别出单位、年度、各部分文字和表格数字；核对无误后再创建草稿。导入不会改动已有的草稿。
      </p>
      <section class="import-box">
        <h2>从文件导入</h2>
        <label class="import-file">
          <span>
            选择年度报告的 Word 文件（.docx）、{OPENS_PDF ? 'PDF 文件（.pdf）、' : ''}OpenDocument 文件（.odt）或保存的网页（.html）：
          </span>
          <input
            type="file"
            accept=".docx,.odt,.html,.htm,.txt,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={onFile}
            disabled={busy}
          />
        </label>
        {busy && (
          <p role="status" class="import-busy">
            正在读取…
            {job && (
              <button type="button" onClick={() => job.cancel()}>
                取消
              </button>
            )}
          </p>
        )}
      </section>
      <section class="import-box">
        <h2>或粘贴报告文字</h2>
        <p class="import-hint">从网页或 PDF 中全选复制报告全文（含表格），粘贴到下面。</p>
        <textarea
          aria-label="粘贴的报告文字"
          rows={12}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onPaste={onPaste}
          placeholder="例如：某某局2024年政府信息公开工作年度报告……"
        />
        <div>
          <button type="button" onClick={onText}>
            识别粘贴的文字
          </button>
        </div>
      </section>
      {error && (
        <p role="alert" class="import-error">
          {error}
        </p>
      )}
    </main>
  );
}
