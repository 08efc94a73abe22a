// Sections 一, 五, 六: paragraphs typed in an auto-growing text area, previewed with the heading levels
// the .docx will use (（一） in 楷体, body paragraphs indented two characters).
import { useComputed } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SectionDef, TextSectionId } from '../formats';
import { LIMITS, countCharacters, paragraphsOf, splitHeading } from '../model';
import { DataNoteButton } from './DataNoteButton';
import type { EditorState } from './state';

/**
 * Where the browser sizes a text area to its content itself (CSS field-sizing, style.css) nothing is measured;
 * elsewhere autosize.ts does it, fetched at once. If it cannot load, the area scrolls instead of hiding text.
 */
const measuring = CSS.supports('field-sizing', 'content') ? null : import('./autosize');
measuring?.catch(() => undefined);

function autosize(el: HTMLTextAreaElement): void {
  measuring?.then(
    (m) => m.autosize(el),
    () => (el.style.overflowY = 'auto'),
  );
}

/** 「篇幅原则上不超过一千字」 (国办公开办函〔2021〕30号, rule C-R3). */
export const OVERVIEW_LIMIT = 1000;

export function TextSection({ state, section }: { state: EditorState; section: SectionDef & { id: TextSectionId } }) {
  const id = section.id;
  const text = useComputed(() => state.report.value.texts[id]);
  const mark = useComputed(() => state.fieldMarks.value.get(`text:${id}`));
  const formatId = useComputed(() => state.report.value.formatId).value;
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    // An empty area keeps its four rows: nothing to measure (a new draft opens without forced layouts).
    if (el && (el.value !== '' || el.style.height !== '')) autosize(el);
  }, [text.value]);
  const count = id === 'overview' ? countCharacters(text.value) : 0;
  const over = id === 'overview' && formatId === '2021' && count > OVERVIEW_LIMIT;
  const headingId = `h-${id}`;
  return (
    <section class="text-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {id === 'other' && formatId === '2021' && (
        <p class="reminder">
          提醒：按2021年起施行的格式，须在本部分报告收取信息处理费的情况；未收取的，也请写明（如“本年度未收取信息处理费”）。
        </p>
      )}
      <div class="text-grid">
        <div class="text-edit">
          <textarea
            ref={ref}
            data-field={`text:${id}`}
            class={mark.value ? `field-${mark.value}` : undefined}
            aria-label={section.heading}
            aria-invalid={mark.value === 'error' ? 'true' : undefined}
            placeholder={section.hint}
            rows={4}
            maxLength={LIMITS.text}
            readOnly={state.session.readOnly.value}
            value={text.value}
            onInput={(e) => {
              if (!(e as InputEvent).isComposing) state.setText(id, e.currentTarget.value);
            }}
            onCompositionEnd={(e) => state.setText(id, e.currentTarget.value)}
            onBlur={() => state.endGroup()}
          />
          {id === 'overview' && <DataNoteButton state={state} section={id} area={ref} />}
          <p class="text-tip">
            每段一行。段首写“（一）”“1.”“（1）”即为各级小标题。
            {id === 'overview' && (
              <span class={over ? 'count count-over' : 'count'} role={over ? 'status' : undefined}>
                {' '}
                字数：{count}
                {formatId === '2021' ? ` / ${OVERVIEW_LIMIT}` : ''}
                {over ? '（超过一千字，格式要求篇幅原则上不超过一千字）' : ''}
              </span>
            )}
          </p>
        </div>
        <Preview text={text.value} />
      </div>
    </section>
  );
}

function Preview({ text }: { text: string }) {
  const paragraphs = paragraphsOf(text);
  return (
    <div class="preview" aria-label="排版预览">
      <div class="preview-title">排版预览</div>
      {paragraphs.length === 0 && <p class="preview-empty">（尚未填写）</p>}
      {paragraphs.map((p, i) => {
        const { level, heading, rest } = splitHeading(p);
        if (level === 0)
          return (
            <p key={i} class="pv pv-body">
              {rest}
            </p>
          );
        return (
          <p key={i} class={`pv pv-l${level}`} data-level={level}>
            <span class={`pv-h pv-h${level}`}>{heading}</span>
            {rest}
          </p>
        );
      })}
    </div>
  );
}
