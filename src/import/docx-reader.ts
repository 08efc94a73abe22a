// Reads word/document.xml of a .docx into blocks, in the import worker (or the page, in the one-file build):
// fflate unzips only that entry after checking its declared size; xml-lite refuses any DTD and caps the tree.
import { unzipSync } from 'fflate';
import type { Block, BlockCell } from './blocks';
import { elements as childElements, parseXml, textOf, XmlRefused, type XmlElement as Element } from './xml-lite';

/** Larger files are not annual reports (a report with photos is a few MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Guard against a zip bomb: the text of a report is far below this. */
export const MAX_XML_BYTES = 16 * 1024 * 1024;
/** Far more paragraphs and rows than any report has (one has a few hundred). */
export const MAX_BLOCKS = 20_000;

export type DocxRead = { ok: true; blocks: Block[]; tables: number } | { ok: false; message: string };

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

export function readDocx(data: Uint8Array): DocxRead {
  if (data.length === 0) return { ok: false, message: '文件是空的（0 字节），请选择年度报告的 Word 文件（.docx）。' };
  if (data.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `文件太大（${(data.length / 1024 / 1024).toFixed(1)} MB），超过 20 MB，不像是年度报告。请选择年度报告的 Word 文件（.docx）。`,
    };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return {
      ok: false,
      message:
        '这是旧版 Word 文件（.doc），无法直接读取。请在 Word 或 WPS 中打开，“另存为”Word 文档（.docx）后再导入；也可以全选复制文字，粘贴到下面的文本框。',
    };
  }
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) {
    return { ok: false, message: '这是 PDF 文件，却用了 Word 文件的名字。请把文件名改为以 .pdf 结尾后再导入。' };
  }
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, message: '这不是 Word 文档（.docx），无法读取。请选择年度报告的 .docx 文件，或复制报告文字粘贴到下面的文本框。' };
  }
  let xmlBytes: Uint8Array | undefined;
  let tooLarge = false;
  try {
    const files = unzipSync(data, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false;
        if (f.originalSize > MAX_XML_BYTES) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
    xmlBytes = files['word/document.xml'];
  } catch {
    return { ok: false, message: '文件已损坏或不完整，无法解压读取。请在 Word 或 WPS 中打开后重新保存为 .docx 再试。' };
  }
  if (tooLarge) return { ok: false, message: '文档正文过大，不像是年度报告，已停止读取。' };
  if (!xmlBytes) {
    return {
      ok: false,
      message: '这个压缩文件里没有 Word 正文（word/document.xml），不是 Word 文档（.docx）。请选择年度报告的 .docx 文件。',
    };
  }
  let root: Element;
  try {
    root = parseXml(new TextDecoder('utf-8').decode(xmlBytes));
  } catch (e) {
    if (e instanceof XmlRefused) {
      return {
        ok: false,
        message: e.message.startsWith('XML')
          ? `Word 文件的正文无法解析（${e.message}）。请在 Word 或 WPS 中打开后重新保存为 .docx 再试。`
          : e.message,
      };
    }
    throw e;
  }
  if (root.local !== 'document') {
    return { ok: false, message: 'Word 文件的正文无法解析，文件可能已损坏。请在 Word 或 WPS 中打开后重新保存为 .docx 再试。' };
  }
  const body = childElements(root).find((e) => e.local === 'body');
  const blocks: Block[] = [];
  if (body) collectBlocks(body, blocks);
  if (blocks.length > MAX_BLOCKS)
    return { ok: false, message: `文档有 ${blocks.length} 个段落和表格，远多于年度报告，不像是年度报告，已停止读取。` };
  const tables = blocks.filter((b) => b.type === 'table').length;
  if (tables === 0) {
    return {
      ok: false,
      message:
        '这份 Word 文档里没有表格，读不出年度报告的统计表（二、三、四）。如果表格是图片，请手工填写；也可以复制报告文字粘贴到下面的文本框。',
    };
  }
  return { ok: true, blocks, tables };
}

/** w:val and friends. */
function wAttr(el: Element, name: string): string | null {
  return el.attrs[`w:${name}`] ?? null;
}

function collectBlocks(container: Element, out: Block[]): void {
  for (const el of childElements(container)) {
    if (el.local === 'p') out.push({ type: 'paragraph', text: paragraphText(el) });
    else if (el.local === 'tbl') out.push({ type: 'table', rows: tableRows(el) });
    else if (el.local === 'sdt' || el.local === 'sdtContent' || el.local === 'customXml') collectBlocks(el, out);
  }
}

function paragraphText(p: Element): string {
  let text = '';
  const walk = (el: Element) => {
    for (const child of childElements(el)) {
      switch (child.local) {
        case 't':
          text += textOf(child);
          break;
        case 'tab':
          if (el.local === 'r') text += '\t';
          break; // w:tab in w:pPr/w:tabs is a tab stop, not text
        case 'br':
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'del':
        case 'pPr':
        case 'rPr':
        case 'instrText':
        case 'delText':
          break;
        default:
          walk(child);
      }
    }
  };
  walk(p);
  return text;
}

function tableRows(tbl: Element): BlockCell[][] {
  const rows: BlockCell[][] = [];
  const rowElements = (el: Element): Element[] =>
    childElements(el).flatMap((c) => (c.local === 'tr' ? [c] : c.local === 'sdt' || c.local === 'sdtContent' ? rowElements(c) : []));
  const cellElements = (el: Element): Element[] =>
    childElements(el).flatMap((c) => (c.local === 'tc' ? [c] : c.local === 'sdt' || c.local === 'sdtContent' ? cellElements(c) : []));
  for (const tr of rowElements(tbl)) {
    rows.push(
      cellElements(tr).map((tc) => {
        const pr = childElements(tc).find((c) => c.local === 'tcPr');
        const props = pr ? childElements(pr) : [];
        const gridSpan = props.find((c) => c.local === 'gridSpan');
        const vMerge = props.find((c) => c.local === 'vMerge');
        const paragraphs: string[] = [];
        const gather = (el: Element) => {
          for (const c of childElements(el)) {
            if (c.local === 'p') paragraphs.push(paragraphText(c));
            else if (c.local === 'tbl' || c.local === 'sdt' || c.local === 'sdtContent') gather(c);
            else if (c.local === 'tr' || c.local === 'tc') gather(c);
          }
        };
        gather(tc);
        const span = Number(gridSpan ? wAttr(gridSpan, 'val') : 1);
        return {
          text: paragraphs.join('\n'),
          span: Number.isInteger(span) && span > 0 ? span : 1,
          vMerge: vMerge ? (wAttr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null,
        };
      }),
    );
  }
  return rows;
}
