// Draws the toolbar icons (three text lines, a "declaration", on a blue rounded square) as PNGs with no
// image library. Deliberately not a tick or a shield: the extension never grades a site.
// Run `node extension/icons/make-icons.mjs`; the PNGs in public/icons and store/listing are committed.
import { mkdirSync, writeFileSync } from "node:fs";
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

/**
 * An RGBA image of width × height with the glyph (a blue rounded square with three text lines) drawn
 * in the square `box` ({x, y, size}); outside it the `background` colour (RGBA), transparent for icons.
 */
function draw(width, height, box, background = [0, 0, 0, 0]) {
  const { size } = box;
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
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) {
      const cx = x + 0.5 - box.x;
      const cy = y + 0.5 - box.y;
      const r = size * 0.2;
      const qx = Math.max(r - cx, cx - (size - r), 0);
      const qy = Math.max(r - cy, cy - (size - r), 0);
      const inside = Math.max(0, Math.min(1, r - Math.hypot(qx, qy) + 0.5));
      const d = Math.min(...lines.map(([a, b]) => distanceToSegment(cx, cy, a, b)));
      const white = Math.max(0, Math.min(1, Math.max(size * 0.055, 1) - d + 0.5));
      const mix = (blue, w) => Math.round(blue * (1 - white) + w * white);
      const glyph = [mix(0x1d, 255), mix(0x4e, 255), mix(0xd8, 255)];
      const alpha = inside + (background[3] / 255) * (1 - inside);
      const over = (channel) =>
        alpha === 0
          ? 0
          : Math.round(
              (glyph[channel] * inside + background[channel] * (background[3] / 255) * (1 - inside)) / alpha,
            );
      row.set([over(0), over(1), over(2), Math.round(alpha * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const icon = (size) => draw(size, size, { x: 0, y: 0, size });

// In the extension: 16/32 toolbar, 48 extensions page, 128 install dialog (Chrome); 48/96 (Firefox).
for (const size of [16, 32, 48, 96, 128])
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), icon(size));

// For the store listings (not shipped in the extension): the 128 × 128 store icon (Chrome Web Store and
// addons.mozilla.org; the Chrome guideline is 96 × 96 artwork with 16 px transparent padding) and the
// Chrome Web Store's 440 × 280 small promo tile.
const listing = new URL("../store/listing/", import.meta.url);
mkdirSync(listing, { recursive: true });
writeFileSync(new URL("store-icon-128.png", listing), draw(128, 128, { x: 16, y: 16, size: 96 }));
writeFileSync(
  new URL("promo-tile-440x280.png", listing),
  draw(440, 280, { x: 140, y: 60, size: 160 }, [0xee, 0xf2, 0xff, 255]),
);
