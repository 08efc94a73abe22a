// Reads content.xml of an OpenDocument text (.odt, as WPS and LibreOffice save it) into blocks: the same
// tables and paragraphs as a .docx, with the same limits (declared size checked before inflating, no DTD).
import { unzipSync } from 'fflate';
import type { Block, BlockCell } from './blocks';
import { MAX_BLOCKS, MAX_XML_BYTES, type DocxRead } from './docx-reader';
import { elements, parseXml, XmlRefused, type XmlElement } from './xml-lite';

export function readOdt(data: Uint8Array): DocxRead {
  let xmlBytes: Uint8Array | undefined;
  let tooLarge = false;
  try {
    xmlBytes = unzipSync(data, {
      filter: (f) => {
        if (f.name !== 'content.xml') return false;
        tooLarge = f.originalSize > MAX_XML_BYTES;
        return !tooLarge;
      },
    })['content.xml'];
  } catch {
    return { ok: false, message: '文件已损坏或不完整，无法解压读取。请在 WPS 或 LibreOffice 中打开，另存为 Word 文档（.docx）后再导入。' };
  }
  if (tooLarge) return { ok: false, message: '文档正文过大，不像是年度报告，已停止读取。' };
  if (!xmlBytes)
    return {
      ok: false,
      message: '这个文件里没有 OpenDocument 正文（content.xml）。请在 WPS 或 LibreOffice 中打开，另存为 Word 文档（.docx）后再导入。',
    };
  let root: XmlElement;
  try {
    root = parseXml(new TextDecoder('utf-8').decode(xmlBytes));
  } catch (e) {
    if (e instanceof XmlRefused) return { ok: false, message: e.message };
    throw e;
  }
  const text = find(root, 'body') && find(find(root, 'body')!, 'text');
  const blocks: Block[] = [];
  if (text) collect(text, blocks);
  if (blocks.length > MAX_BLOCKS) return { ok: false, message: '文档的段落和表格远多于年度报告，已停止读取。' };
  const tables = blocks.filter((b) => b.type === 'table').length;
  if (tables === 0)
    return { ok: false, message: '这份文档里没有表格，读不出年度报告的统计表（二、三、四）。也可以复制报告文字粘贴到下面的文本框。' };
  return { ok: true, blocks, tables };
}

const find = (el: XmlElement, local: string) => elements(el).find((c) => c.local === local);

function collect(container: XmlElement, out: Block[]): void {
  for (const el of elements(container)) {
    if (el.local === 'p' || el.local === 'h') out.push({ type: 'paragraph', text: paragraphText(el) });
    else if (el.local === 'table') out.push({ type: 'table', rows: tableRows(el) });
    else if (el.local === 'section' || el.local === 'list' || el.local === 'list-item') collect(el, out);
  }
}

function paragraphText(p: XmlElement): string {
  let text = '';
  for (const c of p.children) {
    if (typeof c === 'string') text += c;
    else if (c.local === 'tab') text += '\t';
    else if (c.local === 'line-break') text += '\n';
    else if (c.local === 's') text += ' '.repeat(Math.min(Number(c.attrs['text:c'] ?? 1) || 1, 100));
    else if (c.local !== 'note' && c.local !== 'annotation') text += paragraphText(c);
  }
  return text;
}

function tableRows(table: XmlElement): BlockCell[][] {
  const rows: BlockCell[][] = [];
  const walk = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.local === 'table-row') rows.push(rowCells(c));
      else if (c.local === 'table-header-rows' || c.local === 'table-rows' || c.local === 'table-row-group') walk(c);
    }
  };
  walk(table);
  return rows;
}

function rowCells(row: XmlElement): BlockCell[] {
  const cells: BlockCell[] = [];
  let skip = 0; // covered cells to the right of a cell spanning columns
  for (const c of elements(row)) {
    if (c.local === 'covered-table-cell') {
      if (skip > 0) skip--;
      else cells.push({ text: '', span: 1, vMerge: 'continue' }); // covered from above
    } else if (c.local === 'table-cell') {
      const span = Math.max(1, Math.min(Number(c.attrs['table:number-columns-spanned'] ?? 1) || 1, 64));
      const text = elements(c)
        .filter((p) => p.local === 'p' || p.local === 'h')
        .map(paragraphText)
        .join('\n');
      cells.push({ text, span, vMerge: Number(c.attrs['table:number-rows-spanned'] ?? 1) > 1 ? 'restart' : null });
      skip = span - 1;
    }
  }
  return cells;
}
