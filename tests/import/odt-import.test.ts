// .odt as WPS and LibreOffice save it: our own export converted by LibreOffice reads back like the .docx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { readDocument } from '../../src/import/read-document';
import { blankReport } from '../../src/model';
import { docxBytes } from '../export/build';
import { distinctValues } from './docx-fixtures';
import { score } from './text-fixtures';

function docxToOdt(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-odt-'));
  try {
    writeFileSync(join(dir, 'r.docx'), docx);
    spawnSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'odt', '--outdir', dir, join(dir, 'r.docx')],
      { timeout: 120_000 },
    );
    const odt = join(dir, 'r.odt');
    if (!existsSync(odt)) throw new Error('LibreOffice（soffice）未能把 .docx 转为 .odt：请安装 libreoffice-writer-nogui。');
    return new Uint8Array(readFileSync(odt));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each([FORMAT_2019, FORMAT_2021] as FormatDef[])('%s .odt', (format) => {
  it('reads every number, the title and the texts', async () => {
    const year = format.id === '2019' ? 2020 : 2024;
    const report = blankReport({ year, agencyName: '某县财政局' });
    report.values = distinctValues(format);
    delete report.values['t3.new.natural'];
    report.texts = { overview: '本年度工作。\n（一）主动公开。', problems: '一是不足。', other: '无。' };
    const odt = docxToOdt(await docxBytes(report));
    const out = readDocument({
      kind: 'odt',
      name: 'r.odt',
      bytes: odt.buffer.slice(odt.byteOffset, odt.byteOffset + odt.byteLength) as ArrayBuffer,
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const { report: back } = out.result;
    const s = score(report.values, back.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    expect(back.agencyName).toBe('某县财政局');
    expect(back.year).toBe(year);
    expect(back.texts).toEqual(report.texts);
  }, 120_000);
});
