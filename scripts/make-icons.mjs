// Draws the app icon (a report page with a table on the accent colour) as SVG and PNG from one list of
// rectangles, with node's own zlib only, so no image tool is needed. Run by hand after changing the design:
//   node scripts/make-icons.mjs     (writes public/icon.svg, icon-192.png, icon-512.png, icon-maskable-512.png)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const ACCENT = '#0b57d0';
const LIGHT = '#c9dafc';

/** The design on a 512 × 512 grid: [x, y, w, h, radius, colour]. */
function shapes(maskable) {
  const background = maskable ? [0, 0, 512, 512, 0, ACCENT] : [16, 16, 480, 480, 96, ACCENT];
  const page = [
    [136, 88, 240, 336, 20, '#ffffff'],
    [176, 132, 160, 26, 8, ACCENT],
  ];
  const cells = [];
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 3; col++) cells.push([176 + col * 56, 190 + row * 50, 48, 40, 6, col === 0 ? ACCENT : LIGHT]);
  }
  // A maskable icon is cropped to a circle of 80 %: shrink the page around the centre.
  const scale = maskable ? 0.78 : 1;
  const fit = ([x, y, w, h, r, c]) => [256 + (x - 256) * scale, 256 + (y - 256) * scale, w * scale, h * scale, r * scale, c];
  return [background, ...[...page, ...cells].map(fit)];
}

function svg() {
  const rects = shapes(false).map(([x, y, w, h, r, c]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${c}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${rects.join('')}</svg>\n`;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function inside([x, y, w, h, r], px, py) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** RGBA pixels, 4 × 4 samples per pixel for smooth edges. */
function raster(size, maskable) {
  const list = shapes(maskable).map((s) => ({ s, c: rgb(s[5]) }));
  const px = Buffer.alloc(size * size * 4);
  const k = 512 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const gx = (x + (sx + 0.5) / 4) * k;
          const gy = (y + (sy + 0.5) / 4) * k;
          let hit = null;
          for (const item of list) if (inside(item.s, gx, gy)) hit = item.c;
          if (hit) {
            acc[0] += hit[0];
            acc[1] += hit[1];
            acc[2] += hit[2];
            acc[3] += 1;
          }
        }
      }
      const o = (y * size + x) * 4;
      if (acc[3]) for (let i = 0; i < 3; i++) px[o + i] = Math.round(acc[i] / acc[3]);
      px[o + 3] = Math.round((acc[3] / 16) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, maskable) {
  const px = raster(size, maskable);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon.svg', out), svg());
writeFileSync(new URL('icon-192.png', out), png(192, false));
writeFileSync(new URL('icon-512.png', out), png(512, false));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, true));
console.log('icons written to public/');
