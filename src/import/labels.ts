// Comparing a label found in a published report with the statutory label of src/formats:
// published reports differ in spacing, numbering style and the odd variant character.

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一…九十九 → number (the numbering of headings and table rows never goes higher). */
export function chineseNumber(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  if (text.length === 1) return CN_DIGITS[text] ?? null;
  const ten = text.indexOf('十');
  if (ten === -1) return null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text[0]!] ?? 0);
  const ones = ten === text.length - 1 ? 0 : (CN_DIGITS[text[text.length - 1]!] ?? 0);
  return tens * 10 + ones;
}

/** Only white space removed: the form in which a difference is worth telling the clerk about. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

/**
 * The comparable form of a label: no white space, half-width forms, （一） and （1） alike, 1、 and 1. alike,
 * quotes and closing punctuation ignored, and 釆 read as 采 (a common slip: the seed writes 政府集中釆购).
 */
export function normaliseLabel(text: string): string {
  let s = compact(text).normalize('NFKC');
  s = s.replace(/釆/g, '采').replace(/[“”‘’"'「」『』]/g, '');
  s = s.replace(/\(([一二三四五六七八九十]+)\)/g, (m, n: string) => {
    const v = chineseNumber(n);
    return v === null ? m : `(${v})`;
  });
  s = s.replace(/^(\d{1,2})[、.,，]/, '$1.');
  s = s.replace(/[。.:：;；，,]+$/, '');
  return s;
}

/** Similarity of two strings by shared character pairs (Dice coefficient), 0…1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** One format's label written in the other's words: 「规范性文件」 (2019) in a 2021 table, and back. */
const ALIASES: Record<string, string> = { 行政规范性文件: '规范性文件', 规范性文件: '行政规范性文件' };

export type LabelMatch = 'exact' | 'variant' | 'none';

/**
 * Whether a piece of source text is the expected statutory label.
 * exact: equal up to white space; variant: equal after normalising (（1）, 1、, 釆…) or the statutory
 * label without its trailing parenthesis (（二）部分公开 written short).
 */
export function matchLabel(found: string, expected: string): LabelMatch {
  const a = compact(found);
  const b = compact(expected);
  if (a === '' || b === '') return 'none';
  if (a === b) return 'exact';
  const na = normaliseLabel(found);
  const nb = normaliseLabel(expected);
  if (na === nb || ALIASES[nb] === na) return 'variant';
  // A label cut short before its parenthetical explanation, or with the unit dropped.
  const stem = nb.replace(/\([^()]*\)$/, '');
  if (stem.length >= 4 && stem !== nb && na === stem) return 'variant';
  return 'none';
}
