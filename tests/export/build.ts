// Builds a report's .docx in the test process (the same builder and part overrides the button loads lazily).
import { exportDocxBytes } from '../../src/export/build-document';
import type { Report } from '../../src/model';
import { openDocx, type DocxParts } from './docx-xml';

export async function docxBytes(report: Report): Promise<Uint8Array> {
  return exportDocxBytes(report);
}

export async function exportParts(report: Report): Promise<DocxParts> {
  return openDocx(await docxBytes(report));
}
