import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { MAX_QR_BYTES, MAX_QR_VERSION, qrMatrix, qrPath } from './qrMatrix';

/** Draws the modules as a scanner sees them (4 px each, quiet zone of 4) and decodes them with jsQR. */
function scan(size: number, dark: (row: number, col: number) => boolean) {
  const scale = 4;
  const side = (size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y += 1)
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - 4;
      const col = Math.floor(x / scale) - 4;
      if (row >= 0 && col >= 0 && row < size && col < size && dark(row, col)) {
        const at = (y * side + x) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  return jsQR(pixels, side, side);
}

describe('qrMatrix', () => {
  it('encodes a link that a scanner reads back exactly', () => {
    const link = 'https://clinic.example/explorer/?hurts=side_of_hip:right,outside_of_knee:right&lang=es';
    const qr = qrMatrix(link);
    if (!qr.ok) throw new Error('refused');
    expect(scan(qr.size, qr.dark)?.data).toBe(link);
  });

  it('encodes non-ASCII text as UTF-8', () => {
    const text = 'https://clínica.example/¿dónde?';
    const qr = qrMatrix(text);
    if (!qr.ok) throw new Error('refused');
    expect(scan(qr.size, qr.dark)?.data).toBe(text);
  });

  it('draws the longest accepted text at the densest version allowed, and refuses one byte more', () => {
    const longest = `https://clinic.example/?${'a'.repeat(MAX_QR_BYTES - 24)}`;
    const qr = qrMatrix(longest);
    if (!qr.ok) throw new Error('refused');
    expect(qr.size).toBe(17 + 4 * MAX_QR_VERSION);
    expect(scan(qr.size, qr.dark)?.data).toBe(longest);
    expect(qrMatrix(`${longest}a`)).toEqual({ ok: false, reason: 'too-long', bytes: MAX_QR_BYTES + 1 });
  });

  it('counts bytes, not characters: accented text is refused sooner', () => {
    const accented = 'é'.repeat(Math.ceil((MAX_QR_BYTES + 1) / 2)); // 166 characters, 332 bytes
    expect(accented.length).toBeLessThan(MAX_QR_BYTES);
    expect(qrMatrix(accented)).toMatchObject({ ok: false, bytes: 2 * accented.length });
  });

  it('refuses a megabyte at once', () => {
    expect(qrMatrix('x'.repeat(1_000_000))).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('writes one unit square per dark module, shifted by the quiet zone', () => {
    expect(qrPath(2, (row, col) => row === col, 4)).toBe('M4 4h1v1h-1zM5 5h1v1h-1z');
  });
});
