// The paragraphs of a text section (一、五、六) from the blocks under its heading. Text from a PDF breaks every
// printed line: a line that fills the width and does not end a sentence runs on into the next.
import { paragraphsOf } from '../model';
import type { Block } from './blocks';

const SENTENCE_END = /[。！？；：…”」）)!?;:]$/;
/** A line that starts a new paragraph whatever came before: （一）, 一、, 1., 一是. */
const PARAGRAPH_START = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d{1,2}[.、．])/;

export function sectionParagraphs(blocks: Block[], from: number, to: number, skip: (b: number) => boolean): { paragraphs: string[]; droppedTable: boolean } {
  const lines: { text: string; wrapped: boolean }[] = [];
  let droppedTable = false;
  for (let b = from; b < to; b++) {
    if (skip(b)) continue;
    const block = blocks[b]!;
    if (block.type === 'table') droppedTable = true;
    else for (const p of paragraphsOf(block.text.replace(/\t+/g, ' '))) lines.push({ text: p, wrapped: block.line !== undefined });
  }
  return { paragraphs: rejoin(lines), droppedTable };
}

/** 「信息 512 条」「2025 年」 from pdftotext: no space between Chinese text and a number. */
export function tightenSpaces(text: string): string {
  return text.replace(/([\u4e00-\u9fff，。、；：（）])[ \u00a0]+(?=[\d%])/g, '$1').replace(/([\d%])[ \u00a0]+(?=[\u4e00-\u9fff，。、；：（）])/g, '$1');
}

function rejoin(lines: { text: string; wrapped: boolean }[]): string[] {
  const width = Math.max(0, ...lines.filter((l) => l.wrapped).map((l) => l.text.length));
  const out: string[] = [];
  let joinNext = false;
  for (const { text, wrapped } of lines) {
    const clean = wrapped ? tightenSpaces(text) : text;
    if (joinNext && !PARAGRAPH_START.test(clean)) out[out.length - 1] += clean;
    else out.push(clean);
    // A printed line that fills the width (within two characters) without ending a sentence was wrapped.
    joinNext = wrapped && width >= 16 && text.length >= width - 2 && !SENTENCE_END.test(text);
  }
  return out;
}
