// Reading of a text section the text rules share: sentences, the quantities they state, the years they
// name. Parsed once per text (memoText): runChecks runs on every edit, most edits touch a cell.
import { memoText } from '../text-cache';

/** What a stated quantity is about; each maps to cells in src/checks/rules/text-claims.ts. */
export type ClaimTarget =
  | 'new'
  | 'results'
  | 'open'
  | 'partial'
  | 'review'
  | 'litigation'
  | 'regulation'
  | 'normative'
  | 'license'
  | 'penalty'
  | 'enforcement';

export interface Change {
  /** +1 增长/增加/上升, −1 下降/减少. */
  sign: 1 | -1;
  value: number;
  percent: boolean;
  /** Decimal places written (tolerance of a rounded percentage). */
  decimals: number;
}

export interface Claim {
  target: ClaimTarget;
  n: number;
  /** The words that state it, e.g. 「收到政府信息公开申请25件」. */
  phrase: string;
  sentence: string;
  /** The sentence widens the scope (累计, 以来, 上年结转…): a mismatch may be meant. */
  vague: boolean;
  /** Years the sentence names (another year's figure is no claim about this year). */
  years: number[];
  change?: Change;
}

export interface YearMention {
  year: number;
  sentence: string;
  allowedContext: boolean;
  comparison: boolean;
}

export interface ParsedText {
  claims: Claim[];
  years: YearMention[];
}

const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
const GAP = '[^。；;，,！!？?\\d\\n]';
const UNIT = '\\s*(?:件|起|宗|个|份|项)';

const PATTERNS: { target: ClaimTarget; re: RegExp }[] = [
  { target: 'new', re: new RegExp(`(?:收到|受理|新收|接收|接到)${GAP}{0,16}?申请${GAP}{0,4}?${NUM}${UNIT}`, 'g') },
  { target: 'results', re: new RegExp(`(?:办结|办理完毕|答复)${GAP}{0,10}?${NUM}${UNIT}`, 'g') },
  { target: 'open', re: new RegExp(`予以公开${NUM}${UNIT}`, 'g') },
  { target: 'partial', re: new RegExp(`部分公开${NUM}${UNIT}`, 'g') },
  { target: 'review', re: new RegExp(`行政复议(?:案件)?${NUM}${UNIT}`, 'g') },
  { target: 'litigation', re: new RegExp(`行政诉讼(?:案件)?${NUM}${UNIT}`, 'g') },
  { target: 'regulation', re: new RegExp(`(?:制发|印发|出台|制定|新制作)${GAP}{0,6}?规章${NUM}${UNIT}`, 'g') },
  { target: 'normative', re: new RegExp(`(?:制发|印发|出台|制定|新制作)${GAP}{0,6}?规范性文件${NUM}${UNIT}`, 'g') },
  { target: 'license', re: new RegExp(`行政许可(?:处理)?决定${NUM}${UNIT}`, 'g') },
  { target: 'penalty', re: new RegExp(`行政处罚(?:处理)?决定${NUM}${UNIT}`, 'g') },
  { target: 'enforcement', re: new RegExp(`行政强制(?:处理)?决定${NUM}${UNIT}`, 'g') },
];

const CHANGE =
  /^[，,]?\s*(?:较|比)(?:上年|上一年|去年)(?:同期)?(增长|增加|上升|提高|下降|减少|降低)\s*(\d+(?:\.(\d+))?)\s*(%|％|件|起|个|条)?/;
const VAGUE = /累计|以来|历年|至今|含上年结转|包括上年结转|连同|全市|全县|全区|全省|系统/;
const YEAR = /(\d{4})\s*年/g;
const YEAR_CONTEXT = /以来|累计|至今|施行|修订/;
const COMPARISON = /较|比|同比|相比|上年|上一年|去年|增长|下降|增加|减少|持平|以来|分别/;

/** Sentences end at 。！？； and at line breaks (a paragraph is at least a sentence). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const toAscii = (s: string): string =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+(?=\d)|(?<=\d)\s+(?=[件起宗个份项%％])/g, '');

function yearsIn(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(YEAR)) out.push(Number(m[1]));
  return out;
}

/** Years written inside a title 《…》 (「《2023年政务公开工作要点》」): a name, not a statement about that year. */
function titledYears(sentence: string): Set<number> {
  const out = new Set<number>();
  if (!sentence.includes('《')) return out;
  for (const title of sentence.matchAll(/《[^》]*》/g)) for (const y of yearsIn(title[0])) out.add(y);
  return out;
}

export const parseText = memoText((raw: string): ParsedText => {
  const claims: Claim[] = [];
  const years: YearMention[] = [];
  // The same statement twice (a figure repeated in a summary) is compared once.
  const seen = new Set<string>();
  if (raw.trim() === '') return { claims, years };
  for (const original of sentencesOf(raw)) {
    const sentence = toAscii(original);
    const ys = yearsIn(sentence);
    if (ys.length) {
      const context = YEAR_CONTEXT.test(sentence) || /\d{4}\s*(?:—|－|-|–|至|到)\s*\d{4}\s*年/.test(sentence);
      const comparison = COMPARISON.test(sentence);
      const titled = titledYears(sentence);
      for (const year of ys) {
        const allowedContext = context || titled.has(year);
        const key = `${year}|${allowedContext}|${comparison}`;
        // One mention per kind is enough for C-R8 (a finding per sentence would repeat itself).
        if (!seen.has(key)) {
          seen.add(key);
          years.push({ year, sentence: original, allowedContext, comparison });
        }
      }
    }
    if (!/\d/.test(sentence)) continue;
    const vague = VAGUE.test(sentence);
    for (const { target, re } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        const claim: Claim = { target, n: Number(m[1]!.replace(/,/g, '')), phrase: m[0], sentence: original, vague, years: ys };
        const c = CHANGE.exec(sentence.slice(m.index + m[0].length));
        if (c) {
          claim.change = {
            sign: /增|升|提高/.test(c[1]!) ? 1 : -1,
            value: Number(c[2]),
            percent: c[4] === '%' || c[4] === '％',
            decimals: c[3]?.length ?? 0,
          };
        }
        const key = `${target}|${claim.n}|${vague}|${ys.join(',')}|${c ? c[0] : ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          claims.push(claim);
        }
      }
    }
  }
  return { claims, years };
});

/** A sentence as a finding quotes it: at most 40 characters. */
export function quote(sentence: string): string {
  return sentence.length <= 40 ? sentence : `${sentence.slice(0, 39)}…`;
}
