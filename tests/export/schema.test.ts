// @vitest-environment node
// Every export passes the ISO/IEC 29500 transitional schemas, as Word's strict reader would (Word refuses or
// "repairs" files LibreOffice opens happily). Schemas and validate-docx.sh are vendored in tests/fixtures/ooxml.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormatId } from '../../src/formats';
import type { Report } from '../../src/model';
import { docxBytes } from './build';
import { blankFormatReport, filledReport, hostileReport } from './fixtures';

const validator = new URL('../fixtures/ooxml/validate-docx.sh', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sealed(report: Report): Report {
  return { ...report, sealed: true };
}

const cases: [string, () => Report][] = [];
for (const formatId of ['2019', '2021'] as FormatId[]) {
  cases.push([`${formatId} full`, () => filledReport(formatId)]);
  cases.push([`${formatId} full, sealed`, () => sealed(filledReport(formatId))]);
  cases.push([`${formatId} blank`, () => blankFormatReport(formatId)]);
}
cases.push(['hostile text', hostileReport]);

describe('ISO 29500 schema check', () => {
  it('has xmllint (Debian libxml2-utils)', () => {
    expect(spawnSync('which', ['xmllint']).status, '请安装 Debian 包 libxml2-utils').toBe(0);
  });
  it.each(cases)(
    '%s: every part validates',
    async (name, make) => {
      const file = join(dir, `${name.replace(/[^\w]+/g, '-')}.docx`);
      writeFileSync(file, await docxBytes(make()));
      const result = spawnSync('bash', [validator, file], { encoding: 'utf8', timeout: 60_000 });
      const lines = result.stdout.trim().split('\n');
      expect(result.stdout, result.stdout).not.toMatch(/^BAD|^\?\?/m);
      expect(result.status).toBe(0);
      // The parts that matter were checked, not skipped.
      for (const part of [
        'word/document.xml',
        'word/styles.xml',
        'word/fontTable.xml',
        'word/footer1.xml',
        'word/footer2.xml',
        'docProps/core.xml',
      ]) {
        expect(lines).toContain(`OK  ${part}`);
      }
    },
    60_000,
  );
});
