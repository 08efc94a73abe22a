// Builds a report's .docx in the test process (the same builder the button loads lazily).
import { Packer } from 'docx';
import { buildDocument } from '../../src/export/build-document';
import type { Report } from '../../src/model';
import { openDocx, type DocxParts } from './docx-xml';

export async function docxBytes(report: Report): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocument(report)));
}

export async function exportParts(report: Report): Promise<DocxParts> {
  return openDocx(await docxBytes(report));
}
