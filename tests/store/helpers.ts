// A fresh, empty IndexedDB for each test (fake-indexeddb), and small builders of realistic reports.
import { IDBFactory } from 'fake-indexeddb';
import { closeDb } from '../../src/store/db';
import { getFormat } from '../../src/formats';
import type { Report } from '../../src/model';

export async function freshDb(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}

/** Every input cell of the report's format filled with a distinct valid value. */
export function fillAll(report: Report, seed = 1): Report {
  const format = getFormat(report.formatId);
  const values: Record<string, string> = {};
  let n = seed;
  for (const cell of format.cellsByKey.values()) {
    if (cell.kind === 'total') continue;
    n++;
    values[cell.key] = cell.kind === 'money' ? `${n}.${n % 7}5` : cell.kind === 'signed' && n % 3 === 0 ? `-${n}` : String(n);
  }
  return {
    ...report,
    values,
    texts: {
      overview: `总体情况第一段${seed}\n（一）主动公开\n第二段“引号”`,
      problems: `问题${seed}\n改进措施`,
      other: '无收取信息处理费情况。',
    },
    dateWritten: '2025-01-20',
    signature: '某某市人民政府办公室',
    agencyLevel: 'county',
    declaredTotals: { 't3.new.total': '99' },
  };
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
