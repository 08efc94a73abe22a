// PDFs the tests need that no tool here makes quickly: a scan (pages that are only a picture, no text layer).
import { deflateSync } from 'node:zlib';

/** A PDF of `pages` A4 pages, each one grey image with stripes like lines of print, and no text at all. */
export function imageOnlyPdf(pages = 2): Buffer {
  const w = 420;
  const h = 594;
  const pixels = Buffer.alloc(w * h, 255);
  for (let y = 40; y < h - 40; y++)
    if (y % 18 < 9) for (let x = 40; x < w - 40; x++) pixels[y * w + x] = (x * 7 + y * 3) % 97 < 60 ? 30 : 220;
  const image = deflateSync(pixels);
  const objects: (string | Buffer)[] = [];
  const add = (o: string | Buffer) => objects.push(o) - 1 + 1;
  const catalog = add('');
  const pagesObj = add('');
  const img = add(
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`,
      ),
      image,
      Buffer.from('\nendstream'),
    ]),
  );
  const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
  const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  const kids: number[] = [];
  for (let p = 0; p < pages; p++)
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${img} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o), Buffer.from('\nendobj\n')]);
    parts.push(b);
    size += b.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A PDF of `pages` pages, each with `lines` lines of Helvetica text: many text items, for a long read. */
export function textHeavyPdf(pages: number, lines: number): Buffer {
  const objects: string[] = [];
  const add = (o: string) => objects.push(o);
  add(''); // 1: catalog
  add(''); // 2: pages
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'); // 3
  const kids: number[] = [];
  for (let p = 0; p < pages; p++) {
    const ops: string[] = ['BT /F1 2 Tf'];
    for (let l = 0; l < lines; l++) ops.push(`1 0 0 1 ${20 + (l % 7) * 80} ${830 - (l % 400) * 2} Tm (row ${l} ${p}) Tj`);
    ops.push('ET');
    const stream = ops.join('\n');
    add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    const content = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`);
    kids.push(objects.length);
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const start = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${start}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
