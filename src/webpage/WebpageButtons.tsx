// 「导出网页」 and 「复制网页格式」 in the editor's toolbar; their code and the HTML builder load on the first click.
import { useState } from 'preact/hooks';
import type { Report } from '../model';
import { loadFailed } from '../platform/load-once';

const FAILED_LOAD = loadFailed('网页组件');

/** `report` is read on click, so typing does not re-render the buttons. */
export function WebpageButtons({ report }: { report: () => Report }) {
  const [status, setStatus] = useState('');
  const run = (action: (m: typeof import('./webpage-actions')) => string | Promise<string>) => {
    setStatus('');
    import('./webpage-actions').then(
      async (m) => setStatus(await action(m)),
      () => setStatus(FAILED_LOAD),
    );
  };
  return (
    <span class="export">
      <button type="button" onClick={() => run((m) => m.saveWebpage(report()))}>
        导出网页
      </button>
      <button type="button" onClick={() => run((m) => m.copyWebpage(report()))}>
        复制网页格式
      </button>
      <span class="export-done" role="status">
        {status}
      </span>
    </span>
  );
}
