// Draws the app icon and writes it as PNG: build/icon.png (1024×1024, from which
// electron-builder derives the .ico, .icns and Linux sizes) and resources/icon.png
// (512×512, the window icon on Linux). No dependencies: shapes are drawn with signed
// distance functions (which anti-alias for free) and encoded with node:zlib.
//
//   node build/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TOP = [0x5c, 0x6b, 0xc0]; // indigo 400
const BOTTOM = [0x39, 0x49, 0xab]; // indigo 600, the renderer's primary colour
const GLYPH = [0xff, 0xff, 0xff];

/** Signed distances in a 1024-unit design space: negative inside, positive outside. */
function roundedSquare(x, y, inset, radius) {
  const half = 512 - inset;
  const qx = Math.abs(x - 512) - (half - radius);
  const qy = Math.abs(y - 512) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function circle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}

/** A contact silhouette: a head over shoulders (a disc cut flat at the bottom). */
function person(x, y) {
  const head = circle(x, y, 512, 400, 138);
  const shoulders = Math.max(circle(x, y, 512, 850, 262), y - 742);
  return Math.min(head, shoulders);
}

function render(size) {
  const scale = 1024 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) * scale;
      const y = (py + 0.5) * scale;
      // Coverage from distance: one pixel of soft edge is anti-aliasing.
      const background = coverage(roundedSquare(x, y, 100, 185), scale);
      const glyph = coverage(person(x, y), scale);
      const t = y / 1024;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const base = TOP[c] + (BOTTOM[c] - TOP[c]) * t;
        pixels[offset + c] = Math.round(base + (GLYPH[c] - base) * glyph);
      }
      pixels[offset + 3] = Math.round(255 * background);
    }
  }
  return encodePng(size, size, pixels);
}

function coverage(distance, pixelSize) {
  return Math.min(Math.max(0.5 - distance / pixelSize, 0), 1);
}

function encodePng(width, height, rgba) {
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each scanline starts with its filter type; 0 (none) is fine, deflate does the rest.
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

for (const [file, size] of [
  ['build/icon.png', 1024],
  ['resources/icon.png', 512],
]) {
  writeFileSync(new URL(`../${file}`, import.meta.url), render(size));
  console.log(`wrote ${file} (${size}×${size})`);
}
