// A web page (pasted as text/html, or a saved .html/.htm) → blocks: its tables through the shared grid reader
// (src/table-input/html-grid.ts), the text around them as paragraphs. Runs on the page: DOMParser is needed.
import { htmlTableGrids } from '../table-input/html-grid';
import type { Block } from './blocks';

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'CENTER',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export function htmlToBlocks(html: string): Block[] {
  const grids = htmlTableGrids(html);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const tables = [...doc.querySelectorAll('table')];
  const blocks: Block[] = [];
  let line = '';
  const flush = () => {
    for (const part of line.split('\n'))
      if (part.replace(/\s+/g, '') !== '') blocks.push({ type: 'paragraph', text: part.replace(/[ \t\u00a0]+/g, ' ').trim() });
    line = '';
  };
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) line += n.textContent ?? '';
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (SKIP_TAGS.has(el.tagName)) continue;
      if (el.tagName === 'TABLE') {
        flush();
        const grid = grids[tables.indexOf(el as HTMLTableElement)] ?? [];
        // A one-cell layout table (portals wrap whole pages in them) is read as its content.
        if (grid.length <= 1 && (grid[0]?.length ?? 0) <= 1) walk(el);
        else blocks.push({ type: 'table', rows: grid.map((row) => row.map((text) => ({ text, span: 1, vMerge: null }))) });
        continue;
      }
      if (el.tagName === 'BR') {
        line += '\n';
        continue;
      }
      const isBlock = BLOCK_TAGS.has(el.tagName);
      if (isBlock) flush();
      walk(el);
      if (isBlock) flush();
    }
  };
  if (doc.body) walk(doc.body);
  flush();
  return blocks;
}

/** Whether pasted HTML holds a table worth reading (else the plain text is read). */
export function htmlHasTable(html: string): boolean {
  return /<table[\s>]/i.test(html);
}
