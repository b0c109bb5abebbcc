// Draws the toolbar icons (three text lines, a "declaration", on a blue rounded square) as PNGs with no
// image library. Deliberately not a tick or a shield: the extension never grades a site.
// Run `node extension/icons/make-icons.mjs`; the PNGs in public/icons are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

const distanceToSegment = (px, py, [ax, ay], [bx, by]) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

function icon(size) {
  const rows = [];
  const lines = [
    [
      [0.28, 0.32],
      [0.72, 0.32],
    ],
    [
      [0.28, 0.5],
      [0.72, 0.5],
    ],
    [
      [0.28, 0.68],
      [0.56, 0.68],
    ],
  ].map((line) => line.map(([x, y]) => [x * size, y * size]));
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const r = size * 0.2;
      const qx = Math.max(r - cx, cx - (size - r), 0);
      const qy = Math.max(r - cy, cy - (size - r), 0);
      const inside = Math.max(0, Math.min(1, r - Math.hypot(qx, qy) + 0.5));
      const d = Math.min(...lines.map(([a, b]) => distanceToSegment(cx, cy, a, b)));
      const white = Math.max(0, Math.min(1, Math.max(size * 0.055, 1) - d + 0.5));
      const mix = (blue, w) => Math.round(blue * (1 - white) + w * white);
      row.set([mix(0x1d, 255), mix(0x4e, 255), mix(0xd8, 255), Math.round(inside * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128])
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), icon(size));
