// Measures the text import on copies of real published reports kept OUTSIDE the repository (third-party text):
//   node scripts/eval-real-copies.mjs /work/realcorpus [--verbose] [--keys 2019|2021]
// Each report is NAME.txt (the copy as pasted) beside NAME.json:
//   { "format": "2021", "year": 2021, "agency": "某某区人民政府",
//     "rows": { "t2.regulation": ["0", "0", "3"], "t3.new": ["5", "", "", "", "", "", "5"], "t4": [15 cells] } }
// rows: only the rows the excerpt really shows, hand-checked, each with every value cell of the row in the format's
// order (totals included; "t4" is the whole value row of 表四). "" is a blank cell; 「—」「/」 a blank mark that
// must stay blank with a note. Prints per report and in total: numbers in the source, landed right, landed wrong (a cell got a
// number the source does not have), missed, blank marks with a note, 单位/年度 recognised. CI never runs this.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const keysFor = args.includes('--keys') ? args[args.indexOf('--keys') + 1] : null;
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--keys');

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'eval-real-'));
const entry = join(out, 'entry.ts');
await import('node:fs').then((fs) =>
  fs.writeFileSync(
    entry,
    `export { textLines, textToBlocks } from ${JSON.stringify(join(root, 'src/import/blocks.ts'))};
export { recogniseReport } from ${JSON.stringify(join(root, 'src/import/recognise.ts'))};
export { FORMATS } from ${JSON.stringify(join(root, 'src/formats/index.ts'))};`,
  ),
);
await build({ input: entry, platform: 'node', output: { file: join(out, 'entry.mjs'), format: 'esm' }, logLevel: 'silent' });
const { textLines, textToBlocks, recogniseReport, FORMATS } = await import(pathToFileURL(join(out, 'entry.mjs')).href);

if (keysFor) {
  // The input cells of a format in reading order, to write the expected cells by hand.
  for (const def of FORMATS[keysFor].cellsByKey.values()) console.log(def.kind, def.key, '\t', def.ariaLabel);
  process.exit(0);
}
if (!folder || !existsSync(folder)) {
  console.log('用法：node scripts/eval-real-copies.mjs <文件夹>（每份报告一个 .txt 和同名 .json）');
  process.exit(folder ? 1 : 0);
}

const total = { numbers: 0, right: 0, wrong: 0, missed: 0, marks: 0, marksNoted: 0, agency: 0, year: 0, titles: 0, reports: 0 };
const rows = [];
for (const name of readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const jsonPath = join(folder, name.replace(/\.txt$/, '.json'));
  if (!existsSync(jsonPath)) continue;
  const text = readFileSync(join(folder, name), 'utf8');
  const expected = expectedCells(JSON.parse(readFileSync(jsonPath, 'utf8')));
  const r = recogniseReport(textToBlocks(text), { kind: 'text', lines: textLines(text), now: Date.UTC(2026, 0, 15) });
  const got = r.report.values;
  const s = { numbers: 0, right: 0, wrong: [], missed: [], marks: 0, marksNoted: 0 };
  for (const [key, value] of Object.entries(expected.cells)) {
    s.numbers++;
    if (got[key] === value) s.right++;
    else if (got[key] === undefined || got[key] === '') s.missed.push(key);
    else s.wrong.push(`${key}: ${got[key]} ≠ ${value}`);
  }
  for (const [key, value] of Object.entries(got))
    if (!(key in expected.cells) && !expected.unscored.has(key) && value !== '') s.wrong.push(`${key}: ${value}（原文没有）`);
  for (const [key, value] of Object.entries(r.report.declaredTotals))
    if (expected.totals[key] !== value && !expected.unscored.has(key))
      s.wrong.push(`${key}: 总计 ${value} ≠ 原文 ${expected.totals[key] ?? '（没有）'}`);
  for (const key of expected.blankMarks) {
    s.marks++;
    if ((got[key] ?? '') === '' && r.notes.some((n) => n.cells?.includes(key))) s.marksNoted++;
  }
  // null: the excerpt has no title.
  const agencyOk = expected.agency === null ? null : r.report.agencyName === expected.agency;
  const yearOk = expected.year === null ? null : r.report.year === expected.year && r.found.year;
  rows.push({
    name,
    s,
    agencyOk,
    yearOk,
    got: { agency: r.report.agencyName, year: r.report.year, format: r.report.formatId },
    notes: r.notes,
  });
  total.reports++;
  total.numbers += s.numbers;
  total.right += s.right;
  total.wrong += s.wrong.length;
  total.missed += s.missed.length;
  total.marks += s.marks;
  total.marksNoted += s.marksNoted;
  if (agencyOk !== null) total.titles++;
  total.agency += agencyOk ? 1 : 0;
  total.year += yearOk ? 1 : 0;
}

/** The hand-written rows as input cells, totals and blank marks. */
function expectedCells(json) {
  const format = FORMATS[json.format];
  const byRow = new Map();
  for (const def of format.cellsByKey.values()) {
    const row = def.key.startsWith('t4.') ? 't4' : def.key.replace(/\.[^.]+$/, '');
    if (!byRow.has(row)) byRow.set(row, []);
    byRow.get(row).push(def);
  }
  const cells = {};
  const totals = {};
  const blankMarks = [];
  const unscored = new Set();
  for (const [row, values] of Object.entries(json.rows)) {
    const defs = byRow.get(row);
    if (!defs || defs.length !== values.length) throw new Error(`${json.format} ${row}: 应有 ${defs?.length} 格，写了 ${values.length} 格`);
    defs.forEach((def, k) => {
      if (values[k] === null) {
        unscored.add(def.key); // cut off by the excerpt: not scored
        return;
      }
      const v = values[k].trim();
      if (/^(?:[—–\-－]+|[/／])$/.test(v)) {
        if (def.kind !== 'total') blankMarks.push(def.key);
      } else if (v !== '') (def.kind === 'total' ? totals : cells)[def.key] = v;
    });
  }
  return { ...json, cells, totals, blankMarks, unscored };
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
for (const { name, s, agencyOk, yearOk, got, notes } of rows) {
  console.log(
    `${name.padEnd(34)} 数 ${String(s.numbers).padStart(3)}  对 ${String(s.right).padStart(3)} (${pct(s.right, s.numbers).padStart(7)})  错 ${s.wrong.length}  漏 ${String(s.missed.length).padStart(3)}  空白记号 ${s.marksNoted}/${s.marks}  单位 ${agencyOk === null ? '–' : agencyOk ? '✓' : `✗「${got.agency}」`}  年度 ${yearOk === null ? '–' : yearOk ? '✓' : `✗ ${got.year}`}  格式 ${got.format}`,
  );
  for (const w of s.wrong) console.log(`    错：${w}`);
  if (verbose) {
    if (s.missed.length) console.log(`    漏：${s.missed.join(' ')}`);
    for (const n of notes) if (n.level !== 'info') console.log(`    [${n.level}] ${n.where ?? ''} ${n.message}`);
  }
}
console.log(
  `\n合计 ${total.reports} 份：原文数字 ${total.numbers}，落对 ${total.right}（${pct(total.right, total.numbers)}），落错 ${total.wrong}，漏 ${total.missed}；空白记号留空并有说明 ${total.marksNoted}/${total.marks}；有标题的 ${total.titles} 份中单位识别 ${total.agency}、年度识别 ${total.year}`,
);
