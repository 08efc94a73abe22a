// The review screen: what was recognised beside the source, the notes, and 「创建草稿」 only after the clerk looked.
import { useMemo, useState } from 'preact/hooks';
import { runChecks } from '../checks';
import { FORMATS, FormatYearError, formatForYear } from '../formats';
import { newReportId, type Report } from '../model';
import { createDraftFrom } from '../store';
import { LIMITS } from '../store/validate';
import type { ImportResult } from './notes';
import { LEVEL_NAMES, LEVEL_ORDER } from './note-levels';
import { RecognisedReport } from './RecognisedReport';
import { SourceView } from './SourceView';

export function Review({ result, onCancel }: { result: ImportResult; onCancel: () => void }) {
  const [agencyName, setAgencyName] = useState(result.report.agencyName);
  const [yearText, setYearText] = useState(String(result.report.year));
  const [saving, setSaving] = useState(false);
  // A year the title did not give is a guess: the clerk confirms it (or types one) before 「创建草稿」.
  const [yearConfirmed, setYearConfirmed] = useState(result.found.year);
  const [trimmed, setTrimmed] = useState(false);
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
  const overLong = TEXT_KEYS.filter((k) => result.report.texts[k].length > LIMITS.text);
  const report: Report = useMemo(
    () => ({
      ...result.report,
      agencyName: agencyName.trim(),
      year: yearProblem ? result.report.year : year,
      texts: trimmed ? trimTexts(result.report.texts) : result.report.texts,
    }),
    [result, agencyName, year, yearProblem, trimmed],
  );
  const nameProblem = !agencyName.trim()
    ? '请填写单位名称。'
    : agencyName.trim().length > LIMITS.agencyName
      ? `单位名称太长（${agencyName.trim().length} 个字，最多 ${LIMITS.agencyName} 个），请改短。`
      : '';
  const textProblem = overLong.length > 0 && !trimmed;
  const blocked = !!yearProblem || !!nameProblem || !yearConfirmed || textProblem;
  // Checks on cells the reader could not fill would blame the source for the reader's gaps: left out, counted.
  const unread = useMemo(() => new Set(result.notes.filter((n) => n.level !== 'info').flatMap((n) => n.cells ?? [])), [result]);
  const allFindings = useMemo(() => runChecks(report), [report]);
  const findings = allFindings.filter((f) => !f.cells.some((c) => unread.has(c)));
  const leftOut = allFindings.length - findings.length;
  const tableFindings = findings.filter((f) => f.cells.length > 0);

  const notes = [...result.notes].sort((a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level]);
  const counts = { error: 0, doubt: 0, info: 0 };
  for (const n of result.notes) counts[n.level]++;

  const create = async () => {
    if (blocked) return;
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
        <span class="import-source-name">
          {result.source.kind === 'docx'
            ? `Word 文件：${result.source.fileName ?? ''}`
            : result.source.kind === 'pdf'
              ? `PDF 文件：${result.source.fileName ?? ''}`
              : '粘贴的文字'}
        </span>
      </header>
      <p class="import-lead">
        尚未创建草稿。请对照右侧原文核对；标黄的为存疑、标红的为无法识别，相关格子已留空。核对后点「创建草稿」，或点「取消」放弃。
      </p>

      <section class="import-fields" aria-label="识别出的报告信息">
        <label>
          <span>单位名称</span>
          <input value={agencyName} onInput={(e) => setAgencyName(e.currentTarget.value)} aria-invalid={!agencyName.trim()} />
        </label>
        <label>
          <span>报告年度</span>
          <input
            value={yearText}
            inputMode="numeric"
            size={6}
            onInput={(e) => {
              setYearText(e.currentTarget.value);
              setYearConfirmed(true);
            }}
            aria-invalid={!!yearProblem}
          />
        </label>
        <div class="import-format">
          <span>格式</span>
          <strong>{format.id}版</strong>（{format.notice}，
          {result.found.formatFrom === 'tables' ? '按表格识别' : result.found.formatFrom === 'year' ? '按年度确定' : '未能识别，默认'}）
        </div>
        {!result.found.year && (
          <label class="import-year-guess">
            <input type="checkbox" checked={yearConfirmed} onChange={(e) => setYearConfirmed(e.currentTarget.checked)} />
            <span>
              {result.report.year}年这个年份是<strong>推测</strong>的（标题中没有年份），我已核对无误
            </span>
          </label>
        )}
        {nameProblem && (
          <p class="import-field-error" role="alert">
            {nameProblem}
          </p>
        )}
        {yearProblem && (
          <p class="import-field-error" role="alert">
            {yearProblem}
          </p>
        )}
        {!yearProblem && yearFormatId !== format.id && (
          <p class="import-field-warning">
            注意：{year}年度的报告应使用{yearFormatId}版格式，而导入的表格是{format.id}版。草稿将保留{format.id}版表格。
          </p>
        )}
      </section>

      <section class="import-notes" aria-label="识别说明">
        <h2>
          识别说明{' '}
          <small>
            （错误 {counts.error}，存疑 {counts.doubt}，提示 {counts.info}；共读到 {result.found.cellsRead} 个表格数字格）
          </small>
        </h2>
        {notes.length === 0 ? (
          <p>全部内容与法定格式一致，没有需要说明的地方。</p>
        ) : (
          <ul>
            {notes.map((n, i) => (
              <li key={i} class={`note-${n.level}`} data-level={n.level}>
                <span class="note-level">{LEVEL_NAMES[n.level]}</span>
                {n.message}
                {n.where ? <span class="note-where">（原文{n.where}）</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="import-findings" aria-label="原报告的勾稽问题">
        <h2>
          原报告自身的勾稽问题 <small>（如实导入，未作修改；创建草稿后可在编辑器中修正）</small>
        </h2>
        {leftOut > 0 && <p class="import-hint">另有 {leftOut} 条检查涉及没有读到的格子，未列出：那些格子请先对照原文填写。</p>}
        {findings.length === 0 ? (
          <p>没有发现勾稽问题。</p>
        ) : (
          <ul>
            {findings.map((f, i) => (
              <li key={i} data-rule={f.rule} class={f.severity === 'error' ? 'note-error' : 'note-doubt'}>
                <span class="note-level">{f.severity === 'error' ? '错误' : '提醒'}</span>
                {f.message}
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
          <SourceView blocks={result.source.blocks} lines={result.source.lines} />
        </section>
      </div>

      {overLong.length > 0 && (
        <section class="import-trim" aria-label="超长的部分">
          <p class={trimmed ? 'import-hint' : 'import-error'}>
            {overLong.map((k) => `「${SECTION_NAMES[k]}」有 ${result.report.texts[k].length} 个字`).join('，')}，超过每部分 {LIMITS.text}{' '}
            字的上限，不能直接创建草稿。
            {trimmed ? `已截短，只保留每部分的前 ${LIMITS.text} 字。` : '可以截短后再创建草稿（超出部分不导入）。'}
          </p>
          <button type="button" onClick={() => setTrimmed(!trimmed)}>
            {trimmed ? '恢复原文（不截短）' : '截短超长的部分'}
          </button>
        </section>
      )}
      {saveError && (
        <p role="alert" class="import-error">
          {saveError}
        </p>
      )}
      <div class="import-actions">
        <button type="button" class="primary" onClick={create} disabled={saving || blocked}>
          创建草稿
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          取消
        </button>
      </div>
    </main>
  );
}

const TEXT_KEYS = ['overview', 'problems', 'other'] as const;
const SECTION_NAMES: Record<(typeof TEXT_KEYS)[number], string> = {
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

function trimTexts(texts: Report['texts']): Report['texts'] {
  return {
    ...texts,
    overview: texts.overview.slice(0, LIMITS.text),
    problems: texts.problems.slice(0, LIMITS.text),
    other: texts.other.slice(0, LIMITS.text),
  };
}
