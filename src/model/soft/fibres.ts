/**
 * Fibre lines and tendon share per vertex of a lofted muscle, for the muscle material (striation along the
 * fibres; pale, glossy tendon at the muscle's tendinous ends). A loft's vertices are ring-major (`ring`
 * vertices per ring, then the two cap centres: kernel/loft.ts) and its fibres run from ring to ring, so a
 * line of constant angle round the rings is a fibre: each vertex gets that angle (as its cosine and sine, so
 * it has no seam), the number of striae round the muscle (a whole number, so the pattern closes), and how
 * much of its ring is muscle.
 *
 * Tendon share: given per ring by the muscle's spec (the tendinous length of each end: `End.tendon` of a
 * limb muscle, `tendons` of a path or sheet), not guessed from the section's size, so a fleshy end stays
 * muscle however narrow it is (psoas and quadratus lumborum at L1, vastus intermedius on the shaft).
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

export const smoothstep = (a: number, b: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/** Length (fraction of a path or sheet) over which muscle turns into its tendon. */
export const TENDON_FADE = 0.08;

/**
 * Muscle share at fraction u along a path or sheet (0 origin, 1 insertion) whose first `origin` and last
 * `insertion` fractions are tendon (0: a fleshy end); the belly fades into each tendon over TENDON_FADE.
 */
export function muscleAlong(u: number, origin = 0, insertion = 0): number {
  const o = origin > 0 ? smoothstep(origin, origin + TENDON_FADE, u) : 1;
  const i = insertion > 0 ? 1 - smoothstep(1 - insertion - TENDON_FADE, 1 - insertion, u) : 1;
  return o * i;
}

/**
 * Fibres of a loft with `ring` vertices per ring (positions as they are after fitting); `muscle` is each
 * ring's muscle share (1 muscle, 0 tendon), from the spec.
 */
export function loftFibres(positions: Float32Array, ring: number, muscle: readonly number[]): Fibres {
  const nv = positions.length / 3;
  const rings = Math.floor((nv - 2) / ring);
  if (rings < 2 || rings * ring + 2 !== nv) throw new Error('not a capped loft of this ring size');
  if (muscle.length !== rings) throw new Error('one muscle share per ring');
  const out = new Float32Array(nv * 4);
  // Smooth the share over neighbouring rings, so the change from muscle to tendon is a gradient.
  const smooth = muscle.map((_, r) => {
    let s = 0;
    let w = 0;
    for (let k = -2; k <= 2; k++) {
      const i = r + k;
      if (i < 0 || i >= rings) continue;
      const wk = 3 - Math.abs(k);
      s += muscle[i]! * wk;
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
