// What a backup file may carry besides valid drafts: drafts that did not validate when exported, kept as they
// were so that nothing stored is left out of 「导出全部草稿备份」 (docs/backup-format.md, "damaged"). And the
// nesting check that gives a hostile, deeply nested file its real reason instead of a parser's stack error.
import type { DamagedDraft } from './backup';
import { isPlainObject } from './validate';

/** A backup is at most five levels deep; anything far deeper is not ours (and would overflow the parser). */
export const MAX_NESTING = 64;

/** The deepest nesting of [ and { outside strings, scanned without parsing. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > MAX_NESTING) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** The file's damaged drafts, or a Chinese reason when the list itself is malformed. */
export function readDamaged(raw: unknown): DamagedDraft[] | string {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return '备份文件中“需要修复的草稿”列表无效。';
  const out: DamagedDraft[] = [];
  const ids = new Set<string>();
  for (const [i, d] of raw.entries()) {
    if (!isPlainObject(d) || typeof d.id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(d.id) || ids.has(d.id)) {
      return `备份文件中第${i + 1}份需要修复的草稿编号无效或重复。`;
    }
    ids.add(d.id);
    out.push({ id: d.id, reason: typeof d.reason === 'string' ? d.reason.slice(0, 500) : '', report: d.report });
  }
  return out;
}
