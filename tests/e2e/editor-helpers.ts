// Shared by the editor's browser tests and benchmark: open a new draft, address cells by aria-label, paste blocks.
import type { Page } from 'playwright-core';
import { FORMAT_2021, type FormatDef, type TableId } from '../../src/formats';
import { officialGrid } from '../../src/table-input/labels';

export function cellSelector(format: FormatDef, key: string): string {
  const def = format.cellsByKey.get(key);
  if (!def) throw new Error(`no cell ${key}`);
  return `input[aria-label="${def.ariaLabel}"]`;
}

export async function openNewDraft(page: Page, baseUrl: string, year: number): Promise<void> {
  await page.goto(`${baseUrl}#/new/${year}`);
  await page.waitForURL(/#\/draft\//);
  await page.locator('table.stat-t3 caption').waitFor();
}

/** Dispatches a real ClipboardEvent carrying text/plain on the focused element, as Excel/WPS表格 would put it. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Dispatches a paste carrying text/html (and text/plain), as Word, WPS or a web page would put it. */
export async function pasteHtml(page: Page, html: string, text: string): Promise<void> {
  await page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', t!);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

/** Every 表三 cell whose shown value differs from the expected one. */
export async function wrongT3Cells(page: Page, format: FormatDef, expected: Record<string, string>): Promise<string[]> {
  const shown = await page
    .locator('table.stat-t3 input')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), (e as HTMLInputElement).value] as const));
  const byKey = new Map(shown);
  return format.tables.t3.cells.map((c) => c.key).filter((k) => byKey.get(k) !== (expected[k] ?? ''));
}

export async function activeLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

/**
 * A complete, balanced 表三 of the 2021 format as the 25×7 block a clerk copies from Excel
 * (rows 一, 二, 三（一）…（七）, 四; columns 自然人 … 其他, 总计), with its expected values by key.
 */
export function balancedT3Block(format: FormatDef = FORMAT_2021): { rows: string[][]; expected: Record<string, string> } {
  const t3 = format.tables.t3;
  const rowKeys = [...new Set(t3.cells.map((c) => c.rowKey))];
  const colKeys = [...new Set(t3.cells.map((c) => c.colKey))];
  const resultRows = rowKeys.filter((r) => !['new', 'carried', 'results', 'carryover'].includes(r));
  const expected: Record<string, string> = {};
  colKeys.slice(0, 6).forEach((col, c) => {
    expected[`t3.new.${col}`] = String(30 + c);
    expected[`t3.carried.${col}`] = '2';
    for (const r of resultRows) expected[`t3.${r}.${col}`] = '1';
    expected[`t3.results.${col}`] = String(resultRows.length);
    expected[`t3.carryover.${col}`] = String(30 + c + 2 - resultRows.length);
  });
  for (const row of rowKeys) {
    expected[`t3.${row}.total`] = String(colKeys.slice(0, 6).reduce((n, col) => n + Number(expected[`t3.${row}.${col}`]), 0));
  }
  const rows = rowKeys.map((row) => colKeys.map((col) => expected[`t3.${row}.${col}`]!));
  return { rows, expected };
}

/** As Excel/WPS put a range on the clipboard: cells holding a tab, line break or quote are quoted. */
export function toTsv(rows: string[][]): string {
  const quote = (c: string) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${rows.map((r) => r.map(quote).join('\t')).join('\r\n')}\r\n`;
}

/**
 * A table as a clerk copies it from a WPS/Excel/Word file of the official template: header rows and label
 * columns included, a merged cell's text at its top-left and empty fields under the rest, and the small
 * differences real files have (half-width brackets, line breaks inside labels, 釆 for 采, stray spaces).
 */
export function wpsStyleBlock(format: FormatDef, table: TableId, values: Record<string, string>): string[][] {
  return officialGrid(format.tables[table]).map((line, r) =>
    line.map((slot) => {
      if (!slot?.origin) return '';
      if (slot.item.kind === 'value') return values[slot.item.key] ?? '';
      let text = slot.item.text;
      if (r % 2 === 0) text = text.replace(/（/g, '(').replace(/）/g, ')');
      if (text === '商业企业') text = '商业\n企业';
      if (r % 3 === 0) text = text.replace(/采/g, '釆').replace(/、/, '、 ');
      return text;
    }),
  );
}

/** The HTML a word processor puts on the clipboard for the same table: merged cells as rowspan/colspan. */
export function wordHtmlTable(format: FormatDef, table: TableId, values: Record<string, string>): string {
  const def = format.tables[table];
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = def.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell) => {
            const span = `${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan ? ` colspan="${cell.colspan}"` : ''}`;
            const text = cell.type === 'value' ? (values[cell.key] ?? '') : (cell.lines ?? [cell.text]).map(esc).join('<br>');
            return `<td${span}><p class=MsoNormal><span lang=ZH-CN>${text}</span></p></td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<html><head><meta charset="utf-8"><style>td{border:1px solid}</style></head><body><!--StartFragment--><table class=MsoTableGrid border=1>${rows}</table><!--EndFragment--></body></html>`;
}
