// Shared by the editor's browser tests and benchmark: open a new draft, address cells by aria-label, paste blocks.
import type { Page } from 'playwright-core';
import { FORMAT_2021, type FormatDef } from '../../src/formats';

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

export async function activeLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

/**
 * A complete, balanced 表三 of the 2021 format as the 25×7 block a clerk copies from Excel
 * (rows 一, 二, 三（一）…（七）, 四; columns 自然人 … 其他, 总计), with its expected values by key.
 */
export function balancedT3Block(): { rows: string[][]; expected: Record<string, string> } {
  const t3 = FORMAT_2021.tables.t3;
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

export function toTsv(rows: string[][]): string {
  return rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
}
