// `npm run check:es`: builds the PWA and the single file into temporary folders and checks that their
// JavaScript runs on the agency browsers (Chromium 87+, Firefox ESR 115, see BUILD_TARGET in vite.config.ts):
//   1. es-check es2021 --checkFeatures: ES2021 is the newest level Chrome 87 parses entirely
//      (ES2022 would let static blocks, `#x in o` and top-level await through, which need Chrome 91-94);
//   2. a scan for built-in APIs newer than those browsers that no syntax check sees.
// The PDF reader's chunks (assets/read-pdf-*.js: pdf.js's legacy build; assets/pdf.worker-*.js: its worker) are
// loaded only when a PDF is chosen, and are third-party code built for older browsers by core-js polyfills, so
// they are checked differently, and only they:
//   1. es-check checkBrowser "chrome 87" --checkFeatures --ignorePolyfillable=core-js (syntax and features for
//      Chrome 87, features core-js supplies in the chunk accepted);
//   2. the same API scan, with four finds accepted for a stated reason, each checked in the chunk itself:
//      `.at(` only because our polyfill (src/import/pdf/at-polyfill.ts) is in that chunk (its marker string must
//      be present in both); Promise.withResolvers only where core-js's definition is in the chunk;
//      crypto.randomUUID only behind its `typeof` fallback; structuredClone only in read-pdf (the fake worker,
//      annotation saving and rendering call it; we pass our own worker and only call getTextContent()).
// Exits 1 on any finding.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const ES_LEVEL = 'es2021';
/** Not in Chrome 87 or Firefox 115 and not polyfilled: use a fallback (and keep it out of the built code). */
const TOO_NEW = [
  [/\bstructuredClone\s*\(/, 'structuredClone（Chrome 98）'],
  [/\.at\(\s*-?\d/, 'Array/String.prototype.at（Chrome 92）'],
  [/\bObject\.hasOwn\s*\(/, 'Object.hasOwn（Chrome 93）'],
  [/\.findLast(Index)?\(/, 'findLast/findLastIndex（Chrome 97, Firefox 104）'],
  [/\.(toSorted|toReversed|toSpliced)\(/, 'toSorted/toReversed/toSpliced（Chrome 110, Firefox 115 无）'],
  [/\b(Object|Map)\.groupBy\s*\(/, 'Object.groupBy/Map.groupBy（Chrome 117）'],
  [/\bArray\.fromAsync\s*\(/, 'Array.fromAsync（Chrome 121）'],
  [/\bPromise\.withResolvers\s*\(/, 'Promise.withResolvers（Chrome 119）'],
  [/\.isWellFormed\s*\(/, 'String.prototype.isWellFormed（Chrome 111）'],
  [/\bIntl\.Segmenter\b/, 'Intl.Segmenter（Firefox 125）'],
  [/\bshowSaveFilePicker\b/, 'showSaveFilePicker（Chrome 86 起，但 Firefox 无）'],
  [/\bcrypto\.randomUUID\(\)/, 'crypto.randomUUID() 无回退（Chrome 92）'],
];

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'nianbao-check-es-'));
const problems = [];

function listJs(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

function esCheck(files, label) {
  const bin = join(root, 'node_modules/.bin/es-check');
  const run = spawnSync(bin, [ES_LEVEL, ...files, '--module', '--checkFeatures', '--noColor'], { encoding: 'utf8' });
  if (run.status !== 0) problems.push(`${label}: es-check ${ES_LEVEL} 未通过\n${run.stdout}${run.stderr}`);
  else console.log(`✓ ${label}: ${files.length} 个脚本符合 ${ES_LEVEL}`);
}

function scanApis(file, label, accepted = () => false) {
  const code = readFileSync(file, 'utf8');
  for (const [pattern, name] of TOO_NEW) {
    const m = pattern.exec(code);
    if (m && !accepted(pattern, code)) problems.push(`${label}: 用到了 ${name}：…${code.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
  }
}

const PDF_CHUNK = /[\\/]assets[\\/](read-pdf|pdf\.worker)-[\w-]+\.js$/;
const AT_POLYFILL_MARK = '__nianbaoAtPolyfill';

/** Why a too-new API found in a PDF reader chunk is fine there (see the header), or false. */
function pdfAccepted(file) {
  const reader = /read-pdf-/.test(file);
  return (pattern, code) => {
    if (pattern.source.includes('.at')) return code.includes(AT_POLYFILL_MARK);
    if (pattern.source.includes('withResolvers')) return /withResolvers:function\(\)\{/.test(code);
    if (pattern.source.includes('randomUUID'))
      return [...code.matchAll(/crypto\.randomUUID\(\)/g)].every((m) =>
        /typeof crypto\.randomUUID\s*==/.test(code.slice(m.index - 60, m.index)),
      );
    if (pattern.source.includes('structuredClone')) return reader;
    return false;
  };
}

function esCheckPdf(files) {
  const bin = join(root, 'node_modules/.bin/es-check');
  const args = [
    'checkBrowser',
    ...files,
    '--browserslistQuery=chrome 87',
    '--checkFeatures',
    '--ignorePolyfillable=core-js',
    '--module',
    '--noColor',
  ];
  const run = spawnSync(bin, args, { encoding: 'utf8' });
  if (run.status !== 0) problems.push(`PDF 读取程序: es-check checkBrowser chrome 87 未通过\n${run.stdout}${run.stderr}`);
  else console.log(`✓ PDF 读取程序: ${files.length} 个脚本符合 Chrome 87（core-js 可补的功能除外）`);
}

try {
  const pwaDir = join(work, 'pwa');
  const singleDir = join(work, 'single');
  await build({ root, logLevel: 'silent', build: { outDir: pwaDir, emptyOutDir: true } });
  await build({ root, mode: 'single', logLevel: 'silent', build: { outDir: singleDir, emptyOutDir: true } });

  const allJs = listJs(pwaDir);
  const pdfJs = allJs.filter((f) => PDF_CHUNK.test(f));
  const pwaJs = allJs.filter((f) => !PDF_CHUNK.test(f));
  esCheck(pwaJs, 'PWA 版');
  for (const f of pwaJs) scanApis(f, `PWA 版 ${f.slice(pwaDir.length + 1)}`);
  // Both the page-side reader and its worker, each with the polyfill in it.
  for (const kind of ['read-pdf', 'pdf.worker']) {
    const chunk = pdfJs.filter((f) => f.includes(`${kind}-`));
    if (chunk.length !== 1) problems.push(`PDF 读取程序: 应有一个 ${kind}-*.js，找到 ${chunk.length} 个`);
    for (const f of chunk)
      if (!readFileSync(f, 'utf8').includes(AT_POLYFILL_MARK)) problems.push(`PDF 读取程序 ${kind}: 缺少 .at 补丁（${AT_POLYFILL_MARK}）`);
  }
  if (pdfJs.length) esCheckPdf(pdfJs);
  for (const f of pdfJs) scanApis(f, `PDF 读取程序 ${f.slice(pwaDir.length + 1)}`, pdfAccepted(f));

  // The single file's scripts are inline: check them as files of their own.
  const html = readFileSync(
    join(
      singleDir,
      readdirSync(singleDir).find((f) => f.endsWith('.html')),
    ),
    'utf8',
  );
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
  if (!scripts.length) problems.push('单文件版: 没有找到内联脚本');
  const singleJs = scripts.map((code, i) => {
    const file = join(work, `single-inline-${i}.js`);
    writeFileSync(file, code);
    return file;
  });
  if (singleJs.length) esCheck(singleJs, '单文件版');
  for (const f of singleJs) scanApis(f, '单文件版');
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(problems.join('\n\n'));
  console.error(`\n构建产物用到了 Chromium 87 / Firefox ESR 115 不支持的写法或接口（共 ${problems.length} 处）。`);
  process.exit(1);
}
console.log('✓ 未发现超出 Chromium 87 / Firefox ESR 115 的接口');
