// The report's facts: 单位名称, 报告年度 (switches the format), 成文日期, 署名, and the agency level (deadline).
import { useComputed } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { FieldRef } from '../checks';
import { getFormat } from '../formats';
import { AGENCY_LEVELS, chineseDate, type AgencyLevel } from '../model';
import type { EditorState } from './state';

export function Facts({ state }: { state: EditorState }) {
  const r = state.facts.value;
  const ro = state.session.readOnly.value;
  const marks = state.fieldMarks.value;
  const cls = (field: FieldRef) => {
    const m = marks.get(field);
    return m ? `field-${m}` : undefined;
  };
  return (
    <section class="facts" aria-label="报告基本信息">
      <label class="fact fact-wide">
        <span>单位名称</span>
        <input data-field="agencyName" class={cls('agencyName')} value={r.agencyName} readOnly={ro} placeholder="如：某某市人民政府办公室"
          onInput={(e) => state.setFact('agencyName', e.currentTarget.value)} onBlur={() => state.endGroup()} />
      </label>
      <YearField state={state} fieldClass={cls('year')} />
      <label class="fact">
        <span>成文日期</span>
        <input type="date" data-field="dateWritten" class={cls('dateWritten')} value={r.dateWritten} readOnly={ro}
          onChange={(e) => state.setFact('dateWritten', e.currentTarget.value, false)} />
        {r.dateWritten && <small>{chineseDate(r.dateWritten)}</small>}
      </label>
      <label class="fact">
        <span>署名（可不填）</span>
        <input data-field="signature" value={r.signature} readOnly={ro} placeholder="文末发文机关署名"
          onInput={(e) => state.setFact('signature', e.currentTarget.value)} onBlur={() => state.endGroup()} />
      </label>
      <label class="fact fact-level">
        <span>报告类别（决定发布期限）</span>
        <select data-field="agencyLevel" class={cls('agencyLevel')} value={r.agencyLevel} disabled={ro}
          onChange={(e) => state.setFact('agencyLevel', e.currentTarget.value as AgencyLevel, false)}>
          {AGENCY_LEVELS.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
        </select>
      </label>
      <p class="format-line">适用格式：《{getFormat(r.formatId).name}》（{getFormat(r.formatId).notice}）</p>
    </section>
  );
}

function YearField({ state, fieldClass }: { state: EditorState; fieldClass: string | undefined }) {
  const year = useComputed(() => state.facts.value.year);
  const [text, setText] = useState(String(year.value));
  useEffect(() => setText(String(year.value)), [year.value]);
  const commit = (value: string) => {
    state.yearChange.request(value);
    // Refused or awaiting confirmation: the field shows the report's year until the change is applied.
    if (state.yearChange.error.value || state.yearChange.pending.value) setText(String(state.report.value.year));
  };
  const error = state.yearChange.error.value;
  return (
    <label class="fact fact-year">
      <span>报告年度</span>
      <input data-field="year" class={fieldClass} inputMode="numeric" value={text} readOnly={state.session.readOnly.value}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(e.currentTarget.value);
          }
        }} />
      {error && <span class="field-msg" role="alert">{error}</span>}
    </label>
  );
}
