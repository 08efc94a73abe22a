// `npm run size`: builds the PWA into a temporary folder and prints the gzip size of
//   - the first load of each page a clerk can open first (首页, 编辑器): the entry script with its static
//     imports and CSS, plus the page's own lazily loaded chunk and its static imports; the larger is budgeted;
//   - the export chunk: what `import()` of docx loads on top of the first load;
//   - the single-file build (for information).
// Exits 1 when a budget is exceeded (CI runs it). Sizes are gzip level 9 of the built files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_FIRST_LOAD = 40 * 1024;
const BUDGET_DOCX = 90 * 1024;

const root = new URL('..', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

async function buildInto(mode) {
  const outDir = mkdtempSync(join(tmpdir(), `nianbao-size-${mode}-`));
  const result = await build({ root, mode, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return { outDir, output };
}

const gz = (dir, file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** A chunk plus everything it imports statically, with their CSS. */
function closure(chunks, start) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const chunk = chunks.get(name);
    for (const css of chunk.viteMetadata?.importedCss ?? []) seen.add(css);
    for (const dep of chunk.imports) visit(dep);
  };
  visit(start);
  return seen;
}

const pwa = await buildInto('production');
const single = await buildInto('single');
let failed = false;
try {
  const chunks = new Map(pwa.output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  const shell = closure(chunks, entry.fileName);
  const pageChunk = (source) => [...chunks.values()].find((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith(source)));
  const rows = [];
  let firstLoad = shell;
  for (const [label, source] of [['首页', '/src/home/index.tsx'], ['编辑器', '/src/app/DraftRoute.tsx']]) {
    const page = pageChunk(source);
    const files = new Set([...shell, ...(page ? closure(chunks, page.fileName) : [])]);
    if (label === '编辑器') firstLoad = files; // export starts from the editor
    rows.push([`首次打开${label} JS+CSS（入口及该页按需加载部分）`, [...files].reduce((sum, f) => sum + gz(pwa.outDir, f), 0), BUDGET_FIRST_LOAD, [...files]]);
  }
  const docxEntry = [...chunks.values()].find(
    (c) => c.isDynamicEntry && [...closure(chunks, c.fileName)].some((f) => chunks.get(f)?.moduleIds.some((id) => id.includes('/node_modules/docx/'))),
  );
  if (docxEntry) {
    const extra = [...closure(chunks, docxEntry.fileName)].filter((f) => !firstLoad.has(f));
    rows.push(['导出 Word 按需加载部分（docx）', extra.reduce((sum, f) => sum + gz(pwa.outDir, f), 0), BUDGET_DOCX, extra]);
  }
  for (const [label, size, budget, files] of rows) {
    const over = size > budget;
    failed ||= over;
    console.log(`${over ? '✗ 超出预算' : '✓'} ${label}: ${kb(size)} gzip（预算 ${kb(budget)}）`);
    for (const f of files) console.log(`    ${f}  ${kb(gz(pwa.outDir, f))}`);
  }
  if (!docxEntry) console.log('  （构建中还没有按需加载 docx 的部分：导出功能尚未接入。）');
  const html = single.output.find((o) => o.fileName.endsWith('.html'));
  console.log(`  单文件版 ${html.fileName}: ${kb(gz(single.outDir, html.fileName))} gzip（仅供参考）`);
} finally {
  rmSync(pwa.outDir, { recursive: true, force: true });
  rmSync(single.outDir, { recursive: true, force: true });
}
if (failed) {
  console.error('体积超出预算：请把大的依赖放到按需加载（import()）之后。');
  process.exit(1);
}
