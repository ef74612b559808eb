/**
 * A QR code's modules for a text, made here (qrcode-generator, no network), or a refusal when the text
 * would need a code too dense to scan comfortably from a tablet's screen or a printed page.
 */
import qrcode from 'qrcode-generator';

/**
 * The densest code drawn: version 13 (69×69 modules) at error correction M holds 331 bytes. Past that a
 * 4 cm square on paper has modules under half a millimetre, which phone cameras in a consulting room
 * read poorly; so a longer text is refused, not drawn.
 */
export const MAX_QR_VERSION = 13;
/** Bytes that fit MAX_QR_VERSION at level M in byte mode (ISO/IEC 18004, table 7). */
export const MAX_QR_BYTES = 331;

export type QrResult =
  | { readonly ok: true; readonly size: number; readonly dark: (row: number, col: number) => boolean }
  | { readonly ok: false; readonly reason: 'too-long'; readonly bytes: number };

/** The QR code of `text` (UTF-8, byte mode, level M), or 'too-long'. */
export function qrMatrix(text: string): QrResult {
  const utf8 = new TextEncoder().encode(text);
  const bytes = utf8.length;
  if (bytes > MAX_QR_BYTES) return { ok: false, reason: 'too-long', bytes };
  // The library takes each character's low byte: hand it the UTF-8 bytes, one character each.
  const code = qrcode(0, 'M');
  code.addData(String.fromCharCode(...utf8), 'Byte');
  code.make();
  const size = code.getModuleCount();
  if (size > 17 + 4 * MAX_QR_VERSION) return { ok: false, reason: 'too-long', bytes };
  return { ok: true, size, dark: (row, col) => code.isDark(row, col) };
}

/** The dark modules as one SVG path (one unit per module, a quiet zone of `margin` modules). */
export function qrPath(size: number, dark: (row: number, col: number) => boolean, margin = 4): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1)
    for (let col = 0; col < size; col += 1)
      if (dark(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`);
  return parts.join('');
}
