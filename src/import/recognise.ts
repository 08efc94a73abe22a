// Recognises a published annual report in a document model (blocks), whatever its origin:
// the .docx path and the pasted-text path share this one pure function. Every label is compared
// with src/formats; what cannot be read unambiguously is reported as a note and left empty, never guessed.
import { FORMATS, formatForYear, type FormatDef, type FormatId, type SectionDef, type SectionId, type TableCell, type TableDef, type TableId, type ValueCellDef } from '../formats';
import { blankReport, chineseDate, paragraphsOf, parseValue, splitHeading, type Report } from '../model';
import type { Block, SourceKind } from './blocks';
import { chineseNumber, compact, matchLabel, normaliseLabel, similarity } from './labels';

export type NoteLevel = 'info' | 'doubt' | 'error';

export interface ImportNote {
  /** info: read, but differs from the format (a deviation); doubt: not read with certainty, left empty; error: unreadable. */
  level: NoteLevel;
  message: string;
  /** Where in the source, in words (第3行, 第2个表格第5行). */
  where?: string;
  /** Value cells the note concerns. */
  cells?: string[];
  /** Section or report field the note concerns. */
  field?: SectionId | 'title' | 'agencyName' | 'year' | 'format' | 'signature';
}

export interface ImportResult {
  report: Report;
  notes: ImportNote[];
  source: { kind: SourceKind; fileName?: string; blocks: Block[] };
  /** What was found, for the review screen and for refusing input that is no report at all. */
  found: {
    agencyName: boolean;
    year: boolean;
    formatFrom: 'tables' | 'year' | 'default';
    sections: SectionId[];
    /** Value cells (inputs and declared totals) that received a value or an explicit blank. */
    cellsRead: number;
  };
}

export interface RecogniseOptions {
  kind: SourceKind;
  fileName?: string;
  now?: number;
}

interface Token {
  text: string;
  block: number;
  /** Serial number of the docx table row the cell belongs to; null for text (cells separated by tabs or lines). */
  row: number | null;
  where: string;
  used: boolean;
}

interface HeadingHit {
  section: number;
  block: number;
  /** Body text that runs on after the heading in the same paragraph. */
  rest: string;
}

const isEmpty = (text: string) => compact(text) === '';

const BLANK_MARKS = /^(?:[—–\-－]+|[/／\\]|无)$/;
const NUMBER_WITH_UNIT = /^[-+−－＋]?[\d０-９][\d０-９,，.．]*(万元|元|件|个|项|次|人次)?$/;
const UNIT = /^(.*?\d)(万元|元|件|个|项|次|人次)$/;

/** A piece of source text that stands for a cell value: a number (perhaps with a unit) or a blank mark. */
function isValuePiece(text: string): boolean {
  const c = compact(text);
  return c !== '' && (BLANK_MARKS.test(c) || NUMBER_WITH_UNIT.test(c));
}

/** One or several values separated by white space ("0 0 0", "665 88 55"). */
function isValueText(text: string): boolean {
  const parts = text.trim().split(/[\s\u00a0\u3000]+/);
  return parts.length > 0 && parts.every(isValuePiece);
}

/** "规章 0 0 0" (a row pasted as one line with spaces) → label and values. */
function splitTrailingValues(text: string): [string, string] | null {
  const m = /^(.*?[^\s\d.,，．\-—/])[\s\u00a0\u3000]+([\d\s\u00a0\u3000.,，．\-—/万元]+)$/.exec(text.trim());
  if (!m || !/[\u4e00-\u9fff]/.test(m[1]!) || !isValueText(m[2]!)) return null;
  return [m[1]!, m[2]!];
}

