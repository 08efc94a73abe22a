// 导入已发布的年度报告 (issue 7): a .docx or pasted text → a review screen → a new draft on 「创建草稿」 only.
import { useMemo, useState } from 'preact/hooks';
import { runChecks } from '../checks';
import { FORMATS, FormatYearError, formatForYear, type TableCell, type TableDef } from '../formats';
import { computeAll, newReportId, paragraphsOf, type Report } from '../model';
import { createDraftFrom } from '../store';
import { textToBlocks, type Block } from './blocks';
import { recogniseReport, type ImportNote, type ImportResult, type NoteLevel } from './recognise';
import './style.css';

export { recogniseReport } from './recognise';
export type { ImportNote, ImportResult } from './recognise';

/** The same bound the reader applies, checked before reading the file at all. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const LEVEL_NAMES: Record<NoteLevel, string> = { info: '提示', doubt: '存疑', error: '错误' };
const LEVEL_ORDER: Record<NoteLevel, number> = { info: 0, doubt: 1, error: 2 };

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
    accept(recogniseReport(textToBlocks(text), { kind: 'text' }));
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

function Review({ result, onCancel }: { result: ImportResult; onCancel: () => void }) {
  const [agencyName, setAgencyName] = useState(result.report.agencyName);
  const [yearText, setYearText] = useState(String(result.report.year));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');

  const format = FORMATS[result.report.formatId];
  const year = Number(yearText.trim());
  let yearProblem = '';
  let yearFormatId = format.id;
  if (!/^\d{4}$/.test(yearText.trim())) yearProblem = '请填写四位数的年份，例如 2024。';
  else {
    try {
      yearFormatId = formatForYear(year).id;
    } catch (e) {
      yearProblem = e instanceof FormatYearError ? e.message : String(e);
    }
  }
  const report: Report = useMemo(
    () => ({ ...result.report, agencyName: agencyName.trim(), year: yearProblem ? result.report.year : year }),
    [result, agencyName, year, yearProblem],
  );
  const findings = useMemo(() => runChecks(report), [report]);
  const tableFindings = findings.filter((f) => f.cells.length > 0);

  const notes = [...result.notes].sort((a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level]);
  const counts = { error: 0, doubt: 0, info: 0 };
  for (const n of result.notes) counts[n.level]++;

  const create = async () => {
    if (yearProblem || !agencyName.trim()) return;
    setSaving(true);
    setSaveError('');
    try {
      const now = Date.now();
      const saved = await createDraftFrom({ ...report, id: newReportId(), createdAt: now, updatedAt: now });
      location.hash = `#/draft/${encodeURIComponent(saved.id)}`;
    } catch (e) {
      setSaveError(`草稿没有创建成功：${e instanceof Error ? e.message : String(e)}。识别结果仍在本页，可以再试一次。`);
      setSaving(false);
    }
  };

  return (
    <main class="import-page import-review">
      <header class="import-head">
        <h1>核对识别结果</h1>
        <span class="import-source-name">{result.source.kind === 'docx' ? `Word 文件：${result.source.fileName ?? ''}` : '粘贴的文字'}</span>
      </header>
      <p class="import-lead">尚未创建草稿。请对照右侧原文核对；标黄的为存疑、标红的为无法识别，相关格子已留空。核对后点「创建草稿」，或点「取消」放弃。</p>

      <section class="import-fields" aria-label="识别出的报告信息">
        <label>
          <span>单位名称</span>
          <input value={agencyName} onInput={(e) => setAgencyName(e.currentTarget.value)} aria-invalid={!agencyName.trim()} />
        </label>
        <label>
          <span>报告年度</span>
          <input value={yearText} inputMode="numeric" size={6} onInput={(e) => setYearText(e.currentTarget.value)} aria-invalid={!!yearProblem} />
        </label>
        <div class="import-format">
          <span>格式</span>
          <strong>{format.id}版</strong>（{format.notice}，{result.found.formatFrom === 'tables' ? '按表格识别' : result.found.formatFrom === 'year' ? '按年度确定' : '未能识别，默认'}）
        </div>
        {!agencyName.trim() && <p class="import-field-error" role="alert">请填写单位名称。</p>}
        {yearProblem && <p class="import-field-error" role="alert">{yearProblem}</p>}
        {!yearProblem && yearFormatId !== format.id && (
          <p class="import-field-warning">注意：{year}年度的报告应使用{yearFormatId}版格式，而导入的表格是{format.id}版。草稿将保留{format.id}版表格。</p>
        )}
      </section>

      <section class="import-notes" aria-label="识别说明">
        <h2>识别说明 <small>（错误 {counts.error}，存疑 {counts.doubt}，提示 {counts.info}；共读到 {result.found.cellsRead} 个表格数字格）</small></h2>
        {notes.length === 0 ? <p>全部内容与法定格式一致，没有需要说明的地方。</p> : (
          <ul>
            {notes.map((n, i) => (
              <li key={i} class={`note-${n.level}`} data-level={n.level}>
                <span class="note-level">{LEVEL_NAMES[n.level]}</span>
                {n.message}{n.where ? <span class="note-where">（原文{n.where}）</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="import-findings" aria-label="原报告的勾稽问题">
        <h2>原报告自身的勾稽问题 <small>（如实导入，未作修改；创建草稿后可在编辑器中修正）</small></h2>
        {findings.length === 0 ? <p>没有发现勾稽问题。</p> : (
          <ul>
            {findings.map((f, i) => (
              <li key={i} data-rule={f.rule} class={f.severity === 'error' ? 'note-error' : 'note-doubt'}>
                <span class="note-level">{f.severity === 'error' ? '错误' : '提醒'}</span>{f.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div class="import-compare">
        <section class="import-recognised" aria-label="识别结果">
          <h2>识别结果</h2>
          <RecognisedReport report={report} notes={result.notes} flaggedByChecks={new Set(tableFindings.flatMap((f) => f.cells))} />
        </section>
        <section class="import-source" aria-label="原文">
          <h2>原文</h2>
          <SourceView blocks={result.source.blocks} kind={result.source.kind} />
        </section>
      </div>

      {saveError && <p role="alert" class="import-error">{saveError}</p>}
      <div class="import-actions">
        <button type="button" class="primary" onClick={create} disabled={saving || !!yearProblem || !agencyName.trim()}>创建草稿</button>
        <button type="button" onClick={onCancel} disabled={saving}>取消</button>
      </div>
    </main>
  );
}

function RecognisedReport({ report, notes, flaggedByChecks }: { report: Report; notes: ImportNote[]; flaggedByChecks: Set<string> }) {
  const format = FORMATS[report.formatId];
  const cellLevel = new Map<string, { level: NoteLevel; messages: string[] }>();
  for (const n of notes) {
    for (const key of n.cells ?? []) {
      const prev = cellLevel.get(key);
      if (!prev) cellLevel.set(key, { level: n.level, messages: [n.message] });
      else {
        prev.messages.push(n.message);
        if (LEVEL_ORDER[n.level] > LEVEL_ORDER[prev.level]) prev.level = n.level;
      }
    }
  }
  const computed = computeAll(format, report.values);
  return (
    // A scroll pane: focusable so the keyboard can scroll it (axe scrollable-region-focusable).
    <div tabIndex={0} aria-label="识别结果（可滚动）">
      <p class="import-title">{report.agencyName}{report.year}年政府信息公开工作年度报告</p>
      {format.sections.map((section) => (
        <div key={section.id} class="import-section">
          <h3>{section.heading}</h3>
          {section.table ? (
            <ReadTable table={format.tables[section.table]} report={report} computed={computed} cellLevel={cellLevel} flagged={flaggedByChecks} />
          ) : (
            (() => {
              const paragraphs = paragraphsOf(report.texts[section.id as 'overview' | 'problems' | 'other']);
              return paragraphs.length === 0
                ? <p class="import-missing">（原文中没有这一部分）</p>
                : paragraphs.map((p, i) => <p key={i} class="import-paragraph">{p}</p>);
            })()
          )}
        </div>
      ))}
      {(report.signature || report.dateWritten) && (
        <p class="import-signature">{report.signature}<br />{report.dateWritten}</p>
      )}
    </div>
  );
}

function ReadTable({ table, report, computed, cellLevel, flagged }: {
  table: TableDef; report: Report; computed: Record<string, string>;
  cellLevel: Map<string, { level: NoteLevel; messages: string[] }>; flagged: Set<string>;
}) {
  return (
    <table class="import-table">
      <caption>{table.caption}</caption>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell: TableCell, c) => {
              const span = { rowSpan: cell.rowspan, colSpan: cell.colspan };
              if (cell.type !== 'value') return <th key={c} {...span} class={`label-${cell.type}`} scope="row">{cell.text}</th>;
              const def = FORMATS[report.formatId].cellsByKey.get(cell.key)!;
              const isTotal = def.kind === 'total';
              const declared = report.declaredTotals[cell.key];
              const value = isTotal ? (declared ?? '') : (report.values[cell.key] ?? '');
              const mark = cellLevel.get(cell.key);
              const disagrees = isTotal && declared !== undefined && declared !== computed[cell.key];
              const classes = [isTotal ? 'total' : '', mark ? `cell-${mark.level}` : '', disagrees || flagged.has(cell.key) ? 'cell-check' : ''].filter(Boolean).join(' ');
              const title = [def.ariaLabel, ...(mark?.messages ?? []), disagrees ? `原文总计 ${declared}，各项相加为 ${computed[cell.key] || '0'}` : ''].filter(Boolean).join('\n');
              return <td key={c} {...span} class={classes} data-cell={cell.key} title={title}>{value}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SourceView({ blocks, kind }: { blocks: Block[]; kind: 'docx' | 'text' }) {
  if (kind === 'text') {
    return (
      <ol class="import-source-lines" tabIndex={0} aria-label="原文（可滚动）">
        {blocks.map((b, i) => <li key={i}>{b.type === 'paragraph' ? b.text.replace(/\t/g, '  ') : ''}</li>)}
      </ol>
    );
  }
  return (
    <div class="import-source-doc" tabIndex={0} aria-label="原文（可滚动）">
      {blocks.map((b, i) => b.type === 'paragraph'
        ? (b.text.trim() ? <p key={i}>{b.text}</p> : null)
        : (
          <table key={i} class="import-source-table">
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => <td key={c} colSpan={cell.span > 1 ? cell.span : undefined} class={cell.vMerge === 'continue' ? 'merged' : undefined}>{cell.vMerge === 'continue' ? '' : cell.text}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
