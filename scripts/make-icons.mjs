// Draws Gelassen's toolbar icon (a teal speech bubble holding a calm, level wave) at every size the manifest
// lists. The PNGs in assets/icons are this script's output; rerun it after changing the drawing.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const TEAL = [31, 122, 109];
const WHITE = [255, 255, 255];
const SAMPLES = 4;

/** Coverage of one point in a 1×1 design space: 0 outside, 1 bubble, 2 wave. */
function shape(x, y) {
  const inRoundRect = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  const bubble = inRoundRect(0.06, 0.08, 0.94, 0.78, 0.2);
  const tail = y >= 0.7 && y <= 0.94 && x >= 0.2 && x <= 0.42 && x - 0.2 <= (0.94 - y) * 0.9;
  if (!bubble && !tail) return 0;
  const wave = (cx, amp) => cx + amp * Math.sin((x - 0.2) * Math.PI * 2.5);
  const onWave = (cy, amp) => x >= 0.22 && x <= 0.78 && Math.abs(y - wave(cy, amp)) <= 0.045;
  return onWave(0.34, 0.035) || onWave(0.52, 0.02) ? 2 : 1;
}

function crc32(bytes) {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!s) continue;
          const c = s === 2 ? WHITE : TEAL;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / SAMPLES ** 2);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128])
  writeFileSync(new URL(`../assets/icons/icon-${size}.png`, import.meta.url), png(size));
