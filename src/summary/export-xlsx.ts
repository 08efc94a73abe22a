// Writes 「分单位明细」 as .xlsx with write-excel-file, loaded on this export only (the first load does not grow).
import { downloadBlob } from '../platform/download';
import type { Report } from '../model';
import { detailFileName, detailSheets } from './detail-sheets';

export async function detailWorkbook(units: readonly { name: string; report: Report }[], summary: Report): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheets = detailSheets(units, summary).map((s) => ({
    data: s.rows,
    sheet: s.name,
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
    columns: [{ width: 28 }],
  }));
  return writeXlsxFile(sheets).toBlob();
}

export async function downloadDetailWorkbook(units: readonly { name: string; report: Report }[], summary: Report): Promise<string> {
  const name = detailFileName(summary);
  downloadBlob(await detailWorkbook(units, summary), name);
  return name;
}
