// `npm run check:layers`: keeps src/ easy to change.
//   1. Layering: a folder imports only from its own level or below, never back up:
//        formats ← model ← checks/store/table-input/repair ← editor/export/import/home/summary/preview/webpage/pwa ← app ← main.tsx
//      src/platform and src/ui sit at the bottom beside model: usable by every folder, importing formats/model
//      at most (ui may use platform). Same-level imports are allowed as long as they form no folder cycle.
//   2. No source file in src/ over 300 lines (split along a real seam instead).
// A folder missing from LEVELS fails the check, so a new folder gets its place decided, not guessed.
// Exits 1 on any finding.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const MAX_LINES = 300;
const LEVELS = {
  formats: 0,
  model: 1,
  platform: 1.5,
  ui: 1.6, // may use platform; platform may not use ui
  checks: 2,
  store: 2,
  'table-input': 2,
  repair: 2,
  editor: 3,
  export: 3,
  import: 3,
  home: 3,
  summary: 3,
  preview: 3,
  webpage: 3,
  pwa: 3,
  app: 4,
  '': 5, // src/main.tsx, the entry
};
/** platform and ui are bottom layers: they may reach formats and model, nothing of the middle. */
const BOTTOM_MAY_IMPORT = { platform: ['formats', 'model', 'platform'], ui: ['formats', 'model', 'platform', 'ui'] };

const root = resolve(new URL('..', import.meta.url).pathname);
const src = join(root, 'src');
const SOURCE = /\.(ts|tsx|js|jsx|mjs|css)$/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

/** The top folder under src/ ('' for files directly in src/). */
const folderOf = (file) => {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0] : '';
};

const problems = [];
const edges = new Map(); // folder → Map(folder → example "file → spec")
for (const file of walk(src)) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const rel = relative(root, file);
  if (lines > MAX_LINES) problems.push(`${rel}: ${lines} 行，超过 ${MAX_LINES} 行：请按真实的分界拆成几个文件。`);
  if (file.endsWith('.css')) continue;
  const from = folderOf(file);
  if (!(from in LEVELS)) {
    problems.push(`${rel}: 文件夹 src/${from} 不在 scripts/check-layers.mjs 的分层表中：请决定它属于哪一层。`);
    continue;
  }
  for (const [, spec] of text.matchAll(IMPORT)) {
    if (!spec.startsWith('.')) continue; // packages and virtual modules
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(src + sep)) continue;
    const to = folderOf(join(target, 'x')); // '../store' and '../store/backup' both name folder store
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${rel} → '${spec}'`);
    if (!(to in LEVELS)) continue; // reported for its own files
    const up = from in BOTTOM_MAY_IMPORT ? !BOTTOM_MAY_IMPORT[from].includes(to) : LEVELS[to] > LEVELS[from];
    if (up) problems.push(`${rel}: 从 src/${from || '(根)'} 向上导入 src/${to}（'${spec}'）：下层不能依赖上层，请把共用部分移到下层。`);
  }
}

// Folder cycles between folders of one level (a cycle across levels already shows as an upward import).
const cycles = new Set();
const visit = (folder, path) => {
  for (const next of edges.get(folder)?.keys() ?? []) {
    const at = path.indexOf(next);
    if (at >= 0) {
      const cycle = [...path.slice(at), next];
      const key = [...cycle.slice(0, -1)].sort().join(',');
      const sameLevel = cycle.every((f) => LEVELS[f] === LEVELS[cycle[0]]); // others show as upward imports
      if (sameLevel && !cycles.has(key)) {
        cycles.add(key);
        const via = cycle
          .slice(0, -1)
          .map((f, i) => edges.get(f).get(cycle[i + 1]))
          .join('；');
        problems.push(`文件夹循环依赖 ${cycle.map((f) => `src/${f}`).join(' → ')}（${via}）`);
      }
    } else visit(next, [...path, next]);
  }
};
for (const folder of edges.keys()) visit(folder, [folder]);

if (problems.length) {
  console.error(`分层与文件长度检查：${problems.length} 处问题`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}
console.log(`✓ 分层与文件长度检查通过（没有向上导入，没有文件夹循环，没有超过 ${MAX_LINES} 行的源文件）`);
