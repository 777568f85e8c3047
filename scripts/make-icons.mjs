#!/usr/bin/env node
/**
 * Writes the extension's icons (public/icons/icon-{16,32,48,96,128}.png): a rounded blue
 * square with an outline drawn in white (a heading bar, then two indented bullet lines).
 * Plain Node (zlib + a CRC32), no image library. Run once; the PNGs are committed.
 *   node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128]; // what Chrome and Firefox ask for (toolbar, menus, add-on pages, stores)
const SUPERSAMPLE = 4; // 4×4 samples per pixel for smooth edges
const BLUE = [37, 99, 235];
const WHITE = [255, 255, 255];

/** Shapes in a 0..1 unit square: [x0, y0, x1, y1, radius] rounded rectangles, in paint order. */
const BACKGROUND = [0.02, 0.02, 0.98, 0.98, 0.22];
const MARKS = [
  [0.2, 0.24, 0.8, 0.36, 0.06], // heading
  [0.2, 0.47, 0.3, 0.57, 0.05], // bullet
  [0.38, 0.47, 0.8, 0.57, 0.05],
  [0.2, 0.67, 0.3, 0.77, 0.05], // bullet
  [0.38, 0.67, 0.7, 0.77, 0.05],
];

function inRoundedRect(x, y, [x0, y0, x1, y1, r]) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let coverage = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!inRoundedRect(x, y, BACKGROUND)) continue;
          coverage++;
          if (MARKS.some((mark) => inRoundedRect(x, y, mark))) white++;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const mix = coverage ? white / coverage : 0;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      pixels[offset + 3] = Math.round((255 * coverage) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter byte 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../public/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`icon-${size}.png`, outDir), png(size, render(size)));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to public/icons/`);