export function recogniseReport(blocks: Block[], options: RecogniseOptions): ImportResult {
  const notes: ImportNote[] = [];
  const note = (n: ImportNote) => notes.push(n);
  const whereOf = blockPlaces(blocks, options.kind);

  // ---- tokens: every cell or tab-separated piece, in document order
  const tokens: Token[] = [];
  let rowSerial = 0;
  blocks.forEach((block, b) => {
    if (block.type === 'paragraph') {
      const pieces = block.text.split('\t');
      for (const piece of pieces) {
        const split = splitTrailingValues(piece);
        if (split) for (const part of split) tokens.push({ text: part, block: b, row: null, where: whereOf(b), used: false });
        else tokens.push({ text: piece, block: b, row: null, where: whereOf(b), used: false });
      }
    } else {
      block.rows.forEach((cells, r) => {
        const serial = rowSerial++;
        cells.forEach((cell, c) => {
          if (cell.vMerge === 'continue') return; // covered by the merged cell above
          tokens.push({ text: cell.text, block: b, row: serial, where: whereOf(b, r, c), used: false });
        });
      });
    }
  });

  // ---- section headings, in order
  const sectionDefs = FORMATS['2021'].sections; // headings are the same in both formats
  const headings: HeadingHit[] = [];
  let nextSection = 0;
  blocks.forEach((block, b) => {
    if (block.type !== 'paragraph' || nextSection >= sectionDefs.length) return;
    for (let s = nextSection; s < sectionDefs.length; s++) {
      const hit = matchHeading(block.text, sectionDefs[s]!, s);
      if (!hit) continue;
      headings.push({ section: s, block: b, rest: hit.rest });
      if (hit.variant) {
        note({
          level: 'info', field: sectionDefs[s]!.id, where: whereOf(b),
          message: `标题「${block.text.trim()}」与法定格式「${sectionDefs[s]!.heading}」不一致，已按「${sectionDefs[s]!.heading}」识别。`,
        });
      }
      nextSection = s + 1;
      break;
    }
  });
  const headingOf = (s: number) => headings.find((h) => h.section === s);
  const headingBlocks = new Set(headings.map((h) => h.block));
  const firstHeadingBlock = headings[0]?.block ?? firstTableBlock(blocks) ?? blocks.length;

  // ---- title: 单位 and 年度
  const titleInfo = readTitle(blocks, firstHeadingBlock);
  let year = titleInfo.year;
  const agencyName = titleInfo.agencyName;
  if (titleInfo.year === null) {
    note({ level: 'error', field: 'year', message: '没有从标题中识别出报告年度，请在下面填写。' });
  }
  // A title set on two lines (单位 above 「2021年政府信息公开工作年度报告」, as this tool exports it) is normal: no note.
  if (!agencyName) note({ level: 'doubt', field: 'agencyName', message: '没有从标题中识别出单位名称，请在下面填写。' });

  // ---- signature and date at the very end
  const excluded = new Set<number>(titleInfo.used);
  let dateWritten = '';
  let signature = '';
  {
    const tail = lastParagraphs(blocks, 2).filter((b) => b >= firstHeadingBlock && !headingBlocks.has(b));
    const last = tail[tail.length - 1];
    const date = last !== undefined ? parseChineseDate((blocks[last] as { text: string }).text) : null;
    if (last !== undefined && date) {
      dateWritten = date;
      excluded.add(last);
      const before = tail.length > 1 ? tail[tail.length - 2]! : undefined;
      const text = before !== undefined ? (blocks[before] as { text: string }).text.trim() : '';
      if (before !== undefined && looksLikeSignature(text, agencyName)) {
        signature = text;
        excluded.add(before);
      }
    }
  }

  // ---- format: from the table labels, else from the year
  const votes = countFormatMarkers(tokens);
  let format: FormatDef;
  let formatFrom: ImportResult['found']['formatFrom'];
  if (votes['2019'] !== votes['2021']) {
    format = FORMATS[votes['2019'] > votes['2021'] ? '2019' : '2021'];
    formatFrom = 'tables';
  } else if (year !== null && year >= 2019) {
    format = formatForYear(year);
    formatFrom = 'year';
  } else {
    format = FORMATS['2021'];
    formatFrom = 'default';
  }
  if (year !== null && year >= 2019 && formatFrom === 'tables' && formatForYear(year).id !== format.id) {
    note({
      level: 'doubt', field: 'format',
      message: `表格用的是${format.id}版格式（${format.notice}），但${year}年度的报告应使用${formatForYear(year).id}版格式。已按表格的${format.id}版读取。`,
    });
  }
  if (year === null) year = format.id === '2019' ? 2020 : new Date(options.now ?? Date.now()).getFullYear() - 1;

  // ---- the three tables, walked in one pass over the table sections
  const report = blankReport({ year: Math.max(year, 2019), agencyName, now: options.now });
  report.year = year;
  report.formatId = format.id;
  report.dateWritten = dateWritten;
  report.signature = signature;

  const tableSectionIndexes = [1, 2, 3];
  const overviewBlock = headingOf(0)?.block ?? -1;
  const firstTableAfterOverview = blocks.findIndex((b, i) => i > overviewBlock && b.type === 'table');
  const zoneStartBlock = Math.min(
    tableSectionIndexes.map((s) => headingOf(s)?.block).find((b) => b !== undefined)
      ?? (headingOf(0) ? nextHeadingBlock(headings, 0, blocks.length) : firstHeadingBlock),
    firstTableAfterOverview === -1 ? blocks.length : firstTableAfterOverview,
  );
  const zoneEndBlock = [4, 5].map((s) => headingOf(s)?.block).find((b) => b !== undefined) ?? blocks.length;
  const zone = tokens.filter((t) => t.block >= zoneStartBlock && t.block < zoneEndBlock && !excluded.has(t.block));
  for (const t of zone) if (headingBlocks.has(t.block)) t.used = true;

  let cellsRead = 0;
  const walker = new TableWalker(zone, format, note, (def, raw) => {
    const value = importValue(raw, def, note);
    if (value === null) return;
    cellsRead++;
    if (value === '') return;
    if (def.kind === 'total') report.declaredTotals[def.key] = value;
    else report.values[def.key] = value;
  });
  for (const t of ['t2', 't3', 't4'] as TableId[]) walker.walk(t);

  // Whatever in the table sections was not read: the sections' own text and unrecognised pieces.
  const sectionOfBlock = (b: number) => {
    let s = -1;
    for (const h of headings) if (h.block <= b) s = h.section;
    return s;
  };
  for (const group of unusedRuns(zone)) {
    const s = sectionOfBlock(group[0]!.block);
    const text = group.map((t) => t.text.trim()).join(' ');
    const heading = s >= 0 ? `「${sectionDefs[s]!.heading}」中` : '';
    const digits = /\d/.test(text);
    note({
      level: digits ? 'doubt' : 'info', where: group[0]!.where,
      message: digits
        ? `${heading}这段内容不属于法定表格，含有数字但未导入：「${clip(text)}」。请核对是否有数字没有读到。`
        : `${heading}表格以外的文字未导入：「${clip(text)}」。`,
    });
  }

  // ---- the text sections 一、五、六
  const found: SectionId[] = headings.map((h) => sectionDefs[h.section]!.id);
  const textSections: [number, 'overview' | 'problems' | 'other'][] = [[0, 'overview'], [4, 'problems'], [5, 'other']];
  for (const [s, key] of textSections) {
    const h = headingOf(s);
    if (!h) {
      note({ level: 'doubt', field: sectionDefs[s]!.id, message: `没有找到「${sectionDefs[s]!.heading}」，这一部分留空。` });
      continue;
    }
    // 一 ends where the tables begin, even when the heading 二 is missing.
    const end = Math.min(nextHeadingBlock(headings, s, blocks.length), s === 0 && zoneStartBlock > h.block ? zoneStartBlock : blocks.length);
    const paragraphs: string[] = [];
    if (h.rest.trim()) paragraphs.push(h.rest.trim());
    let droppedTable = false;
    for (let b = h.block + 1; b < end; b++) {
      if (excluded.has(b)) continue;
      const block = blocks[b]!;
      if (block.type === 'table') droppedTable = true;
      else paragraphs.push(...paragraphsOf(block.text.replace(/\t+/g, ' ')));
    }
    if (droppedTable) note({ level: 'info', field: sectionDefs[s]!.id, message: `「${sectionDefs[s]!.heading}」中的表格不属于法定表格，未导入。` });
    if (s === 0 && titleInfo.preamble.length > 0) {
      paragraphs.unshift(...titleInfo.preamble);
      note({ level: 'info', field: 'overview', message: '标题与「一、总体情况」之间的一段文字（导语）已放在“总体情况”的开头，请核对。' });
    }
    report.texts[key] = paragraphs.join('\n');
  }
  if (!headingOf(0) && titleInfo.preamble.length > 0) report.texts.overview = titleInfo.preamble.join('\n');

  if (signature || dateWritten) {
    note({
      level: 'info', field: 'signature',
      message: `文末的${signature ? `署名「${signature}」` : ''}${signature && dateWritten ? '和' : ''}${dateWritten ? `成文日期「${chineseDate(dateWritten)}」` : ''}已识别。`,
    });
  }

  return {
    report,
    notes,
    source: { kind: options.kind, fileName: options.fileName, blocks },
    found: { agencyName: agencyName !== '', year: titleInfo.year !== null, formatFrom, sections: found, cellsRead },
  };
}

