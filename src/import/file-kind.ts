// What kind of file the clerk chose, from its first bytes and its name; the message for kinds not read.
export type FileKind = 'docx' | 'odt' | 'html' | 'text' | 'pdf' | 'doc' | 'unknown';

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

export function fileKind(name: string, head: Uint8Array): FileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return ext === 'odt' ? 'odt' : 'docx';
  if (ext === 'docx' || ext === 'odt') return ext; // the reader says what is wrong with it
  if (ext === 'html' || ext === 'htm' || ext === 'mht' || ext === 'mhtml') return 'html';
  if (ext === 'txt') return 'text';
  return 'unknown';
}

export const KIND_MESSAGES: Partial<Record<FileKind, string>> = {
  // Only the one-file build says this (start-pdf-none.ts): the installed version reads PDF files.
  pdf: '单文件版不能直接打开 PDF，请用网页版（安装版）打开；或者在 PDF 阅读器中全选（Ctrl+A）复制全部文字，粘贴到下面的文本框，再点「识别粘贴的文字」：表格数字同样能识别。',
  doc: '这是旧版 Word 文件（.doc），无法直接读取。请在 Word 或 WPS 中打开，“另存为”Word 文档（.docx）后再导入；也可以全选复制文字，粘贴到下面的文本框。',
  unknown:
    '无法识别这种文件。请选择年度报告的 Word 文件（.docx）、OpenDocument 文件（.odt）或从政府网站保存的网页（.html），或复制报告文字粘贴到下面的文本框。',
};

/** A saved web page in its own encoding (portals often use GB2312/GBK). */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== 'utf8' ? charset : 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
