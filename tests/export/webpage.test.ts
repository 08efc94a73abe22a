// @vitest-environment happy-dom
// 「导出网页」/「复制网页格式」: the three tables rebuilt from the HTML match the format cell for cell (labels,
// merges, values); the page passes the W3C validator (vnu, offline); its text/plain form reads back in the import.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFormat, type FormatId, type TableCell, type TableDef } from '../../src/formats';
import { textToBlocks } from '../../src/import/blocks';
import { recogniseReport } from '../../src/import/recognise';
import { computeAll } from '../../src/model';
import { reportHtmlDocument, reportHtmlFragment, reportPlainText } from '../../src/webpage/report-html';
import { filledReport, hostileReport } from './fixtures';

/** The HTML table algorithm: each grid position → id of the cell covering it, and each cell's text. */
function gridFromHtml(table: HTMLTableElement) {
  const origin: string[][] = [];
  const text = new Map<string, string>();
  [...table.rows].forEach((tr, r) => {
    origin[r] ??= [];
    let col = 0;
    for (const cell of [...tr.cells]) {
      while (origin[r]![col] !== undefined) col++;
      const id = `${r},${col}`;
      const html = cell.innerHTML
        .replace(/<br\s*\/?>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
      text.set(id, html);
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (origin[r + dr] ??= [])[col + dc] = id;
      col += cell.colSpan;
    }
  });
  return { origin, text };
}

function gridFromFormat(table: TableDef, values: Record<string, string>) {
  const origin: string[][] = table.rows.map(() => Array<string>(table.grid).fill(''));
  const text = new Map<string, string>();
  table.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row as TableCell[]) {
      while (origin[r]![col] !== '') col++;
      const id = `${r},${col}`;
      text.set(id, cell.type === 'value' ? (values[cell.key] ?? '') : cell.lines ? cell.lines.join('\n') : cell.text);
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) for (let dc = 0; dc < (cell.colspan ?? 1); dc++) origin[r + dr]![col + dc] = id;
      col += cell.colspan ?? 1;
    }
  });
  return { origin, text };
}

describe.each(['2019', '2021'] as FormatId[])('format %s web page', (formatId) => {
  const report = filledReport(formatId);
  const format = getFormat(formatId);
  const values = computeAll(format, report.values);

  it('rebuilds the three official tables cell for cell, each with its <caption>', () => {
    const doc = new DOMParser().parseFromString(reportHtmlDocument(report), 'text/html');
    const tables = [...doc.querySelectorAll('table')];
    expect(tables).toHaveLength(3);
    (['t2', 't3', 't4'] as const).forEach((id, i) => {
      const table = tables[i]!;
      expect(table.querySelector('caption')!.textContent).toBe(format.tables[id].caption);
      const got = gridFromHtml(table);
      const want = gridFromFormat(format.tables[id], values);
      expect(got.origin, `${id} merges`).toEqual(want.origin);
      expect(Object.fromEntries(got.text), `${id} texts`).toEqual(Object.fromEntries(want.text));
    });
  });

  it('is one UTF-8 page without scripts or outside files, styles inline', () => {
    const html = reportHtmlDocument(report);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<style|src=|href=|@import|url\(/i);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const cell of doc.querySelectorAll('td, th')) expect(cell.getAttribute('style')).toContain('border:1px solid #000');
    expect(doc.querySelector('h1')!.textContent).toBe(`${report.agencyName}${report.year}年政府信息公开工作年度报告`);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(
      format.sections.filter((s) => !s.table).map((s) => s.heading),
    );
  });

  it('reads back through the import from its text/plain form, every number', () => {
    const result = recogniseReport(textToBlocks(reportPlainText(report)), { kind: 'text' });
    expect(result.report.formatId).toBe(formatId);
    // Totals equal to their parts come back as no declared total (issue 10): the sums of what was read match.
    const back = computeAll(format, result.report.values);
    for (const cell of format.cellsByKey.values()) expect(back[cell.key], cell.key).toBe(values[cell.key]);
    expect(result.report.declaredTotals).toEqual({});
    expect(result.report.agencyName).toBe(report.agencyName);
  });
});

describe('validity', () => {
  const vnu = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');
  it('passes the W3C validator (vnu, offline): both formats and hostile text', () => {
    expect(spawnSync('which', ['java']).status, '请安装 Debian 包 default-jre-headless').toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-vnu-'));
    try {
      const files = (
        [
          ['2019', filledReport('2019')],
          ['2021', filledReport('2021')],
          ['hostile', hostileReport()],
        ] as const
      ).map(([name, report]) => {
        const file = join(dir, `${name}.html`);
        writeFileSync(file, reportHtmlDocument(report));
        return file;
      });
      // One java start for the three pages (vnu takes several files).
      const result = spawnSync('java', ['-jar', vnu, '--errors-only', ...files], { encoding: 'utf8', timeout: 120_000 });
      expect(result.stderr + result.stdout).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
  it('escapes hostile text in the fragment', () => {
    const fragment = reportHtmlFragment(hostileReport());
    expect(fragment).toContain('A&amp;B&lt;局&gt;');
    expect(fragment).not.toContain('<![CDATA[');
    expect(fragment).not.toMatch(/[\u0000-\u0008\u000B\u001F]/);
  });
});
