/**
 * How deep soft tissue is kept under the skin field: SKIN_MARGIN (4 mm, the skin mesh's simplification error)
 * everywhere but over the toes, where it falls to TOE_SKIN_MARGIN ahead of the metatarsal heads. A toe's
 * dorsal skin lies only ~4-5 mm over its phalanges (skin.ts), so at 4 mm the clamp pressed the extensor and
 * flexor tendons into the bones; the toes' small, round skin is meshed finely enough for the smaller margin
 * (softTissue.test.ts casts rays from the toe tendons to the skin mesh).
 */
import type { Vec3 } from '../types';
import { footCoords } from '../landmarks';
import { METATARSALS } from '../bones/forefoot';

export const SKIN_MARGIN = 0.004;
export const TOE_SKIN_MARGIN = 0.0012;

/** u of the front of the metatarsal heads (the metatarsophalangeal joints) at lateral offset w, foot frame. */
export function jointLine(w: number): number {
  const heads = METATARSALS.map((m) => [m.head[2], m.head[0] + m.headR] as const);
  if (w <= heads[0]![0]) return heads[0]![1];
  for (let i = 1; i < heads.length; i++) {
    const [w1, u1] = heads[i]!;
    const [w0, u0] = heads[i - 1]!;
    if (w <= w1) return u0 + ((u1 - u0) * (w - w0)) / (w1 - w0);
  }
  return heads[heads.length - 1]![1];
}

/** The margin at a point of the left side (the clamp runs before mirroring): eased over the heads. */
export function skinMarginAt(p: Vec3): number {
  const [u, , w] = footCoords(p);
  // from the heads' centres (~7 mm behind the joint line) to 3 mm ahead of it
  const s = Math.min(1, Math.max(0, (u - jointLine(w) + 0.007) / 0.01));
  return SKIN_MARGIN + (TOE_SKIN_MARGIN - SKIN_MARGIN) * s;
}
