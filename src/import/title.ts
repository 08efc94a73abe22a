// Reading the title (单位, 年度), the section headings and the closing 署名 and 成文日期.
import type { SectionDef } from '../formats';
import { splitHeading } from '../model';
import type { Block } from './blocks';
import { chineseNumber, compact, normaliseLabel, similarity } from './labels';
import { isEmpty } from './value-text';

export function matchHeading(text: string, def: SectionDef, index: number): { rest: string; variant: boolean } | null {
  const line = text.trim();
  if (line === '' || line.length > def.heading.length + 40) return null;
  const officialBody = def.heading.replace(/^[一二三四五六七八九十]+、/, '');
  const parts = splitHeading(line);
  const head = parts.level === 1 ? parts.heading : line;
  const m = /^([一二三四五六七八九十]+)[、.．,，]\s*(.*)$/.exec(head);
  if (m) {
    if (chineseNumber(m[1]!) !== index + 1) return null;
    const body = normaliseLabel(m[2]!);
    const wanted = normaliseLabel(officialBody);
    const close =
      body === wanted || similarity(body, wanted) >= 0.6 || (body.length >= 4 && (wanted.includes(body) || body.includes(wanted)));
    if (!close) return null;
    // A heading that runs straight on into the text is only taken when its sentence stops where the heading does.
    if (parts.rest && body.length > wanted.length + 6) return null;
    return { rest: parts.level === 1 ? parts.rest : '', variant: compact(head) !== def.heading };
  }
  // Without its number (Word's automatic numbering is not in the text).
  const body = normaliseLabel(line);
  if (body.length <= officialBody.length + 4 && similarity(body, normaliseLabel(officialBody)) >= 0.8) return { rest: '', variant: true };
  return null;
}

export interface TitleInfo {
  agencyName: string;
  year: number | null;
  agencyFromPreviousLine: boolean;
  /** Blocks that held the title (and a repeated agency line above it). */
  used: number[];
  /** Paragraphs between the title and the first heading. */
  preamble: string[];
}

const TITLE_RE = /^(.*?)(?:关于)?(\d{4})年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告$/;
/** 「2019年XX市人民政府办公厅政府信息公开工作年度报告」: the year before the agency. */
const TITLE_RE_YEAR_FIRST = /^(\d{4})年度?(.+?)(?:政府)?信息公开(?:工作)?(?:年度)?报告$/;
const TITLE_RE_NO_YEAR = /^(.+?)(?:政府)?信息公开(?:工作)?年度报告$/;
/** 「XX局政府信息公开工作2022年度报告」: the year between 工作 and 报告. */
const TITLE_RE_YEAR_INSIDE = /^(.*?)(?:政府)?信息公开(?:工作)?(\d{4})年度?报告$/;
/** The end of a title mistyped on the page (「…2023年政府信息公开工作告年度报」): still a title, the year still read. */
const TITLE_RE_LOOSE = /^(.*?)(\d{4})年度?(?:政府)?信息公开[\u4e00-\u9fff]{0,6}报[\u4e00-\u9fff]?$/;
const TITLE_RE_YEAR_AFTER = /^(.*?)政府信息公开(?:工作)?年度报告[（(](\d{4})年度?[）)]$/;

export interface TitleMatch {
  agency: string;
  year: number | null;
}

function matchTitle(line: string): TitleMatch | null {
  const m = TITLE_RE.exec(line) ?? TITLE_RE_YEAR_AFTER.exec(line) ?? TITLE_RE_YEAR_INSIDE.exec(line) ?? TITLE_RE_LOOSE.exec(line);
  if (m) return { agency: m[1]!, year: Number(m[2]) };
  const first = TITLE_RE_YEAR_FIRST.exec(line);
  if (first) return { agency: first[2]!, year: Number(first[1]) };
  // 「某区教育局政府信息公开工作年度报告」: no year at all (it is then guessed, and said so).
  const none = TITLE_RE_NO_YEAR.exec(line);
  return none && !/\d/.test(none[1]!) ? { agency: none[1]!, year: null } : null;
}

