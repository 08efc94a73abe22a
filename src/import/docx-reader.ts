// Reads word/document.xml of a .docx into blocks. Loaded lazily (fflate) when a file is picked.
import { unzipSync } from 'fflate';
import type { Block, BlockCell } from './blocks';

/** Larger files are not annual reports (a report with photos is a few MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Guard against a zip bomb: the text of a report is far below this. */
const MAX_XML_BYTES = 40 * 1024 * 1024;

export type DocxRead = { ok: true; blocks: Block[]; tables: number } | { ok: false; message: string };

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

export function readDocx(data: Uint8Array): DocxRead {
  if (data.length === 0) return { ok: false, message: '文件是空的（0 字节），请选择年度报告的 Word 文件（.docx）。' };
  if (data.length > MAX_FILE_BYTES) {
    return { ok: false, message: `文件太大（${(data.length / 1024 / 1024).toFixed(1)} MB），超过 20 MB，不像是年度报告。请选择年度报告的 Word 文件（.docx）。` };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { ok: false, message: '这是旧版 Word 文件（.doc），无法直接读取。请在 Word 或 WPS 中打开，“另存为”Word 文档（.docx）后再导入；也可以全选复制文字，粘贴到下面的文本框。' };
  }
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) {
    return { ok: false, message: '这是 PDF 文件，无法直接读取。请打开 PDF，全选复制其中的文字，粘贴到下面的文本框。' };
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
    return { ok: false, message: '这个压缩文件里没有 Word 正文（word/document.xml），不是 Word 文档（.docx）。请选择年度报告的 .docx 文件。' };
  }
  const xml = new TextDecoder('utf-8').decode(xmlBytes);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('parsererror').length > 0 || root.localName !== 'document') {
    return { ok: false, message: 'Word 文件的正文无法解析，文件可能已损坏。请在 Word 或 WPS 中打开后重新保存为 .docx 再试。' };
  }
  const body = childElements(root).find((e) => e.localName === 'body');
  const blocks: Block[] = [];
  if (body) collectBlocks(body, blocks);
  const tables = blocks.filter((b) => b.type === 'table').length;
  if (tables === 0) {
    return { ok: false, message: '这份 Word 文档里没有表格，读不出年度报告的统计表（二、三、四）。如果表格是图片，请手工填写；也可以复制报告文字粘贴到下面的文本框。' };
  }
  return { ok: true, blocks, tables };
}

function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** w:val and friends: happy-dom keeps no namespace on attributes, browsers do; ask both ways. */
function wAttr(el: Element, name: string): string | null {
  return el.getAttribute(`w:${name}`) ?? el.getAttributeNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', name);
}

function collectBlocks(container: Element, out: Block[]): void {
  for (const el of childElements(container)) {
    if (el.localName === 'p') out.push({ type: 'paragraph', text: paragraphText(el) });
    else if (el.localName === 'tbl') out.push({ type: 'table', rows: tableRows(el) });
    else if (el.localName === 'sdt' || el.localName === 'sdtContent' || el.localName === 'customXml') collectBlocks(el, out);
  }
}

function paragraphText(p: Element): string {
  let text = '';
  const walk = (el: Element) => {
    for (const child of childElements(el)) {
      switch (child.localName) {
        case 't': text += child.textContent ?? ''; break;
        case 'tab': if (el.localName === 'r') text += '\t'; break; // w:tab in w:pPr/w:tabs is a tab stop, not text
        case 'br': case 'cr': text += '\n'; break;
        case 'noBreakHyphen': text += '-'; break;
        case 'del': case 'pPr': case 'rPr': case 'instrText': case 'delText': break;
        default: walk(child);
      }
    }
  };
  walk(p);
  return text;
}

function tableRows(tbl: Element): BlockCell[][] {
  const rows: BlockCell[][] = [];
  const rowElements = (el: Element): Element[] =>
    childElements(el).flatMap((c) => (c.localName === 'tr' ? [c] : c.localName === 'sdt' || c.localName === 'sdtContent' ? rowElements(c) : []));
  const cellElements = (el: Element): Element[] =>
    childElements(el).flatMap((c) => (c.localName === 'tc' ? [c] : c.localName === 'sdt' || c.localName === 'sdtContent' ? cellElements(c) : []));
  for (const tr of rowElements(tbl)) {
    rows.push(cellElements(tr).map((tc) => {
      const pr = childElements(tc).find((c) => c.localName === 'tcPr');
      const props = pr ? childElements(pr) : [];
      const gridSpan = props.find((c) => c.localName === 'gridSpan');
      const vMerge = props.find((c) => c.localName === 'vMerge');
      const paragraphs: string[] = [];
      const gather = (el: Element) => {
        for (const c of childElements(el)) {
          if (c.localName === 'p') paragraphs.push(paragraphText(c));
          else if (c.localName === 'tbl' || c.localName === 'sdt' || c.localName === 'sdtContent') gather(c);
          else if (c.localName === 'tr' || c.localName === 'tc') gather(c);
        }
      };
      gather(tc);
      const span = Number(gridSpan ? wAttr(gridSpan, 'val') : 1);
      return {
        text: paragraphs.join('\n'),
        span: Number.isInteger(span) && span > 0 ? span : 1,
        vMerge: vMerge ? (wAttr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null,
      };
    }));
  }
  return rows;
}
