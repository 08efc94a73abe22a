// `npm run build:single`: the whole app as one HTML file (dist-single/nianbao.html) that works when
// double-clicked (file://), e.g. copied to a USB stick. An ASCII name survives every USB stick and mail gateway.
// Usage: node scripts/build-single.mjs [outDir]
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const outDir = resolve(process.argv[2] ?? join(root, 'dist-single'));
const result = await build({ root, mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const output = (Array.isArray(result) ? result[0] : result).output;
const others = output.filter((o) => !o.fileName.endsWith('.html'));
if (others.length) {
  console.error(`单文件版不应有其他文件：${others.map((o) => o.fileName).join('、')}`);
  process.exit(1);
}
const file = join(outDir, output[0].fileName);
// The CSP allows exactly the inline scripts by hash, never 'unsafe-inline' (vite.config.ts, cspScriptHashes).
const html = readFileSync(file, 'utf8');
const scriptSrc = /script-src ([^;"]*)/.exec(html)?.[1] ?? '';
const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter(Boolean);
const missing = inline.filter((code) => !scriptSrc.includes(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`));
if (scriptSrc.includes('unsafe-inline') || missing.length) {
  console.error(
    `单文件版的内容安全策略（CSP）不对：${scriptSrc.includes('unsafe-inline') ? "含有 'unsafe-inline'" : `${missing.length}段内联脚本没有对应的哈希`}。`,
  );
  process.exit(1);
}
console.log(`单文件版已生成：${relative(process.cwd(), file) || file}（${(statSync(file).size / 1024).toFixed(0)} kB）`);
console.log('把这个文件复制到 U 盘或本机任意文件夹，双击即可用浏览器打开。');
