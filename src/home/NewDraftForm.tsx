// 首页's 新建草稿 form: 报告年度 checked as typed (the shared year range, not later than next year), 单位名称
// within the shared limit. A storage failure reads as one Chinese message under the form.
import { useState } from 'preact/hooks';
import { FIRST_REPORT_YEAR, formatForYear } from '../formats';
import { LIMITS, defaultReportYear, yearProblem } from '../model';
import { createDraft } from '../store/drafts';
import { failureNotice } from './common';
import { openDraft } from './common';

const LATEST_YEAR_AHEAD = 1;

export function NewDraftForm() {
  const [yearText, setYearText] = useState(String(defaultReportYear()));
  const [agency, setAgency] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = new Date().getFullYear() + LATEST_YEAR_AHEAD;

  const check = (text: string): { year: number; hint: string } | { error: string } => {
    const t = text
      .trim()
      .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/年度?$/, '');
    if (!/^\d{4}$/.test(t)) return { error: '请填写四位数的报告年度，例如 2025。' };
    const year = Number(t);
    const outOfRange = year >= FIRST_REPORT_YEAR ? yearProblem(year) : null;
    if (outOfRange) return { error: outOfRange };
    if (year > latest) return { error: `报告年度不能晚于${latest}年。` };
    try {
      const f = formatForYear(year);
      return { year, hint: `使用${f.id}版格式（${f.notice}）` };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };
  const status = check(yearText);
  // A year still being typed (fewer than 4 digits) only gets the neutral hint.
  const shown = error
    ? { error: true, text: error }
    : 'hint' in status
      ? { error: false, text: status.hint }
      : /^\s*\d{0,3}\s*$/.test(yearText)
        ? { error: false, text: `请填写${FIRST_REPORT_YEAR}年或以后的报告年度。` }
        : { error: true, text: status.error };

  const submit = async (e: Event) => {
    e.preventDefault();
    if ('error' in status) {
      setError(status.error);
      return;
    }
    setBusy(true);
    try {
      const report = await createDraft({ year: status.year, agencyName: agency });
      openDraft(report.id);
    } catch (err) {
      setError((await failureNotice(err, '新建草稿')).text);
      setBusy(false);
    }
  };

  return (
    <form class="new-draft" onSubmit={(e) => void submit(e)} aria-label="新建草稿">
      <label>
        报告年度
        <input
          value={yearText}
          inputMode="numeric"
          size={6}
          aria-describedby="new-year-hint"
          onInput={(e) => {
            setYearText(e.currentTarget.value);
            setError('');
          }}
        />
      </label>
      <label class="grow">
        单位名称
        <input
          value={agency}
          maxLength={LIMITS.agencyName}
          placeholder="例如：某某市人民政府办公室"
          onInput={(e) => setAgency(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="primary" disabled={busy}>
        新建草稿
      </button>
      <p id="new-year-hint" class={shown.error ? 'form-error' : 'form-hint'} role={shown.error ? 'alert' : undefined}>
        {shown.text}
      </p>
    </form>
  );
}
