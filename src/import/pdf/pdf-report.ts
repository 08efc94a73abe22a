// The text of a PDF's pages → the recognised report, through the same recogniser as every other source.
// Pure: what pdf.js gives is turned into TextItems by read-pdf.ts first.
import type { Block } from '../blocks';
import type { ImportOutcome } from '../read-document';
import { recogniseReport } from '../recognise';
import { reflowLines } from '../text-lines';
import { layOut } from './pdf-layout';
import { printedLines, type PdfPageText } from './text-items';

/** Fewer visible characters than this per page on average: the pages are pictures (a scan), not text. */
const SCANNED_CHARS_PER_PAGE = 20;

export const SCANNED_MESSAGE =
  '这是扫描件（图片），文件里没有可以读取的文字，无法识别其中的文字和表格数字。请使用报告的 Word 或 WPS 原文件（.docx），或请发文单位提供原文件；也可以对照扫描件手工填写。';

export function pdfBlocks(pages: PdfPageText[]): { blocks: Block[]; notes: ReturnType<typeof layOut>['notes'] } {
  const { lines, notes } = layOut(pages.map(printedLines));
  return { blocks: reflowLines(lines), notes };
}

export function visibleCharacters(pages: PdfPageText[]): number {
  let n = 0;
  for (const p of pages) for (const it of p.items) n += it.str.replace(/\s+/g, '').length;
  return n;
}

export function recognisePdf(pages: PdfPageText[], name: string, now?: number): ImportOutcome {
  if (pages.length === 0 || visibleCharacters(pages) < SCANNED_CHARS_PER_PAGE * pages.length)
    return { ok: false, message: `“${name}”：${SCANNED_MESSAGE}` };
  const { blocks, notes } = pdfBlocks(pages);
  const result = recogniseReport(blocks, { kind: 'pdf', fileName: name, now });
  result.notes.unshift(...notes);
  return { ok: true, result };
}
