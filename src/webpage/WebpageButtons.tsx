// 「导出网页」 and 「复制网页格式」 in the editor's toolbar: the HTML builder loads on the first click only.
import { useState } from 'preact/hooks';
import { exportFileName } from '../export/file-name';
import type { Report } from '../model';
import { downloadBlob } from '../platform/download';

const load = () => import('./report-html');
const FAILED_LOAD = '无法加载网页组件。请检查网络后重试（第一次使用需要联网加载一次，之后可离线使用）。';

/** Puts both flavours on the clipboard: the async API where it exists, else a copy event (older browsers, file://). */
async function copyHtml(html: string, text: string): Promise<void> {
  if (navigator.clipboard?.write && typeof ClipboardItem !== 'undefined') {
    try {
      await navigator.clipboard.write([new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      })]);
      return;
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
  if (!done) throw new Error('copy refused');
}

export function WebpageButtons({ report }: { report: Report }) {
  const [status, setStatus] = useState('');
  const saveHtml = async () => {
    setStatus('');
    try {
      const m = await load();
      const name = exportFileName(report).replace(/\.docx$/, '.html');
      downloadBlob(new Blob([m.reportHtmlDocument(report)], { type: 'text/html;charset=utf-8' }), name);
      setStatus(`已导出网页：${name}`);
    } catch {
      setStatus(FAILED_LOAD);
    }
  };
  const copy = async () => {
    setStatus('');
    let m: Awaited<ReturnType<typeof load>>;
    try {
      m = await load();
    } catch {
      setStatus(FAILED_LOAD);
      return;
    }
    try {
      await copyHtml(m.reportHtmlFragment(report), m.reportPlainText(report));
      setStatus('已复制网页格式，可粘贴到网站后台的编辑器中。');
    } catch {
      setStatus('浏览器没有允许复制。请改用「导出网页」，再用浏览器打开该文件复制。');
    }
  };
  return (
    <span class="export">
      <button type="button" onClick={saveHtml}>导出网页</button>
      <button type="button" onClick={copy}>复制网页格式</button>
      <span class="export-done" role="status">{status}</span>
    </span>
  );
}
