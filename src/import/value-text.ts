// Reading cell values from source text: numbers (perhaps with a unit), blank marks, runs of values.
import { FORMATS, type ValueCellDef } from '../formats';
import { parseValue } from '../model';
import { compact } from './labels';
import type { NoteSink } from './notes';

export const isEmpty = (text: string) => compact(text) === '';

export const BLANK_MARKS = /^(?:[—–\-－]+|[/／\\]|无)$/;
const NUMBER_WITH_UNIT = /^[-+−－＋增减]?[\d０-９][\d０-９,，.．]*(万元|元|件|个|项|次|人次)?$/;
/** 「减4」「增2」 in the 2019 本年增/减 column. */
const CHANGE_WORD = /^([增减])(\d+)$/;
export const UNIT = /^(.*?\d)(万元|元|件|个|项|次|人次)$/;

/** A piece of source text that stands for a cell value: a number (perhaps with a unit) or a blank mark. */
export function isValuePiece(text: string): boolean {
  const c = compact(text);
  return c !== '' && (BLANK_MARKS.test(c) || NUMBER_WITH_UNIT.test(c));
}

/** One or several values separated by white space ("0 0 0", "665 88 55"). */
export function isValueText(text: string): boolean {
  const parts = text.trim().split(/[\s\u00a0\u3000]+/);
  return parts.length > 0 && parts.every(isValuePiece);
}

/** "规章 0 0 0" (a row pasted as one line with spaces) → label and values. */
export function splitTrailingValues(text: string): [string, string] | null {
  const m = /^(.*?[^\s\d.,，．\-—/])[\s\u00a0\u3000]+([\d\s\u00a0\u3000.,，．\-—/万元]+)$/.exec(text.trim());
  if (!m || !/[\u4e00-\u9fff]/.test(m[1]!) || !isValueText(m[2]!)) return null;
  return [m[1]!, m[2]!];
}

/** The cell's value from its source text: the canonical value, '' for blank, null when unreadable (noted). */
export function importValue(raw: string, def: ValueCellDef, note: NoteSink): string | null {
  const kind = def.kind === 'total' ? 'count' : def.kind;
  const change = CHANGE_WORD.exec(compact(raw));
  if (change && kind === 'signed') {
    const value = change[1] === '减' ? `-${change[2]}` : change[2]!;
    note({ level: 'info', cells: [def.key], message: `「${def.ariaLabel}」写的是「${raw.trim()}」，已按 ${value} 读取。` });
    return value;
  }
  const text = compact(raw);
  const unit = UNIT.exec(text);
  const parsed = parseValue(unit ? unit[1]! : raw, kind);
  if (!parsed.ok) {
    note({ level: 'error', cells: [def.key], message: `「${def.ariaLabel}」的「${raw.trim()}」无法识别：${parsed.message}该格留空。` });
    return null;
  }
  if (parsed.value === '' && text !== '') {
    note({ level: 'info', cells: [def.key], message: `「${def.ariaLabel}」写的是「${raw.trim()}」，按空白导入（没有填 0），请核对。` });
  }
  if (unit) {
    const money = def.kind === 'money';
    const perTenThousand = def.colLabel.includes('万元');
    if (money && unit[2] === '元' && perTenThousand) {
      note({
        level: 'doubt',
        cells: [def.key],
        message: `「${def.ariaLabel}」写的是「${raw.trim()}」，单位是元，而本栏单位是万元：已照抄数字 ${parsed.value}，未换算，请核对。`,
      });
    } else {
      note({ level: 'info', cells: [def.key], message: `「${def.ariaLabel}」写的是「${raw.trim()}」，带单位，已取数字 ${parsed.value}。` });
    }
  }
  return parsed.value;
}

let labelPattern: RegExp | null = null;

/** Every label of both formats' tables, longest first, as one pattern (built once). */
function tableLabels(): RegExp {
  if (labelPattern) return labelPattern;
  const all = new Set<string>();
  for (const f of Object.values(FORMATS))
    for (const t of Object.values(f.tables))
      for (const row of t.rows) for (const c of row) if (c.type !== 'value' && c.text.length >= 2) all.add(c.text);
  const escaped = [...all].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  labelPattern = new RegExp(escaped.join('|'), 'g');
  return labelPattern;
}

export interface Piece {
  text: string;
  glued: boolean;
}

/**
 * A flattened table line (「规章007行政规范性文件000」): cut at the statutory labels and where digits follow text
 * directly. Digits cut off this way are marked glued: they split into cells only where that is unique.
 */
export function splitGlued(text: string): Piece[] | null {
  if (!/[\u4e00-\u9fff）)]\d/.test(text)) return null;
  const out: Piece[] = [];
  const pushText = (segment: string) => {
    const s = segment.trim();
    if (s === '') return;
    const m = /^(.*[\u4e00-\u9fff）)])(\d+(?:\.\d+)?)$/.exec(s);
    if (m && !/[年月日]$/.test(m[1]!)) out.push({ text: m[1]!, glued: false }, { text: m[2]!, glued: true });
    else out.push({ text: s, glued: out.length > 0 && /^\d/.test(s) });
  };
  let last = 0;
  for (const m of text.matchAll(tableLabels())) {
    const at = m.index ?? 0;
    pushText(text.slice(last, at));
    out.push({ text: m[0], glued: false });
    last = at + m[0].length;
  }
  pushText(text.slice(last));
  return out.length > 1 ? out : null;
}