// ---------------------------------------------------------------------------------------------
// Tables

type NoteSink = (n: ImportNote) => void;

interface Span { start: number; end: number }

/** Walks the expected label sequence of each table over the tokens with one cursor, reading the values after each row label. */
class TableWalker {
  private cursor = 0;
  private variants: { found: string; label: string; where: string }[] = [];

  constructor(
    private tokens: Token[],
    private format: FormatDef,
    private note: NoteSink,
    private put: (def: ValueCellDef, raw: string) => void,
  ) {}

  walk(tableId: TableId): void {
    const table = this.format.tables[tableId];
    let headerSeen = 0;
    let headerLabels = 0;
    for (const row of table.rows) {
      const labels = row.filter((c): c is Extract<TableCell, { type: 'label' | 'block' | 'note' }> => c.type !== 'value');
      const values = row.filter((c): c is Extract<TableCell, { type: 'value' }> => c.type === 'value').map((c) => this.format.cellsByKey.get(c.key)!);
      if (values.length === 0) {
        // A header or block row: its labels right ahead of the cursor, if they are there.
        for (const label of labels) {
          headerLabels++;
          const at = this.find(label.text, this.cursor, this.windowEnd(labels.length + 4));
          if (at) {
            headerSeen++;
            this.take(at, label.text);
          }
        }
        continue;
      }
      const rowLabel = labels[labels.length - 1];
      if (rowLabel) {
        const at = this.find(rowLabel.text, this.cursor, this.tokens.length);
        if (!at) {
          this.note({
            level: 'doubt', cells: values.map((v) => v.key),
            message: `没有找到「${values[0]!.rowLabel}」这一行，该行留空。`,
          });
          continue;
        }
        // The group labels of the row (三、本年度办理结果, （三）不予公开) sit between the cursor and the row label.
        for (const label of labels.slice(0, -1)) {
          const g = this.find(label.text, this.cursor, at.start);
          if (g) this.take(g, label.text);
        }
        this.take(at, rowLabel.text);
        this.readValues(at.end + 1, values, this.tokens[at.end]!.row);
      } else {
        // 表四: the value row has no label of its own; its values follow the header.
        if (headerLabels > 0 && headerSeen === 0) {
          this.note({ level: 'doubt', cells: values.map((v) => v.key), message: `没有找到「${table.caption}」的表头，下面读到的数字请逐一核对。` });
        }
        let start = this.cursor;
        while (start < this.tokens.length && isEmpty(this.tokens[start]!.text)) start++;
        if (start >= this.tokens.length || !isValueText(this.tokens[start]!.text)) {
          this.note({ level: 'doubt', cells: values.map((v) => v.key), message: `没有读到「${table.caption}」的数字，该表留空。` });
          continue;
        }
        const row = this.tokens[start]!.row;
        if (row !== null) while (start > this.cursor && this.tokens[start - 1]!.row === row) start--;
        this.readValues(start, values, row);
      }
    }
    this.reportVariants(table);
  }

