// Text copies of a report generated from the format data (src/formats), the way clerks get them:
// a web-table copy (tabs, an empty field per blank cell), one cell per line (PDF viewer), glued (archives),
// and the 「|」 copies of web tables: a row per line (「规章 | 0 | 0 | 0 |」) or a cell per line (「规章 |」「0 |」) with
// bare 「|」 lines for empty cells, 「||」 for covered cells and a bare 「|」 before each row; and a cell per line with an
// empty line after each, a blank cell a line of one space (spacedLines).
import type { FormatDef, TableCell, ValueCellDef } from '../../src/formats';
import { computeAll } from '../../src/model';

export type Style = 'tabs' | 'lines' | 'glued' | 'pipes' | 'pipeLines' | 'spacedLines';

export interface TextFixture {
  title?: string[];
  overview?: string;
  problems?: string;
  other?: string;
  /** Source text of some cells instead of the value (—, /, units). */
  cellText?: Record<string, string>;
  /** Totals as written (default: the parts' sums). */
  totals?: Record<string, string>;
  /** Lines put after the table row of a cell key (page numbers between rows). */
  after?: Record<string, string[]>;
}

/** The table sections of a report as text lines, in the given style. */
export function tableLines(format: FormatDef, values: Record<string, string>, style: Style, fx: TextFixture = {}): string[] {
  const computed = computeAll(format, values);
  const text = (def: ValueCellDef) =>
    fx.cellText?.[def.key] ?? (def.kind === 'total' ? (fx.totals?.[def.key] ?? computed[def.key] ?? '') : (values[def.key] ?? ''));
  const lines: string[] = [];
  for (const section of format.sections) {
    if (!section.table) continue;
    lines.push(section.heading);
    for (const row of format.tables[section.table].rows) {
      const labels = row.filter((c: TableCell) => c.type !== 'value').map((c) => (c as { text: string }).text);
      const defs = row.filter((c: TableCell) => c.type === 'value').map((c) => format.cellsByKey.get((c as { key: string }).key)!);
      const cells = defs.map(text);
      if (style === 'tabs') lines.push([...labels, ...cells].join('\t'));
      else if (style === 'lines') lines.push(...labels, ...cells.filter((c) => c !== ''));
      else if (style === 'pipes') lines.push(`${[...labels, ...cells].join(' | ')} |${cells.length === 0 ? ' |||' : ''}`);
      else if (style === 'spacedLines') lines.push(...[...labels, ...cells.map((c) => (c === '' ? ' ' : c))].flatMap((c) => [c, '']));
      else if (style === 'pipeLines')
        lines.push('|', ...labels.map((l) => `${l} |`), ...cells.map((c) => (c === '' ? '|' : `${c} |`)), '||');
      else lines.push(labels.join('') + cells.join(''));
      const last = defs[defs.length - 1];
      if (last && fx.after?.[last.key]) lines.push(...fx.after[last.key]!);
    }
  }
  return lines;
}

export function reportText(format: FormatDef, values: Record<string, string>, style: Style, fx: TextFixture = {}): string {
  const lines = [
    ...(fx.title ?? ['某市人力资源和社会保障局', `${format.id === '2019' ? 2020 : 2024}年政府信息公开工作年度报告`]),
    '一、总体情况',
    fx.overview ?? '本年度认真贯彻《中华人民共和国政府信息公开条例》。',
    ...tableLines(format, values, style, fx),
    '五、存在的主要问题及改进情况',
    fx.problems ?? '一是公开的及时性有待提高。',
    '六、其他需要报告的事项',
    fx.other ?? '无。',
  ];
  if (style === 'glued') return lines.join('');
  return style === 'spacedLines' ? lines.flatMap((l) => (l === '' ? [] : [l, ''])).join('\n') : lines.join('\n');
}

/** Right, wrong and missing input cells against what the source holds. */
export function score(
  expected: Record<string, string>,
  got: Record<string, string>,
): { right: number; wrong: string[]; missing: string[] } {
  let right = 0;
  const wrong: string[] = [];
  const missing: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    const g = got[key];
    if (g === value) right++;
    else if (g === undefined || g === '') missing.push(key);
    else wrong.push(`${key}: ${g} ≠ ${value}`);
  }
  for (const [key, value] of Object.entries(got)) if (!(key in expected) && value !== '') wrong.push(`${key}: ${value} (原文为空)`);
  return { right, wrong, missing };
}
