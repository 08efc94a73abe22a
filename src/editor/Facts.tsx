// The report's facts: 单位名称, 报告年度 (switches the format), 成文日期, 署名, and the agency level (deadline).
// Limits and cleaning come from src/model/limits.ts, the same the store applies when it reads a draft back.
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef, useState } from 'preact/hooks';
import type { FieldRef } from '../checks';
import { getFormat } from '../formats';
import { AGENCY_LEVELS, LIMITS, chineseDate, cleanLine, REPORT_SCOPES, type AgencyLevel, type ReportScope } from '../model';
import { loadFailed, loadOnce } from '../platform/load-once';
import type { EditorState } from './state';
import { loadYearPlanner } from './year-state';

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
        <input
          data-field="agencyName"
          class={cls('agencyName')}
          value={r.agencyName}
          readOnly={ro}
          placeholder="如：某某市人民政府办公室"
          maxLength={LIMITS.agencyName}
          onInput={(e) => state.setFact('agencyName', cleanLine(e.currentTarget.value))}
          onBlur={() => state.endGroup()}
        />
      </label>
      <YearField state={state} fieldClass={cls('year')} />
      <DateField state={state} fieldClass={cls('dateWritten')} />
      <label class="fact">
        <span>署名（可不填）</span>
        <input
          data-field="signature"
          value={r.signature}
          readOnly={ro}
          placeholder="文末发文机关署名"
          maxLength={LIMITS.signature}
          onInput={(e) => state.setFact('signature', cleanLine(e.currentTarget.value))}
          onBlur={() => state.endGroup()}
        />
      </label>
      <label class="fact fact-level">
        <span>报告类别（决定发布期限）</span>
        <select
          data-field="agencyLevel"
          class={cls('agencyLevel')}
          value={r.agencyLevel}
          disabled={ro}
          onChange={(e) => state.setFact('agencyLevel', e.currentTarget.value as AgencyLevel, false)}
        >
          {AGENCY_LEVELS.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <label class="fact fact-scope">
        <span>报告范围</span>
        <select
          data-field="scope"
          value={r.scope}
          disabled={ro}
          onChange={(e) => state.setFact('scope', e.currentTarget.value as ReportScope, false)}
        >
          {REPORT_SCOPES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label class="fact fact-check">
        <input
          type="checkbox"
          data-field="sealed"
          checked={r.sealed}
          disabled={ro}
          onChange={(e) => state.setSealed(e.currentTarget.checked)}
        />
        <span>加盖印章</span>
      </label>
      <p class="format-line">
        适用格式：《{getFormat(r.formatId).name}》（{getFormat(r.formatId).notice}）
      </p>
    </section>
  );
}

function YearField({ state, fieldClass }: { state: EditorState; fieldClass: string | undefined }) {
  const year = useComputed(() => String(state.facts.value.year));
  const typed = useTypedText(year);
  const commit = (value: string) => {
    // Applied, refused or awaiting confirmation: the field shows the report's year again (a refusal says why below).
    // A commit that waited for the planner is dropped if the clerk typed another year meanwhile (taken on its own Enter).
    const stillTyped = () => typed.stillShows(value);
    const loading = state.yearChange.request(value, stillTyped);
    if (!loading) typed.clear();
    else void loading.then(() => stillTyped() && typed.clear());
  };
  const error = state.yearChange.error.value;
  return (
    <label class="fact fact-year">
      <span>报告年度</span>
      <input
        ref={typed.field}
        data-field="year"
        class={fieldClass}
        inputMode="numeric"
        value={typed.text}
        readOnly={state.session.readOnly.value}
        aria-invalid={error ? 'true' : undefined}
        onFocus={() => void loadYearPlanner().catch(() => {})}
        {...typedThenCommitted(typed.type, commit)}
      />
      {error && (
        <span class="field-msg" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** The date reader, fetched when the field gets the focus (a date is committed only after typing). */
const dateReader = loadOnce(() => import('./date-text'));

/** 成文日期 shown and typed the Chinese way; a date that does not parse stays in the field with the reason. */
function DateField({ state, fieldClass }: { state: EditorState; fieldClass: string | undefined }) {
  const iso = useComputed(() => state.facts.value.dateWritten);
  const typed = useTypedText(iso, chineseDate);
  const error = typed.error;
  const apply = ({ parseDateText }: typeof import('./date-text'), value: string) => {
    const parsed = parseDateText(value);
    if (!parsed.ok) {
      typed.refuse(value, parsed.message);
      return;
    }
    state.setFact('dateWritten', parsed.iso, false);
    typed.clear(); // shown the Chinese way, from the report
  };
  // At once when the reader is there (the field's focus fetched it); otherwise once it has loaded, unless the
  // clerk has typed over the date meanwhile: that newer text is taken on its own Enter or when the field is left.
  const commit = (value: string) => {
    if (dateReader.loaded) apply(dateReader.loaded, value);
    else
      dateReader.load().then(
        (m) => typed.stillShows(value) && apply(m, value),
        () => typed.refuse(value, loadFailed('日期的读取功能', '日期未更改')),
      );
  };
  return (
    <label class="fact">
      <span>成文日期</span>
      <input
        ref={typed.field}
        data-field="dateWritten"
        class={error ? 'field-error' : fieldClass}
        value={typed.text}
        readOnly={state.session.readOnly.value}
        placeholder="如：2026年1月20日"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'date-error' : undefined}
        onFocus={() => void dateReader.load().catch(() => {})}
        {...typedThenCommitted(typed.type, commit)}
      />
      {error && (
        <span id="date-error" class="field-msg" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/**
 * A field's text while the clerk types, kept with the report value it was typed over (and a refusal's reason): the
 * report's value shows again once that value changes (undo, another tab, a commit) or the typing is cleared. Derived
 * while rendering, never reset by an effect: an effect runs after paint, and typing done by then was overwritten.
 */
function useTypedText(source: ReadonlySignal<string>, show: (value: string) => string = (v) => v) {
  const [typed, setTyped] = useState<{ text: string; over: string; error: string } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const current = typed && typed.over === source.value ? typed : null;
  return {
    field,
    /** Whether the field still shows `text`: a commit that waited for its code is dropped once the clerk typed on. */
    stillShows: (text: string) => !field.current || field.current.value === text,
    text: current ? current.text : show(source.value),
    error: current?.error ?? '',
    // peek(): the value the text is typed over now, even when this render has not caught up with a commit yet. A
    // refusal's reason stays while the clerk corrects the text, until the next commit.
    type: (text: string) => setTyped((t) => ({ text, over: source.peek(), error: t && t.over === source.peek() ? t.error : '' })),
    refuse: (text: string, error: string) => setTyped({ text, over: source.peek(), error }),
    clear: () => setTyped(null),
  };
}

/** A field shown as typed and taken only when the clerk leaves it or presses Enter (a half-typed year or date is never applied). */
function typedThenCommitted(setText: (text: string) => void, commit: (text: string) => void) {
  return {
    onInput: (e: { currentTarget: HTMLInputElement }) => setText(e.currentTarget.value),
    onChange: (e: { currentTarget: HTMLInputElement }) => commit(e.currentTarget.value),
    onKeyDown: (e: KeyboardEvent & { currentTarget: HTMLInputElement }) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit(e.currentTarget.value);
      }
    },
  };
}
