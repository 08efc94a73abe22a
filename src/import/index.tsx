// 导入已发布的年度报告 (issue 7): a .docx or pasted text → a review screen → a new draft on 「创建草稿」 only.
import { useState } from 'preact/hooks';
import { textLines, textToBlocks } from './blocks';
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

  const accept = (r: ImportResult) => {
    if (looksLikeNoReport(r)) {
      setError(r.source.kind === 'docx'
        ? '没有在这份文件中识别出政府信息公开工作年度报告（标题、六个部分的标题和统计表都没有找到）。请确认选择的是年度报告。'
        : '没有在粘贴的文字中识别出政府信息公开工作年度报告（标题、六个部分的标题和统计表都没有找到）。请复制报告全文后再试。');
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
      setError(`文件“${file.name}”太大（${(file.size / 1024 / 1024).toFixed(1)} MB），超过 20 MB，不像是年度报告。请选择年度报告的 Word 文件（.docx）。`);
      return;
    }
    setBusy(true);
    try {
      const [{ readDocx }, bytes] = await Promise.all([import('./docx-reader'), file.arrayBuffer()]);
      const read = readDocx(new Uint8Array(bytes));
      if (!read.ok) setError(`“${file.name}”：${read.message}`);
      else accept(recogniseReport(read.blocks, { kind: 'docx', fileName: file.name }));
    } catch (e) {
      setError(`读取文件“${file.name}”时出错：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const onText = () => {
    if (text.trim() === '') {
      setError('文本框是空的。请先把报告全文（包括表格）复制粘贴到文本框中。');
      return;
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
      <p class="import-lead">导入上一年已经发布的年度报告，识别出单位、年度、各部分文字和表格数字；核对无误后再创建草稿。导入不会改动已有的草稿。</p>
      <section class="import-box">
        <h2>从 Word 文件导入</h2>
        <label class="import-file">
          <span>选择年度报告的 Word 文件（.docx）：</span>
          <input
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={onFile}
            disabled={busy}
          />
        </label>
        {busy && <p role="status">正在读取…</p>}
      </section>
      <section class="import-box">
        <h2>或粘贴报告文字</h2>
        <p class="import-hint">从网页或 PDF 中全选复制报告全文（含表格），粘贴到下面。</p>
        <textarea
          aria-label="粘贴的报告文字"
          rows={12}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          placeholder="例如：某某局2024年政府信息公开工作年度报告……"
        />
        <div><button type="button" onClick={onText}>识别粘贴的文字</button></div>
      </section>
      {error && <p role="alert" class="import-error">{error}</p>}
    </main>
  );
}

