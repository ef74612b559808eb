/**
 * Fibre lines and tendon share per vertex of a lofted muscle, for the muscle material (striation along the
 * fibres; pale, glossy tendon where the muscle narrows to its tendon). A loft's vertices are ring-major
 * (`ring` vertices per ring, then the two cap centres: kernel/loft.ts) and its fibres run from ring to ring,
 * so a line of constant angle round the rings is a fibre: each vertex gets that angle (as its cosine and
 * sine, so it has no seam), the number of striae round the muscle (a whole number, so the pattern closes),
 * and how much of its ring is muscle.
 *
 * Tendon share: where a ring's cross-section is both small against the muscle's largest (a tendon is a
 * fraction of its belly's section) and small in itself (tendons of the lower limb are under ~1 cm² in
 * section: Gray's Anatomy 42nd ed.; the Achilles tendon ~0.6-0.9 cm², Magnusson et al. 2003; flat tendons
 * such as the rectus femoris part of the quadriceps tendon, ~3 cm wide and ~7 mm thick, up to ~2 cm²), it is
 * tendon.
 */
/**
 * Four numbers per vertex: cos and sin of the angle round the ring, striae round the muscle / 127, and
 * 1 for muscle, 0 for tendon (a vertex without fibres reads as muscle without striae).
 */
export type Fibres = Float32Array;

/** Spacing of the striae round the widest ring (fascicle bundles a few mm across), metres. */
export const STRIA_SPACING = 0.004;
/** At most this many striae round a muscle (they are stored as a signed byte / 127). */
export const MAX_STRIAE = 127;

const smoothstep = (a: number, b: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/** Section-area ratio (to the largest ring) and absolute area (m²) below which a ring is tendon. */
export const TENDON_RATIO: readonly [number, number] = [0.12, 0.3];
export const TENDON_AREA: readonly [number, number] = [1.0e-4, 2.0e-4];

/** How much of a ring is muscle (1) or tendon (0), from its area and the muscle's largest ring area. */
export function muscleShare(area: number, maxArea: number): number {
  const ratio = area / Math.max(1e-12, maxArea);
  const tendon =
    (1 - smoothstep(TENDON_RATIO[0], TENDON_RATIO[1], ratio)) *
    (1 - smoothstep(TENDON_AREA[0], TENDON_AREA[1], area));
  return 1 - tendon;
}

function ringArea(p: Float32Array, start: number, m: number): number {
  let cx = 0;
  let cy = 0;
  let cz = 0;
  for (let j = 0; j < m; j++) {
    cx += p[3 * (start + j)]!;
    cy += p[3 * (start + j) + 1]!;
    cz += p[3 * (start + j) + 2]!;
  }
  cx /= m;
  cy /= m;
  cz /= m;
  let ax = 0;
  let ay = 0;
  let az = 0;
  for (let j = 0; j < m; j++) {
    const a = 3 * (start + j);
    const b = 3 * (start + ((j + 1) % m));
    const ux = p[a]! - cx;
    const uy = p[a + 1]! - cy;
    const uz = p[a + 2]! - cz;
    const vx = p[b]! - cx;
    const vy = p[b + 1]! - cy;
    const vz = p[b + 2]! - cz;
    ax += uy * vz - uz * vy;
    ay += uz * vx - ux * vz;
    az += ux * vy - uy * vx;
  }
  return 0.5 * Math.hypot(ax, ay, az);
}

/** Fibres of a loft with `ring` vertices per ring (positions as they are after fitting). */
export function loftFibres(positions: Float32Array, ring: number): Fibres {
  const nv = positions.length / 3;
  const rings = Math.floor((nv - 2) / ring);
  if (rings < 2 || rings * ring + 2 !== nv) throw new Error('not a capped loft of this ring size');
  const out = new Float32Array(nv * 4);
  const areas = Array.from({ length: rings }, (_, r) => ringArea(positions, r * ring, ring));
  const maxArea = Math.max(...areas);
  const share = areas.map((a) => muscleShare(a, maxArea));
  // Smooth the share over neighbouring rings, so the change from muscle to tendon is a gradient.
  const smooth = share.map((_, r) => {
    let s = 0;
    let w = 0;
    for (let k = -2; k <= 2; k++) {
      const i = r + k;
      if (i < 0 || i >= rings) continue;
      const wk = 3 - Math.abs(k);
      s += share[i]! * wk;
      w += wk;
    }
    return s / w;
  });
  let perimeter = 0;
  for (let r = 0; r < rings; r++) {
    let p = 0;
    for (let j = 0; j < ring; j++) {
      const i = 3 * (r * ring + j);
      const k = 3 * (r * ring + ((j + 1) % ring));
      p += Math.hypot(
        positions[k]! - positions[i]!,
        positions[k + 1]! - positions[i + 1]!,
        positions[k + 2]! - positions[i + 2]!,
      );
    }
    perimeter = Math.max(perimeter, p);
  }
  const striae = Math.min(MAX_STRIAE, Math.max(8, Math.round(perimeter / STRIA_SPACING))) / MAX_STRIAE;
  for (let r = 0; r < rings; r++) {
    for (let j = 0; j < ring; j++) {
      const a = (2 * Math.PI * j) / ring;
      out.set([Math.cos(a), Math.sin(a), striae, smooth[r]!], 4 * (r * ring + j));
    }
  }
  // cap centres: no angle (the striae meet there), the share of their end ring
  out.set([0, 0, striae, smooth[0]!], 4 * rings * ring);
  out.set([0, 0, striae, smooth[rings - 1]!], 4 * (rings * ring + 1));
  return out;
}
