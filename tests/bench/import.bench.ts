// Recognition of a 10-page report once the reader is loaded: pdftotext -layout and -raw text of our own export
// (tests/fixtures/import) with section 一 lengthened to ten pages, and the same report as a .docx.
// Budget (issue 10): ≤ 300 ms. Prints figures; no timing asserts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { Packer } from 'docx';
import { buildDocument } from '../../src/export/build-document';
import { FORMAT_2021 } from '../../src/formats';
import { textLines, textToBlocks } from '../../src/import/blocks';
import { readDocument } from '../../src/import/read-document';
import { recogniseReport } from '../../src/import/recognise';
import { blankReport } from '../../src/model';
import { distinctValues } from '../import/docx-fixtures';

const BUDGET_MS = 300;
const PAGE_LINES = 38;

function tenPages(mode: string): string {
  const text = readFileSync(resolve(process.cwd(), `tests/fixtures/import/own-2021.${mode}.txt`), 'utf8');
  const printed = '本年度我局认真贯彻落实政府信息公开条例，主动公开各类政府信息，依法办理依申请公开'.slice(0, 28);
  const extra: string[] = [];
  for (let page = 0; page < 7; page++) {
    for (let l = 0; l < PAGE_LINES; l++) extra.push(printed);
    extra.push(`— ${page + 5} —`);
  }
  return text.replace('（一）主动公开情况。', `${extra.join('\n')}\n（一）主动公开情况。`);
}

function report(label: string, runs: number, work: () => number): void {
  for (let i = 0; i < 3; i++) work(); // warm up: the reader is loaded
  const times: number[] = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    cells = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const worst = times[times.length - 1]!;
  console.log(
    `${label}: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms（预算 ${BUDGET_MS} ms${worst > BUDGET_MS ? '，超出预算' : ''}）; ${cells} cells read`,
  );
}

it('recognises a 10-page report from PDF text (pdftotext -layout and -raw)', () => {
  for (const mode of ['layout', 'raw']) {
    const text = tenPages(mode);
    console.log(`pdftotext -${mode}: ${text.split('\n').length} lines, ${text.length} characters`);
    report(
      `识别 10 页 PDF 文字（-${mode}）`,
      20,
      () => recogniseReport(textToBlocks(text), { kind: 'text', lines: textLines(text) }).found.cellsRead,
    );
  }
});

it('reads and recognises the same report as a .docx (the worker’s work, here on one thread)', async () => {
  const r = blankReport({ year: 2024, agencyName: '某市人力资源和社会保障局' });
  r.values = distinctValues(FORMAT_2021);
  r.texts = { overview: '本年度我局认真贯彻落实政府信息公开条例。'.repeat(600), problems: '一是公开的及时性有待提高。', other: '无。' };
  const bytes = new Uint8Array(await Packer.toBuffer(buildDocument(r)));
  report('读取并识别 10 页 .docx', 20, () => {
    const out = readDocument({ kind: 'docx', name: 'bench.docx', bytes: bytes.slice().buffer });
    return out.ok ? out.result.found.cellsRead : -1;
  });
});
