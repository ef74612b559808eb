/**
 * Where the long toe tendons run on the toes (foot u, v, w on a 27 cm foot; bones/forefoot.ts): the
 * extensors on the dorsum of each toe, the flexors on its plantar face, each to the base of the distal
 * phalanx (Gray's Anatomy 42nd ed.: extensor digitorum longus' slips to the middle and distal phalanges of
 * toes 2-5, flexor digitorum longus' tendons to the bases of their distal phalanges; the hallucis longus
 * tendons to the base of the hallux's distal phalanx).
 */
import type { Vec3 } from '../../types';
import { METATARSALS, toePhalanges } from '../../bones/forefoot';

/**
 * Points `clear` off the dorsal (face 1) or plantar (face -1) surface of toe `toe` (0 the hallux): over its
 * metatarsal head, then over the base (the joint) and the middle of each phalanx, ending on the base of the
 * distal phalanx (the insertion). Offsets are square to each phalanx's axis, so they follow the toe's curl.
 * The middle points lie `waist` radii off the axis (1: on the shaft; more: the tendon spans the waist between
 * the broad bases, as one held in its fibrous sheath does); with `joint`, a point `joint` radii off the head
 * of each phalanx but the last follows its middle point (under or over the joint with the next).
 */
export function alongToe(toe: number, face: 1 | -1, clear: number, waist = 1, joint?: number): Vec3[] {
  const m = METATARSALS[toe]!;
  const bones = toePhalanges(toe);
  const out: Vec3[] = [[m.head[0], m.head[1] + face * (m.headR + clear), m.head[2]]];
  bones.forEach((b, j) => {
    const du = b.to[0] - b.from[0];
    const dv = b.to[1] - b.from[1];
    const len = Math.hypot(du, dv);
    // the dorsal normal of the phalanx in the foot's sagittal plane
    const n = [-dv / len, du / len];
    const at = (p: Vec3, r: number): Vec3 => [
      p[0] + face * n[0]! * (r + clear),
      p[1] + face * n[1]! * (r + clear),
      p[2],
    ];
    // the base is the broadest part of a phalanx (forefoot.ts: a sphere of 1.35 radii), the shaft ~1 radius
    out.push(at(b.from, b.radius * 1.35));
    if (j < bones.length - 1) {
      out.push(at([(b.from[0] + b.to[0]) / 2, (b.from[1] + b.to[1]) / 2, b.from[2]], b.radius * waist));
      if (joint !== undefined) out.push(at([b.to[0], b.to[1], b.from[2]], b.radius * joint));
    }
  });
  return out;
}

/**
 * A toe tendon's centre off the bone: the bone margin (1.5 mm, soft/index.ts), its half thickness (~0.5 mm)
 * and 0.2 mm.
 */
export const TOE_TENDON_CLEAR = 0.0022;

/**
 * The thinnest a toe tendon is drawn (PathSpec.leastThickness): its profile's own thickness, ~1-1.2 mm over
 * a lesser toe (a thin band ~2-3 mm broad and ~1 mm thick on an atlas' toe), not the loft's 2 mm floor,
 * which drew the lesser toes' tendons as round rods 2 mm thick.
 */
export const TOE_TENDON_LEAST = 0.0009;
