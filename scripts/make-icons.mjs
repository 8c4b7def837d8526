// Draws VirtScope's icons into public/icons/ — an SVG and PNGs from one description, with
// Node's built-in modules only: `node scripts/make-icons.mjs`. The picture is a layer stack
// (hardware, a hypervisor, two guests side by side) in the page's accent blue
// (--accent-strong in src/ui/styles/tokens.css). Run it again after changing the drawing.
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0x05, 0x50, 0xae];
const WHITE = [0xff, 0xff, 0xff];

/** Rounded rectangles in a unit square, drawn in order: x, y, width, height, corner radius, colour, opacity. */
const LAYERS = [
  { x: 0.18, y: 0.24, w: 0.3, h: 0.2, r: 0.035, c: WHITE, a: 0.7 },
  { x: 0.52, y: 0.24, w: 0.3, h: 0.2, r: 0.035, c: WHITE, a: 0.7 },
  { x: 0.18, y: 0.49, w: 0.64, h: 0.12, r: 0.035, c: WHITE, a: 0.85 },
  { x: 0.18, y: 0.66, w: 0.64, h: 0.12, r: 0.035, c: WHITE, a: 1 },
];

/** The icon's shapes: a rounded tile, or for a maskable icon a full-bleed one with the stack inside the 80 % safe circle. */
function shapes(maskable) {
  const background = { x: 0, y: 0, w: 1, h: 1, r: maskable ? 0 : 0.18, c: ACCENT, a: 1 };
  const k = maskable ? 0.75 : 1;
  const fit = (s) => ({ ...s, x: 0.5 + (s.x - 0.5) * k, y: 0.5 + (s.y - 0.5) * k, w: s.w * k, h: s.h * k, r: s.r * k });
  return [background, ...LAYERS.map(fit)];
}

function inside(s, x, y) {
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  const dx = Math.max(s.x + s.r - x, 0, x - (s.x + s.w - s.r));
  const dy = Math.max(s.y + s.r - y, 0, y - (s.y + s.h - s.r));
  return dx * dx + dy * dy <= s.r * s.r;
}

/** RGBA pixels, each averaged over 4×4 samples for smooth edges. */
function raster(size, list) {
  const n = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (pxX + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let rgb = [0, 0, 0];
          let alpha = 0;
          for (const s of list) {
            if (!inside(s, x, y)) continue;
            rgb = rgb.map((v, i) => v * (1 - s.a) + s.c[i] * s.a);
            alpha = alpha * (1 - s.a) + s.a;
          }
          for (let i = 0; i < 3; i++) acc[i] += rgb[i];
          acc[3] += alpha;
        }
      }
      const o = (py * size + pxX) * 4;
      const a = acc[3] / (n * n);
      for (let i = 0; i < 3; i++) px[o + i] = a > 0 ? Math.round(acc[i] / (n * n) / a) : 0;
      px[o + 3] = Math.round(a * 255);
    }
  }
  return px;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function svg(list) {
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const rect = (s) =>
    `  <rect x="${s.x * 512}" y="${s.y * 512}" width="${s.w * 512}" height="${s.h * 512}" rx="${s.r * 512}" fill="${hex(s.c)}"${s.a < 1 ? ` fill-opacity="${s.a}"` : ''}/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">\n${list.map(rect).join('\n')}\n</svg>\n`;
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon.svg', out), svg(shapes(false)));
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, out), png(size, raster(size, shapes(false))));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, raster(512, shapes(true))));
