// @vitest-environment node
// Real PDF files through pdf.js (in Node, its legacy build) and the reader: our own export made into PDF by
// LibreOffice (tests/fixtures/import/own-*.pdf) comes back with every number in its cell; a scan, a PDF with an
// open password and a broken file get their Chinese messages and no report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/formats';
import { recognisePdf, SCANNED_MESSAGE } from '../../src/import/pdf/pdf-report';
import { pageTexts, pdfErrorMessage } from '../../src/import/pdf/read-pdf';
import { imageOnlyPdf } from './pdf-fixtures';
import { score } from './text-fixtures';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name)));

async function importPdf(bytes: Uint8Array, name: string) {
  try {
    const doc = await getDocument({ data: bytes, isEvalSupported: false }).promise;
    return recognisePdf(await pageTexts(doc), name, Date.UTC(2025, 5, 1));
  } catch (e) {
    return { ok: false as const, message: pdfErrorMessage(name, e) };
  }
}

describe.each(['2019', '2021'] as const)('our %s-format export as a LibreOffice PDF', (id) => {
  it('every input cell right, none wrong, no doubt; 单位, 年度, texts and date read', async () => {
    const out = await importPdf(fixture(`own-${id}.pdf`), `own-${id}.pdf`);
    if (!out.ok) throw new Error(out.message);
    const values = JSON.parse(readFileSync(resolve(process.cwd(), `tests/fixtures/import/own-${id}.values.json`), 'utf8'));
    const s = score(values, out.result.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    const r = out.result.report;
    expect(r.formatId).toBe(FORMATS[id].id);
    expect(r.agencyName).toBe('某市人力资源和社会保障局');
    expect(r.year).toBe(id === '2019' ? 2020 : 2024);
    expect(r.texts.overview).toBe(`${r.year}年，本局认真贯彻条例。`.repeat(12));
    expect(r.texts.problems).toBe('一是公开的及时性有待提高。');
    expect(r.dateWritten).toBe(`${r.year + 1}-01-20`);
    expect(out.result.notes.filter((n) => n.level !== 'info')).toEqual([]);
  });
});

describe('PDFs that cannot be read', () => {
  it('a scan (pages that are only pictures) gets the scan message', async () => {
    expect(await importPdf(new Uint8Array(imageOnlyPdf(3)), 'scan.pdf')).toEqual({ ok: false, message: `“scan.pdf”：${SCANNED_MESSAGE}` });
  });

  it('a PDF with an open password says so', async () => {
    const out = await importPdf(fixture('password.pdf'), 'password.pdf');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('设有打开密码');
  });

  it('a broken file says it is not a valid PDF', async () => {
    const out = await importPdf(new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf\n'), 'broken.pdf');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('不是有效的 PDF');
  });
});
