// What 「导出网页」 and 「复制网页格式」 do, loaded on the first click with the HTML builder (off the editor's first load).
import { exportFileName } from '../export/file-name';
import type { Report } from '../model';
import { downloadBlob } from '../platform/download';
import { reportHtmlDocument, reportHtmlFragment, reportPlainText } from './report-html';

/** Saves the single .html; returns the message for the toolbar. */
export function saveWebpage(report: Report): string {
  const name = exportFileName(report).replace(/\.docx$/, '.html');
  downloadBlob(new Blob([reportHtmlDocument(report)], { type: 'text/html;charset=utf-8' }), name);
  return `已导出网页：${name}`;
}

/** Puts both flavours on the clipboard: the async API where it exists, else a copy event (older browsers, file://). */
export async function copyWebpage(report: Report): Promise<string> {
  const html = reportHtmlFragment(report);
  const text = reportPlainText(report);
  if (navigator.clipboard?.write && typeof ClipboardItem !== 'undefined') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return COPIED;
    } catch {
      // permission refused or no user activation left: fall back to the copy event below
    }
  }
  let done = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy, { once: true });
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return done ? COPIED : '浏览器没有允许复制。请改用「导出网页」，再用浏览器打开该文件复制。';
}

const COPIED = '已复制网页格式，可粘贴到网站后台的编辑器中。';
