// Reads what a unit sent: a backup .json from its own copy of the app, a .docx or a .pdf (the import's readers and
// recogniser), or a text copy (.txt, or text pasted from a PDF). Thin adapter over src/import and src/store/backup; nothing is stored here.
import type { ImportResult } from '../import/notes';
import type { Report } from '../model';
import type { ReceiptSource } from '../store/summary-record';

export interface ReadReport {
  report: Report;
  source: ReceiptSource;
  fileName: string;
  /** What the recogniser doubted, to show before the clerk confirms. */
  doubts: number;
}

export type ReadResult = { ok: true; reports: ReadReport[] } | { ok: false; message: string };

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function readUnitFile(file: File): Promise<ReadResult> {
  const name = file.name;
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: `“${name}”太大（超过 20 MB），不像是年度报告。` };
  const lower = name.toLowerCase();
  try {
    if (lower.endsWith('.json')) {
      const { readBackupFile } = await import('../store/backup');
      const parsed = await readBackupFile(file);
      if (!parsed.ok) return { ok: false, message: `“${name}”：${parsed.message}` };
      return { ok: true, reports: parsed.reports.map((report) => ({ report, source: 'backup', fileName: name, doubts: 0 })) };
    }
    if (lower.endsWith('.txt')) return recognised(await file.text(), 'text', name);
    if (lower.endsWith('.pdf')) {
      // The import page's PDF reader, recognising on this page as for .docx here (the one-file build's stand-in
      // says it cannot, and what to do instead).
      const [{ readPdf }, { recognisePdf }, bytes] = await Promise.all([
        import('../import/pdf/read-pdf'),
        import('../import/blocks'), // recognisePdf, through the chunk this page already loads for text
        file.arrayBuffer(),
      ]);
      const onPage = (pages: Parameters<typeof recognisePdf>[0]) => ({
        done: Promise.resolve(recognisePdf(pages, name)),
        cancel: () => {},
      });
      const outcome = await readPdf(name, new Uint8Array(bytes), onPage).done;
      if (!outcome.ok) return { ok: false, message: outcome.message };
      return fromResult(outcome.result, 'pdf', name);
    }
    const [{ readDocx }, { recogniseReport }, bytes] = await Promise.all([
      import('../import/docx-reader'),
      import('../import/recognise'),
      file.arrayBuffer(),
    ]);
    const read = readDocx(new Uint8Array(bytes));
    if (!read.ok) return { ok: false, message: `“${name}”：${read.message}` };
    return fromResult(recogniseReport(read.blocks, { kind: 'docx', fileName: name }), 'docx', name);
  } catch (e) {
    return { ok: false, message: `读取“${name}”时出错：${e instanceof Error ? e.message : String(e)}` };
  }
}

function fromResult(result: ImportResult, source: 'docx' | 'pdf', name: string): ReadResult {
  if (result.found.cellsRead === 0) return { ok: false, message: `“${name}”中没有识别出年度报告的统计表。` };
  return {
    ok: true,
    reports: [{ report: result.report, source, fileName: name, doubts: result.notes.filter((n) => n.level !== 'info').length }],
  };
}

/** A pasted or .txt copy of a report (for a PDF: its copied text). */
export async function recognised(text: string, source: 'text' | 'pdf', fileName: string): Promise<ReadResult> {
  if (text.trim() === '') return { ok: false, message: '文字是空的。请复制报告全文（包括表格）后再粘贴。' };
  const [{ textToBlocks }, { recogniseReport }] = await Promise.all([import('../import/blocks'), import('../import/recognise')]);
  const result = recogniseReport(textToBlocks(text), { kind: 'text', fileName });
  if (result.found.cellsRead === 0)
    return { ok: false, message: `${fileName ? `“${fileName}”` : '粘贴的文字'}中没有识别出年度报告的统计表。` };
  return {
    ok: true,
    reports: [{ report: result.report, source, fileName, doubts: result.notes.filter((n) => n.level !== 'info').length }],
  };
}