  /** The index up to which header labels are looked for: a few non-empty tokens ahead. */
  private windowEnd(count: number): number {
    let seen = 0;
    let i = this.cursor;
    while (i < this.tokens.length && seen < count) {
      if (!isEmpty(this.tokens[i]!.text)) seen++;
      i++;
    }
    return i;
  }

  /** The label at or after `from`: one token, or (pasted text) a label wrapped over up to three lines. */
  private find(label: string, from: number, to: number): Span | null {
    const wanted = normaliseLabel(label);
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (t.used || isEmpty(t.text)) continue;
      if (matchLabel(t.text, label) !== 'none') return { start: i, end: i };
      if (t.row !== null || isValueText(t.text) || !wanted.startsWith(normaliseLabel(t.text))) continue;
      let joined = t.text;
      for (let j = i + 1, parts = 1; j < to && parts < 3; j++) {
        const next = this.tokens[j]!;
        if (isEmpty(next.text)) continue;
        if (next.used || next.row !== null || isValueText(next.text)) break;
        joined += next.text;
        parts++;
        if (matchLabel(joined, label) !== 'none') return { start: i, end: j };
        if (!wanted.startsWith(normaliseLabel(joined))) break;
      }
    }
    return null;
  }

  private take(span: Span, label: string): void {
    let text = '';
    for (let i = span.start; i <= span.end; i++) {
      const t = this.tokens[i]!;
      t.used = true;
      text += t.text;
    }
    const where = this.tokens[span.start]!.where;
    if (matchLabel(text, label) === 'variant') this.variants.push({ found: text.replace(/\s+/g, ''), label, where });
    this.cursor = Math.max(this.cursor, span.end + 1);
  }

  /** Label deviations of one table: one note each, or one note listing them all when there are many (1、 for 1. in every row). */
  private reportVariants(table: TableDef): void {
    const list = this.variants.splice(0);
    if (list.length <= 3) {
      for (const v of list) this.note({ level: 'info', where: v.where, message: `表格中的「${v.found}」与法定格式「${v.label}」写法不同，已按「${v.label}」识别。` });
      return;
    }
    this.note({
      level: 'info', where: list[0]!.where,
      message: `「${table.caption}」的表格中有 ${list.length} 处写法与法定格式不同，均已按法定格式识别：${list.map((v) => `「${v.found}」→「${v.label}」`).join('；')}。`,
    });
  }

  private readValues(start: number, defs: ValueCellDef[], row: number | null): void {
    const pieces: string[] = [];
    const where = this.tokens[start]?.where ?? this.tokens[start - 1]?.where;
    let i = start;
    if (row !== null) {
      // A Word table: exactly the cells of this row; an empty cell is an empty value.
      for (; i < this.tokens.length && this.tokens[i]!.row === row; i++) {
        this.tokens[i]!.used = true;
        pieces.push(this.tokens[i]!.text);
      }
      while (pieces.length > defs.length && isEmpty(pieces[pieces.length - 1]!)) pieces.pop();
    } else {
      // Pasted text: the value pieces up to the next label; empty lines separate, they are not cells.
      for (; i < this.tokens.length; i++) {
        const t = this.tokens[i]!;
        if (t.row !== null) break;
        if (isEmpty(t.text)) continue;
        if (!isValueText(t.text)) break;
        t.used = true;
        pieces.push(...t.text.trim().split(/[\s\u00a0\u3000]+/));
      }
      while (i > start && isEmpty(this.tokens[i - 1]!.text)) i--;
    }
    this.cursor = Math.max(this.cursor, i);
    const rowName = defs[0]!.rowLabel;
    if (pieces.length === defs.length) {
      defs.forEach((def, k) => this.put(def, pieces[k]!));
      return;
    }
    if (pieces.length === 0 || (row === null && pieces.every((p) => isEmpty(p)))) {
      this.note({ level: 'info', where, cells: defs.map((d) => d.key), message: `「${rowName}」这一行没有数字，已留空。` });
      return;
    }
    this.note({
      level: 'doubt', where, cells: defs.map((d) => d.key),
      message: `「${rowName}」这一行应有 ${defs.length} 个数，读到 ${pieces.length} 个（${clip(pieces.join(' '), 60)}），无法确定各数对应哪一格，该行留空，请手工填写。`,
    });
  }
}

