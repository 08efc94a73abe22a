// Parsing what a clerk types or pastes into a value cell. Bad input is refused with a reason,
// never turned silently into a number.
import type { InputKind } from '../formats';

export type ParsedValue = { ok: true; value: string } | { ok: false; message: string };

/** Counts above this are not plausible for one agency and would lose precision as JS numbers. */
const MAX_DIGITS = 12;

const FULL_WIDTH = /[０-９．，－＋]/g;
const FULL_WIDTH_MAP: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+' };
/** Placeholders that real reports write for "no value". */
const BLANK_MARKS = new Set(['—', '——', '–', '-', '－', '/', '／', '\\', '无']);

export function normaliseInput(raw: string): string {
  return raw
    .replace(FULL_WIDTH, (ch) => FULL_WIDTH_MAP[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\u2012\u2013\u2014]/g, (ch) => (ch === '\u2014' ? ch : '-')) // typographic minus signs
    .replace(/[\s\u00a0\u3000]+/g, '');
}

const KIND_NAMES: Record<InputKind, string> = {
  count: '非负整数',
  signed: '整数（可为负数）',
  money: '金额（可带小数）',
};

export function describeKind(kind: InputKind): string {
  return KIND_NAMES[kind];
}

/**
 * Parses a typed or pasted value for a cell of the given kind.
 * Returns the canonical text ('' for blank) or a Chinese reason why it was refused.
 */
export function parseValue(raw: string, kind: InputKind): ParsedValue {
  const text = normaliseInput(raw);
  if (text === '' || BLANK_MARKS.has(text) || /^[—-]+$/.test(text)) return { ok: true, value: '' };

  const unit = /(万元|元|件|个|项|次)$/.exec(text);
  if (unit) return { ok: false, message: `请只填数字，不要带单位“${unit[1]}”。` };

  let body = text;
  if (/,/.test(body)) {
    // Thousands separators only in their proper places: 1,234,567(.89)
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) return { ok: false, message: `“${raw.trim()}”中的逗号位置不对，无法识别为数字。` };
    body = body.replace(/,/g, '');
  }
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(body);
  if (!match) return { ok: false, message: `“${raw.trim()}”不是数字，此处应填${KIND_NAMES[kind]}。` };
  const [, sign = '', intDigits = '', frac] = match;
  const int = intDigits.replace(/^0+(?=\d)/, '');
  if (int.length > MAX_DIGITS) return { ok: false, message: `数字“${raw.trim()}”太大，请核对。` };

  if (kind !== 'money' && frac !== undefined) {
    if (/^0+$/.test(frac)) return { ok: false, message: `此处应填${KIND_NAMES[kind]}，不能带小数点。` };
    return { ok: false, message: `此处应填${KIND_NAMES[kind]}，“${raw.trim()}”带有小数。` };
  }
  if (sign === '-' && kind !== 'signed') {
    if (/^0+$/.test(int + (frac ?? ''))) return { ok: true, value: kind === 'money' && frac ? `0.${frac}` : '0' };
    return { ok: false, message: kind === 'money' ? '金额不能为负数。' : '此处不能填负数。' };
  }
  const negative = sign === '-' && int !== '0';
  return { ok: true, value: (negative ? '-' : '') + int + (frac !== undefined ? `.${frac}` : '') };
}

/** /^(0|[1-9]\d*)$/ within the digit limit, by character codes: most stored values are counts. */
function isCanonicalCount(value: string): boolean {
  const n = value.length;
  if (n > MAX_DIGITS + 20 || (n > 1 && value.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const STORED: Record<InputKind, RegExp> = {
  count: /^(0|[1-9]\d*)$/,
  signed: /^(0|-?[1-9]\d*)$/,
  money: /^(0|[1-9]\d*)(\.\d+)?$/,
};

/** Re-validates a stored value (it may come from an old draft or an import): true when canonical and of its kind. */
export function isValidStored(value: string, kind: InputKind): boolean {
  if (value === '') return true;
  if (kind === 'count') return isCanonicalCount(value);
  // Runs for every cell on every check: hoisted patterns, and a digit count without allocating.
  if (!STORED[kind].test(value)) return false;
  const digits = value.length - (value.charCodeAt(0) === 45 ? 1 : 0) - (value.includes('.') ? 1 : 0);
  return digits <= MAX_DIGITS + 20;
}
