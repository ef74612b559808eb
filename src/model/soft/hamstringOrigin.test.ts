/**
 * The hamstrings' common origin on the ischial tuberosity (muscles/thighPosterior.ts), measured on each origin
 * end's rings, from the attachment to the belly's first ring, as lofted and as fitted (left side):
 * - each ring lies square to the end's course (`ringObliquity`: a ring's plane against the line through its
 *   neighbours' centres). Semitendinosus' and biceps femoris' long head's ends carried their belly's section
 *   unturned (square to the thigh) along a way that hooks medially from each belly's top, 3.4 cm below and
 *   5.5-8 cm lateral of the tuberosity, to it: their rings lay 50-56 deg off square there and the tendons
 *   flattened into straps with an elbow at each belly's top (`ischial-tuberosity-back`; before:
 *   docs/model/before/hamstring-origin/). Their ways now leave the belly on an arc (`bend`) and each ring is
 *   turned with the way (`maxTurn`). Semimembranosus' end, which runs more steeply to the tuberosity, is
 *   left as it was (14.6 deg);
 * - turned with a way that bends sharply, a wide belly's section folds on the inside of the bend (gracilis'
 *   end split into spikes so, README Remaining): every ring's vertices stand further along the course than the
 *   ring's before them;
 * - the fit (the bones', the skin's and the earlier muscles' pushes) leaves these ends nearly as lofted.
 */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../types';
import { dot, normalize, sub, dist } from '../kernel/vec';
import { loftRingsOf, ringCentre, ringObliquity } from '../measure/loftRings';
import { buildSoftBody } from './build';
import { buildMuscleParts } from './index';
import { limb } from './limb';
import { muscleSpecs } from './muscles';

const HAMSTRINGS = [
  ['semimembranosus', undefined],
  ['semitendinosus', undefined],
  ['biceps_femoris', 'long head'],
] as const;

/** A hamstring's loft's rings, its fitted mesh's (the same vertices, pushed), and how many its origin end has. */
function origin(id: (typeof HAMSTRINGS)[number][0], part?: string) {
  const s = muscleSpecs().find((m) => m.id === id && m.part === part);
  if (!s || s.kind !== 'limb') throw new Error(id);
  const body = buildSoftBody(s);
  const loft = loftRingsOf(body.mesh.positions, body.ring);
  // the fitted node merges a muscle's parts: the long head is biceps femoris' first
  const fitted = buildMuscleParts().find((p) => p.id === id)!.mesh.positions;
  const rings = loftRingsOf(fitted.slice(0, body.mesh.positions.length), body.ring);
  // the origin end's rings lie above the belly's first (its top section's level); the belly's first ring is
  // the end's last
  const top = limb('thigh').y(s.sections[0]![0]);
  const end = loft.findIndex((r) => ringCentre(r)[1] < top + 0.0005);
  return { loft, rings, end };
}

/** The least step (metres) any vertex line takes along the course from ring r-1 to r, over rings 1..end. */
function leastStep(rings: readonly Vec3[][], end: number): number {
  let least = Infinity;
  for (let r = 1; r <= end; r++) {
    const course = normalize(sub(ringCentre(rings[r + 1]!), ringCentre(rings[r - 1]!)));
    for (let k = 0; k < rings[r]!.length; k++)
      least = Math.min(least, dot(sub(rings[r]![k]!, rings[r - 1]![k]!), course));
  }
  return least;
}

describe("the hamstrings' origin on the ischial tuberosity", () => {
  for (const [id, part] of HAMSTRINGS) {
    const name = part ? `${id} (${part})` : id;
    it(`${name}: its origin end's rings lie square to its course, lofted and fitted, and do not fold`, () => {
      const { loft, rings, end } = origin(id, part);
      expect(end, name).toBeGreaterThan(3);
      // within 16 deg of square: now 10.2 (semitendinosus) and 6.8 (biceps femoris) at most lofted and fitted,
      // semimembranosus 14.6; before 50.1 and 56.3
      for (const r of [loft, rings])
        expect(Math.max(...ringObliquity(r, 1, end)), name).toBeLessThanOrEqual(16);
      // each ring's vertices at least 1 mm further along the course (from the tuberosity) than the ring's
      // before them: now 3.1 and 3.6 mm at least (semimembranosus 8.2), lofted and fitted
      expect(leastStep(loft, end), name).toBeGreaterThan(0.001);
      expect(leastStep(rings, end), name).toBeGreaterThan(0.001);
      // the fit moves no vertex of the end's rings past the attachment's own more than 2 mm (now 1.4 at most);
      // the attachment's ring, which stands 1 mm off the tuberosity, the bone pushes up to 5.8 mm (5.2 before)
      let moved = 0;
      for (let r = 1; r <= end; r++)
        for (let k = 0; k < loft[r]!.length; k++) moved = Math.max(moved, dist(loft[r]![k]!, rings[r]![k]!));
      expect(moved, name).toBeLessThan(0.002);
    });
  }
});
