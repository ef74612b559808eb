import { qrPath } from '../../lib/qrMatrix';
import type { QrResult } from '../../lib/qrMatrix';

/** A QR code drawn as one SVG path: black on white with its quiet zone, crisp at any size and in print. */
export function QrCode({
  qr,
  label,
  testId,
}: {
  qr: Extract<QrResult, { ok: true }>;
  label: string;
  testId: string;
}) {
  const side = qr.size + 8;
  return (
    <svg
      className="qr"
      data-testid={testId}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(qr.size, qr.dark)} fill="#000" />
    </svg>
  );
}
