// LibreOffice and poppler for the render tests. Missing tools fail the test with the package to install:
// a render test that silently skips proves nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function need(tool: string, pkg: string): void {
  if (spawnSync('which', [tool]).status !== 0) {
    throw new Error(`渲染测试需要 ${tool}：请安装 Debian 包 ${pkg}（apt-get install -y --no-install-recommends ${pkg}）。`);
  }
}

/** Converts a .docx to PDF with a private LibreOffice profile; returns the PDF bytes. */
export function docxToPdf(docx: Uint8Array, name = 'report'): Buffer {
  need('soffice', 'libreoffice-writer-nogui');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
  try {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, docx);
    const profile = join(dir, 'lo-profile');
    const fontsConf = new URL('./fonts.conf', import.meta.url).pathname;
    const env = existsSync(fontsConf) ? { ...process.env, FONTCONFIG_FILE: fontsConf } : process.env;
    const result = spawnSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, file],
      { env, timeout: 120_000, encoding: 'utf8' },
    );
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice could not convert the .docx: ${result.stderr || result.stdout}`);
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words with their boxes (pdftotext -bbox), page by page. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  need('pdftotext', 'poppler-utils');
  const html = execFileSync('pdftotext', ['-bbox', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: PdfWord[] = [];
  let page = 0;
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page') {
      page++;
      continue;
    }
    words.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: decode(m[5]!) });
  }
  return words;
}

export function pdfPageCount(pdf: Buffer): number {
  need('pdfinfo', 'poppler-utils');
  const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/**
 * Whether `label` is on the page as written, though a table cell may wrap it over several lines
 * (商业⏎企业, 三、本年度办理结果 one character per line). From each word that could start it, follow the word
 * to its right on the same line or the word below it in the same cell, as long as the text still matches.
 */
export function findsLabel(words: PdfWord[], label: string): boolean {
  const target = label.replace(/\s+/g, '');
  const height = (w: PdfWord) => w.yMax - w.yMin;
  const next = (w: PdfWord) =>
    words.filter(
      (o) =>
        o.page === w.page &&
        o !== w &&
        // same line, just to the right
        ((Math.abs(o.yMin - w.yMin) < height(w) * 0.4 && o.xMin >= w.xMax - 0.5 && o.xMin - w.xMax < height(w) * 1.2) ||
          // next line in the same cell: just below, overlapping horizontally (Chromium's PDFs give CJK words boxes
          // about two lines tall, so "below" starts where "same line" ends)
          (o.yMin >= w.yMin + height(w) * 0.4 && o.yMin - w.yMax < height(w) * 1.5 && o.xMin < w.xMax && o.xMax > w.xMin)),
    );
  const extend = (w: PdfWord, rest: string, depth: number): boolean => {
    if (rest === '') return true;
    if (depth > 60) return false;
    return next(w).some((o) => {
      const t = o.text.replace(/\s+/g, '');
      if (t.startsWith(rest)) return true;
      return rest.startsWith(t) && extend(o, rest.slice(t.length), depth + 1);
    });
  };
  return words.some((w) => {
    const t = w.text.replace(/\s+/g, '');
    if (t.includes(target)) return true;
    for (let k = 1; k <= Math.min(t.length, target.length); k++) {
      if (target.startsWith(t.slice(t.length - k)) && extend(w, target.slice(k), 0)) return true;
    }
    return false;
  });
}
