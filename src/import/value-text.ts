// Reading cell values from source text: numbers (perhaps with a unit), blank marks, runs of values.
import type { ValueCellDef } from '../formats';
import { parseValue } from '../model';
import { compact } from './labels';
import type { NoteSink } from './notes';

export const isEmpty = (text: string) => compact(text) === '';

export const BLANK_MARKS = /^(?:[—–\-－]+|[/／\\]|无)$/;
const NUMBER_WITH_UNIT = /^[-+−－＋]?[\d０-９][\d０-９,，.．]*(万元|元|件|个|项|次|人次)?$/;
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
  const text = compact(raw);
  const unit = UNIT.exec(text);
  const parsed = parseValue(unit ? unit[1]! : raw, kind);
  if (!parsed.ok) {
    note({ level: 'error', cells: [def.key], message: `「${def.ariaLabel}」的「${raw.trim()}」无法识别：${parsed.message}该格留空。` });
    return null;
  }
  if (unit) {
    const money = def.kind === 'money';
    const perTenThousand = def.colLabel.includes('万元');
    if (money && unit[2] === '元' && perTenThousand) {
      note({ level: 'doubt', cells: [def.key], message: `「${def.ariaLabel}」写的是「${raw.trim()}」，单位是元，而本栏单位是万元：已照抄数字 ${parsed.value}，未换算，请核对。` });
    } else {
      note({ level: 'info', cells: [def.key], message: `「${def.ariaLabel}」写的是「${raw.trim()}」，带单位，已取数字 ${parsed.value}。` });
    }
  }
  return parsed.value;
}
