// The two hostile .docx of issue #16: a 16 KB entity blow-up and a small zip holding ~39 MB of XML.
import { zipSync } from 'fflate';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Billion laughs: ten levels of ten references, about 16 KB with its padding. */
export function entityBomb(): Uint8Array {
  let dtd = '<!ENTITY l0 "哈哈哈哈哈哈哈哈哈哈">';
  for (let i = 1; i < 10; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
  const xml = `<?xml version="1.0"?><!DOCTYPE w:document [${dtd}]><w:document ${W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p>${'<w:p/>'.repeat(1500)}</w:body></w:document>`;
  return zipSync(
    { '[Content_Types].xml': new TextEncoder().encode(CONTENT_TYPES), 'word/document.xml': new TextEncoder().encode(xml) },
    { level: 0 },
  );
}

/** ~39 MB of paragraphs that deflate to a few dozen KB. */
export function zipBomb(): Uint8Array {
  const paragraph =
    '<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((39 * 1024 * 1024) / paragraph.length));
  const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
  return zipSync(
    { '[Content_Types].xml': new TextEncoder().encode(CONTENT_TYPES), 'word/document.xml': new TextEncoder().encode(xml) },
    { level: 9 },
  );
}

/** A large but legal document (many long paragraphs under the limits): takes the reader a while. */
export function slowDocx(paragraphs = 19_000): Uint8Array {
  const text = '本年度我局认真贯彻落实政府信息公开条例，主动公开各类政府信息。'.repeat(8);
  const body = `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`.repeat(paragraphs);
  const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>${body}</w:body></w:document>`;
  return zipSync(
    { '[Content_Types].xml': new TextEncoder().encode(CONTENT_TYPES), 'word/document.xml': new TextEncoder().encode(xml) },
    { level: 6 },
  );
}
