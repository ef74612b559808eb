/**
 * Volume of the space a muscle mesh encloses. A closed, non-overlapping mesh has the exact divergence-
 * theorem volume (kernel/mesh.ts signedVolume); but a muscle drawn as several heads overlaps itself where
 * the heads fuse (gastrocnemius), and the signed sum would count the overlap twice. So the solid is
 * integrated column by column instead: along a vertical line, each crossing with a downward-facing
 * triangle enters the solid and each upward-facing one leaves it (winding number); the length where the
 * winding number is positive is the union's. Columns on a square grid of `step` metres in x–z.
 */
import type { RawMesh } from '../types.ts';

export function unionVolume(m: RawMesh, step = 0.001): number {
  const p = m.positions;
  const idx = m.indices;
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (let i = 0; i < p.length; i += 3) {
    minX = Math.min(minX, p[i]!);
    maxX = Math.max(maxX, p[i]!);
    minZ = Math.min(minZ, p[i + 2]!);
    maxZ = Math.max(maxZ, p[i + 2]!);
  }
  // Column centres sit half a step in from a grid aligned to `step` (never exactly on a vertex grid).
  const x0 = Math.floor(minX / step) * step + step * 0.5013;
  const z0 = Math.floor(minZ / step) * step + step * 0.4987;
  const nx = Math.ceil((maxX - x0) / step) + 1;
  const nz = Math.ceil((maxZ - z0) / step) + 1;
  const hits: { y: number; w: number }[][] = Array.from({ length: nx * nz }, () => []);
  for (let t = 0; t < idx.length; t += 3) {
    const a = 3 * idx[t]!;
    const b = 3 * idx[t + 1]!;
    const c = 3 * idx[t + 2]!;
    const ax = p[a]!;
    const az = p[a + 2]!;
    const bx = p[b]!;
    const bz = p[b + 2]!;
    const cx = p[c]!;
    const cz = p[c + 2]!;
    // Signed area of the x–z projection: its sign says whether the triangle faces up or down.
    const det = (bx - ax) * (cz - az) - (cx - ax) * (bz - az);
    if (det === 0) continue;
    const i0 = Math.max(0, Math.ceil((Math.min(ax, bx, cx) - x0) / step));
    const i1 = Math.min(nx - 1, Math.floor((Math.max(ax, bx, cx) - x0) / step));
    const k0 = Math.max(0, Math.ceil((Math.min(az, bz, cz) - z0) / step));
    const k1 = Math.min(nz - 1, Math.floor((Math.max(az, bz, cz) - z0) / step));
    for (let i = i0; i <= i1; i++) {
      const x = x0 + i * step;
      for (let k = k0; k <= k1; k++) {
        const z = z0 + k * step;
        const u = ((x - ax) * (cz - az) - (cx - ax) * (z - az)) / det;
        const v = ((bx - ax) * (z - az) - (x - ax) * (bz - az)) / det;
        if (u < 0 || v < 0 || u + v > 1) continue;
        const y = p[a + 1]! + u * (p[b + 1]! - p[a + 1]!) + v * (p[c + 1]! - p[a + 1]!);
        // Outward normal's y = -det/2 for counter-clockwise winding seen from outside (x–z is left-handed
        // seen from +y): det > 0 faces down, so crossing it upwards enters the solid.
        hits[i * nz + k]!.push({ y, w: det > 0 ? 1 : -1 });
      }
    }
  }
  let volume = 0;
  for (const col of hits) {
    if (col.length < 2) continue;
    col.sort((s, t) => s.y - t.y);
    let winding = 0;
    let from = 0;
    for (const h of col) {
      const before = winding;
      winding += h.w;
      if (before <= 0 && winding > 0) from = h.y;
      else if (before > 0 && winding <= 0) volume += h.y - from;
    }
  }
  return volume * step * step;
}
