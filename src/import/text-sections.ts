// The paragraphs of a text section (一、五、六) from the blocks under its heading. Text from a PDF breaks every
// printed line: a line that fills the width and does not end a sentence runs on into the next.
import { paragraphsOf } from '../model';
import type { Block } from './blocks';

/** A line that starts a new paragraph whatever came before: （一）, 一、, 1., 一是. */
const PARAGRAPH_START = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d{1,2}[.、．])/;

export function sectionParagraphs(
  blocks: Block[],
  from: number,
  to: number,
  skip: (b: number) => boolean,
): { paragraphs: string[]; droppedTable: boolean } {
  const lines: Line[] = [];
  let droppedTable = false;
  for (let b = from; b < to; b++) {
    if (skip(b)) continue;
    const block = blocks[b]!;
    if (block.type === 'table') droppedTable = true;
    else
      for (const p of paragraphsOf(block.text.replace(/\t+/g, ' ')))
        lines.push({ text: p, printed: block.line !== undefined, indent: !!block.indent });
  }
  return { paragraphs: rejoin(lines), droppedTable };
}

/** 「信息 512 条」「2025 年」 from pdftotext: no space between Chinese text and a number. */
export function tightenSpaces(text: string): string {
  return text
    .replace(/([\u4e00-\u9fff，。、；：（）])[ \u00a0]+(?=[\d%])/g, '$1')
    .replace(/([\d%])[ \u00a0]+(?=[\u4e00-\u9fff，。、；：（）])/g, '$1');
}

interface Line {
  text: string;
  printed: boolean;
  indent: boolean;
}

/**
 * Printed lines (a PDF page) are short and many fill the width: such a line runs on into the next unless
 * an item line follows or (where first lines are set in) the next line is indented. Web paragraphs are long single lines: left alone.
 */
function rejoin(lines: Line[]): string[] {
  const printed = lines.filter((l) => l.printed);
  const width = Math.max(0, ...printed.map((l) => l.text.length));
  const full = (l: Line) => l.text.length >= width - 3;
  const page = width >= 16 && width <= 60 && printed.filter(full).length >= Math.max(3, printed.length * 0.3);
  const indents = lines.some((l) => l.indent);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const clean = line.printed ? tightenSpaces(line.text) : line.text;
    const prev = lines[i - 1];
    // Where first lines are set in (pdftotext -layout), an unindented line continues; without that sign, a full line does.
    const runsOn = page && prev?.printed && full(prev) && !PARAGRAPH_START.test(clean) && (indents ? !line.indent : true);
    if (runsOn) out[out.length - 1] += clean;
    else out.push(clean);
  }
  return out;
}