/** The cell's value from its source text: the canonical value, '' for blank, null when unreadable (noted). */
function importValue(raw: string, def: ValueCellDef, note: NoteSink): string | null {
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

let markerCache: Record<FormatId, Set<string>> | null = null;

/** Labels that only one of the two formats has (本年制发件数, 政府集中采购, （六）'s items…), from src/formats. */
function formatMarkers(): Record<FormatId, Set<string>> {
  if (markerCache) return markerCache;
  const labelsOf = (f: FormatDef) => {
    const set = new Set<string>();
    for (const t of Object.values(f.tables)) for (const row of t.rows) for (const c of row) if (c.type !== 'value') set.add(normaliseLabel(c.text));
    return set;
  };
  const a = labelsOf(FORMATS['2019']);
  const b = labelsOf(FORMATS['2021']);
  markerCache = { '2019': new Set([...a].filter((l) => !b.has(l))), '2021': new Set([...b].filter((l) => !a.has(l))) };
  return markerCache;
}

function countFormatMarkers(tokens: Token[]): Record<FormatId, number> {
  const markers = formatMarkers();
  const votes: Record<FormatId, number> = { '2019': 0, '2021': 0 };
  for (const t of tokens) {
    if (isEmpty(t.text)) continue;
    const n = normaliseLabel(t.text);
    if (markers['2019'].has(n)) votes['2019']++;
    if (markers['2021'].has(n)) votes['2021']++;
  }
  return votes;
}

function unusedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.used) {
      if (run.length) runs.push(run);
      run = [];
    } else if (!isEmpty(t.text)) run.push(t);
  }
  if (run.length) runs.push(run);
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Headings, title, date