export function readTitle(blocks: Block[], before: number): TitleInfo {
  const lines: { block: number; text: string; raw: string }[] = [];
  for (let b = 0; b < before; b++) {
    const block = blocks[b]!;
    if (block.type === 'paragraph' && !isEmpty(block.text)) lines.push({ block: b, text: compact(block.text), raw: block.text });
  }
  // The latest start wins: a header line with the agency above a title that repeats it must not be read twice.
  let best: { i: number; j: number; m: TitleMatch } | null = null;
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    if (isChrome(lines[i]!.raw)) continue;
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + 4) && !isChrome(lines[j]!.raw); j++) {
      joined += lines[j]!.text;
      const m = matchTitle(joined);
      if (m && m.agency.length <= 40) {
        // A title without a year is taken only when no start gives one with a year.
        if (m.year !== null || !best || best.m.year === null) best = { i, j, m };
        break;
      }
    }
  }
  if (best) {
    const { i, j, m } = best;
    let agency = m.agency.replace(/关于$/, '');
    const year = m.year;
    const used = lines.slice(i, j + 1).map((l) => l.block);
    let fromPrevious = false;
    const previous = i > 0 ? lines[i - 1]! : undefined;
    if (!agency && previous && previous.text.length <= 40 && !/[。，]/.test(previous.text)) {
      agency = previous.text;
      fromPrevious = true;
    }
    // A header line repeating the agency (the seed starts with it) is part of the title block.
    if (previous && previous.text === agency) used.unshift(previous.block);
    const preamble = lines.filter((l) => l.block > lines[j]!.block).map((l) => (blocks[l.block] as { text: string }).text.trim());
    return {
      agencyName: agency,
      year: year !== null && year >= 1990 && year <= 2100 ? year : null,
      agencyFromPreviousLine: fromPrevious,
      used,
      preamble,
    };
  }
  return {
    agencyName: '',
    year: null,
    agencyFromPreviousLine: false,
    used: [],
    preamble: lines.map((l) => (blocks[l.block] as { text: string }).text.trim()),
  };
}

/** Site chrome around a title: 「索引号: | …」「字号:」「来源: 时间:」, cells of a metadata table. A title has none of these. */
function isChrome(text: string): boolean {
  return /[:：|｜\t]/.test(text);
}

/** A 署名 line: the agency of the title, or a short line ending like the name of a government body. */
export function looksLikeSignature(text: string, agency: string): boolean {
  const t = compact(text);
  if (t === '' || t.length > 40 || /[。，；：！？]/.test(t)) return false;
  if (agency && (t === agency || t.includes(agency) || agency.includes(t))) return true;
  return /(局|委|办|中心|政府|院|所|厅|室|会|处|站|队|部|署|馆|社|公司|镇|乡|街道|管委会|办事处|集团|协会|学校|医院)$/.test(t);
}

const CN_DIGIT_CHARS = '〇一二三四五六七八九';

/** 2021年1月13日 or 二〇二一年一月十三日 → 2021-01-13; null when the paragraph is no date. */
export function parseChineseDate(text: string): string | null {
  const t = compact(text)
    .normalize('NFKC')
    .replace(/零|○|Ｏ|O/g, '〇');
  const m = /^(\d{4}|[〇一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/.exec(t);
  if (!m) return null;
  const year = /^\d+$/.test(m[1]!) ? Number(m[1]) : Number([...m[1]!].map((c) => CN_DIGIT_CHARS.indexOf(c)).join(''));
  const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : chineseNumber(m[2]!);
  const day = /^\d+$/.test(m[3]!) ? Number(m[3]) : chineseNumber(m[3]!);
  if (!month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastParagraphs(blocks: Block[], count: number): number[] {
  const out: number[] = [];
  for (let b = blocks.length - 1; b >= 0 && out.length < count; b--) {
    const block = blocks[b]!;
    if (block.type === 'table') break;
    if (!isEmpty(block.text)) out.unshift(b);
  }
  return out;
}

/**
 * A report year when the title gives none: the year before the 成文日期, else the year the text names most,
 * else the year before this one. Always shown to the clerk as a guess to confirm.
 */
export function guessYear(blocks: Block[], dateWritten: string, formatId: string, now = Date.now()): { year: number; reason: string } {
  const thisYear = new Date(now).getFullYear();
  if (dateWritten) return { year: Number(dateWritten.slice(0, 4)) - 1, reason: `成文日期是${dateWritten.slice(0, 4)}年` };
  const counts = new Map<number, number>();
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    for (const m of b.text.matchAll(/(20\d\d)\s*年/g)) {
      const y = Number(m[1]);
      if (y >= 2008 && y <= thisYear) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (best) return { year: best[0], reason: `正文中「${best[0]}年」出现最多（${best[1]}次）` };
  return formatId === '2019'
    ? { year: 2020, reason: '表格是2019版格式（用于2019、2020年度）' }
    : { year: thisYear - 1, reason: '原文没有写明年份，按上一年' };
}
