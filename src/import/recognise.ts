// Recognises a published annual report in a document model (blocks), whatever its origin:
// the .docx path and the pasted-text path share this one pure function. Every label is compared
// with src/formats; what cannot be read unambiguously is reported as a note and left empty, never guessed.
import { FORMATS, formatForYear, type FormatDef, type SectionId, type TableId } from '../formats';
import { blankReport, chineseDate, computeAll } from '../model';
import type { Block } from './blocks';
import { countFormatMarkers } from './format-markers';
import { sectionParagraphs } from './text-sections';
import { clip, type ImportNote, type ImportResult, type RecogniseOptions } from './notes';
import { TableWalker, unusedRuns, type Token } from './table-walker';
import { guessYear, lastParagraphs, looksLikeSignature, matchHeading, parseChineseDate, readTitle } from './title';
import { importValue, isValueText, splitGlued, splitTrailingValues } from './value-text';

export type { ImportNote, ImportResult, NoteLevel, RecogniseOptions } from './notes';
export { parseChineseDate } from './title';

interface HeadingHit {
  section: number;
  block: number;
  /** Body text that runs on after the heading in the same paragraph. */
  rest: string;
}

export function recogniseReport(blocks: Block[], options: RecogniseOptions): ImportResult {
  const notes: ImportNote[] = [];
  const note = (n: ImportNote) => notes.push(n);
  const whereOf = blockPlaces(blocks);

  // ---- tokens: every cell or tab-separated piece, in document order
  const tokens: Token[] = [];
  let rowSerial = 0;
  blocks.forEach((block, b) => {
    if (block.type === 'paragraph') {
      const pieces = block.text.split('\t');
      for (const piece of pieces) {
        // A value as it stands (「减4」) is not a label glued to digits.
        const split = isValueText(piece) ? null : splitTrailingValues(piece);
        const glued = split || isValueText(piece) ? null : splitGlued(piece);
        if (split) for (const part of split) tokens.push({ text: part, block: b, row: null, where: whereOf(b), used: false });
        else if (glued)
          for (const part of glued)
            tokens.push({ text: part.text, block: b, row: null, where: whereOf(b), used: false, glued: part.glued });
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
          level: 'info',
          field: sectionDefs[s]!.id,
          where: whereOf(b),
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
      level: 'doubt',
      field: 'format',
      message: `表格用的是${format.id}版格式（${format.notice}），但${year}年度的报告应使用${formatForYear(year).id}版格式。已按表格的${format.id}版读取。`,
    });
  }
  if (year === null) {
    const guess = guessYear(blocks, dateWritten, format.id, options.now);
    year = guess.year;
    note({ level: 'doubt', field: 'year', message: `报告年度是推测的：${guess.reason}，推测为${guess.year}年。请核对后确认。` });
  }

  // ---- the three tables, walked in one pass over the table sections
  const report = blankReport({ year: Math.max(year, 2019), agencyName, now: options.now });
  report.year = year;
  report.formatId = format.id;
  report.dateWritten = dateWritten;
  report.signature = signature;

  const tableSectionIndexes = [1, 2, 3];
  const overviewBlock = headingOf(0)?.block ?? -1;
  const firstTableAfterOverview = blocks.findIndex((b, i) => i > overviewBlock && b.type === 'table');
  // A copy that starts inside the tables (a page of a PDF, the tables alone) has none of 一、二、三: it is all zone.
  const startsInTables = [0, 1, 2].every((s) => !headingOf(s));
  const zoneStartBlock = startsInTables
    ? 0
    : Math.min(
        tableSectionIndexes.map((s) => headingOf(s)?.block).find((b) => b !== undefined) ??
          (headingOf(0) ? nextHeadingBlock(headings, 0, blocks.length) : firstHeadingBlock),
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
  // A total the source states is kept as its declared total only where it differs from the sum of the parts read.
  const computed = computeAll(format, report.values);
  for (const [key, value] of Object.entries(report.declaredTotals)) if (value === (computed[key] || '0')) delete report.declaredTotals[key];

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
      level: digits ? 'doubt' : 'info',
      where: group[0]!.where,
      message: digits
        ? `${heading}这段内容不属于法定表格，含有数字但未导入：「${clip(text)}」。请核对是否有数字没有读到。`
        : `${heading}表格以外的文字未导入：「${clip(text)}」。`,
    });
  }

  // ---- the text sections 一、五、六
  const found: SectionId[] = headings.map((h) => sectionDefs[h.section]!.id);
  const textSections: [number, 'overview' | 'problems' | 'other'][] = [
    [0, 'overview'],
    [4, 'problems'],
    [5, 'other'],
  ];
  for (const [s, key] of textSections) {
    const h = headingOf(s);
    if (!h) {
      note({ level: 'doubt', field: sectionDefs[s]!.id, message: `没有找到「${sectionDefs[s]!.heading}」，这一部分留空。` });
      continue;
    }
    // 一 ends where the tables begin, even when the heading 二 is missing.
    const end = Math.min(
      nextHeadingBlock(headings, s, blocks.length),
      s === 0 && zoneStartBlock > h.block ? zoneStartBlock : blocks.length,
    );
    const { paragraphs, droppedTable } = sectionParagraphs(blocks, h.block + 1, end, (b) => excluded.has(b));
    if (h.rest.trim()) paragraphs.unshift(h.rest.trim());
    if (droppedTable)
      note({ level: 'info', field: sectionDefs[s]!.id, message: `「${sectionDefs[s]!.heading}」中的表格不属于法定表格，未导入。` });
    if (s === 0 && titleInfo.preamble.length > 0) {
      paragraphs.unshift(...titleInfo.preamble);
      note({ level: 'info', field: 'overview', message: '标题与「一、总体情况」之间的一段文字（导语）已放在“总体情况”的开头，请核对。' });
    }
    report.texts[key] = paragraphs.join('\n');
  }
  if (!headingOf(0) && titleInfo.preamble.length > 0) report.texts.overview = titleInfo.preamble.join('\n');

  if (signature || dateWritten) {
    note({
      level: 'info',
      field: 'signature',
      message: `文末的${signature ? `署名「${signature}」` : ''}${signature && dateWritten ? '和' : ''}${dateWritten ? `成文日期「${chineseDate(dateWritten)}」` : ''}已识别。`,
    });
  }

  return {
    report,
    notes,
    source: { kind: options.kind, fileName: options.fileName, blocks, lines: options.lines },
    found: { agencyName: agencyName !== '', year: titleInfo.year !== null, formatFrom, sections: found, cellsRead },
  };
}

function firstTableBlock(blocks: Block[]): number | undefined {
  const i = blocks.findIndex((b) => b.type === 'table');
  return i === -1 ? undefined : i;
}

function nextHeadingBlock(headings: HeadingHit[], section: number, end: number): number {
  return headings.find((h) => h.section > section)?.block ?? end;
}

/** Where a block is, in the words of its source: 第N行「…」 for text, 第N段 / 第N个表格第R行第C格 for documents. */
function blockPlaces(blocks: Block[]): (b: number, r?: number, c?: number) => string {
  const ordinal: number[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const b of blocks) ordinal.push(b.type === 'paragraph' ? ++paragraphs : ++tables);
  return (b, r, c) => {
    const block = blocks[b];
    if (block?.type === 'table')
      return `第${ordinal[b]}个表格${r !== undefined ? `第${r + 1}行` : ''}${c !== undefined ? `第${c + 1}格` : ''}`;
    if (block?.line !== undefined)
      return `${block.page !== undefined ? `第${block.page}页` : ''}第${block.line}行「${clip(block.text.replace(/\t+/g, ' ').trim(), 40)}」`;
    return `第${ordinal[b]}段`;
  };
}