function matchHeading(text: string, def: SectionDef, index: number): { rest: string; variant: boolean } | null {
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
    const close = body === wanted || similarity(body, wanted) >= 0.6 || (body.length >= 4 && (wanted.includes(body) || body.includes(wanted)));
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

interface TitleInfo {
  agencyName: string;
  year: number | null;
  agencyFromPreviousLine: boolean;
  /** Blocks that held the title (and a repeated agency line above it). */
  used: number[];
  /** Paragraphs between the title and the first heading. */
  preamble: string[];
}

const TITLE_RE = /^(.*?)(?:关于)?(\d{4})年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告$/;
const TITLE_RE_YEAR_AFTER = /^(.*?)政府信息公开(?:工作)?年度报告[（(](\d{4})年度?[）)]$/;

function readTitle(blocks: Block[], before: number): TitleInfo {
  const lines: { block: number; text: string }[] = [];
  for (let b = 0; b < before; b++) {
    const block = blocks[b]!;
    if (block.type === 'paragraph' && !isEmpty(block.text)) lines.push({ block: b, text: compact(block.text) });
  }
  // The latest start wins: a header line with the agency above a title that repeats it must not be read twice.
  let best: { i: number; j: number; m: RegExpExecArray } | null = null;
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + 4); j++) {
      joined += lines[j]!.text;
      const m = TITLE_RE.exec(joined) ?? TITLE_RE_YEAR_AFTER.exec(joined);
      if (m && m[1]!.length <= 40) {
        best = { i, j, m };
        break;
      }
    }
  }
  if (best) {
    const { i, j, m } = best;
    let agency = m[1]!.replace(/关于$/, '');
    const year = Number(m[2]);
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
    return { agencyName: agency, year: year >= 1990 && year <= 2100 ? year : null, agencyFromPreviousLine: fromPrevious, used, preamble };
  }
  return { agencyName: '', year: null, agencyFromPreviousLine: false, used: [], preamble: lines.map((l) => (blocks[l.block] as { text: string }).text.trim()) };
}

/** A 署名 line: the agency of the title, or a short line ending like the name of a government body. */
function looksLikeSignature(text: string, agency: string): boolean {
  const t = compact(text);
  if (t === '' || t.length > 40 || /[。，；：！？]/.test(t)) return false;
  if (agency && (t === agency || t.includes(agency) || agency.includes(t))) return true;
  return /(局|委|办|中心|政府|院|所|厅|室|会|处|站|队|部|署|馆|社|公司|镇|乡|街道|管委会|办事处|集团|协会|学校|医院)$/.test(t);
}

const CN_DIGIT_CHARS = '〇一二三四五六七八九';

/** 2021年1月13日 or 二〇二一年一月十三日 → 2021-01-13; null when the paragraph is no date. */
export function parseChineseDate(text: string): string | null {
  const t = compact(text).normalize('NFKC').replace(/零|○|Ｏ|O/g, '〇');
  const m = /^(\d{4}|[〇一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/.exec(t);
  if (!m) return null;
  const year = /^\d+$/.test(m[1]!) ? Number(m[1]) : Number([...m[1]!].map((c) => CN_DIGIT_CHARS.indexOf(c)).join(''));
  const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : chineseNumber(m[2]!);
  const day = /^\d+$/.test(m[3]!) ? Number(m[3]) : chineseNumber(m[3]!);
  if (!month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastParagraphs(blocks: Block[], count: number): number[] {
  const out: number[] = [];
  for (let b = blocks.length - 1; b >= 0 && out.length < count; b--) {
    const block = blocks[b]!;
    if (block.type === 'table') break;
    if (!isEmpty(block.text)) out.unshift(b);
  }
  return out;
}

function firstTableBlock(blocks: Block[]): number | undefined {
  const i = blocks.findIndex((b) => b.type === 'table');
  return i === -1 ? undefined : i;
}

function nextHeadingBlock(headings: HeadingHit[], section: number, end: number): number {
  return headings.find((h) => h.section > section)?.block ?? end;
}

/** Where a block is, in the words of its source: 第N行 for text, 第N段 / 第N个表格第R行第C格 for Word. */
function blockPlaces(blocks: Block[], kind: SourceKind): (b: number, r?: number, c?: number) => string {
  const ordinal: number[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const b of blocks) ordinal.push(b.type === 'paragraph' ? ++paragraphs : ++tables);
  return (b, r, c) => {
    if (kind === 'text') return `第${b + 1}行`;
    if (blocks[b]?.type === 'table') return `第${ordinal[b]}个表格${r !== undefined ? `第${r + 1}行` : ''}${c !== undefined ? `第${c + 1}格` : ''}`;
    return `第${ordinal[b]}段`;
  };
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
