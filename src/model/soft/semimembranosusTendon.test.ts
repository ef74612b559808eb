/**
 * Semimembranosus' tendon at the knee (muscles/thighPosterior.ts, sectioned.ts' `End.taut`), measured on the
 * built mesh (its loft's rings, ring-major, 20 vertices a ring, then the two caps' centres):
 * - it runs down the back of the medial condyle and turns to its insertion on the posteromedial tibia as one
 *   smooth curve. Drawn through one via point with its rings ~1.5 cm apart and kept in the direction of the
 *   insertion, pushed out of the condyle where it ran into it, it turned 29.4 deg from one ring to the next
 *   along a ring-vertex line, its centre line 26.0, at the joint line (`semimembranosus-knee-back`; before:
 *   docs/model/before/sm-tendon/). Laid on a cord pulled taut round the condyle, its rings square to it and
 *   placed where it turns, 14.0 and 11.7 (the belly's own last ring turns ~14 as before);
 * - its direct arm ends in the bone (Gray's: into the groove on the back of the medial tibial condyle) as a
 *   rounded, flattened end (atlas proportions), where it ended in a flat cap 1.5-4.4 mm off the bone, as wide
 *   as the tendon. Now its last ring lies 4.9-6.1 mm in the tibia, closing over 4 rings to 1.5 mm from 6 (half widths),
 *   12.0 mm wide and 4.7 mm across the bone's surface where it enters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeName } from '../../content/ids';
import type { MeshData, Vec3 } from '../types';
import { loftRingsOf, ringCentre as centre, ringSpan as width, ringTurns } from '../measure/loftRings.ts';
import { attachSdf } from './bones';
import { gradient } from '../kernel/sdf.ts';
import { limb } from './limb';
import { muscleSpec } from './muscles';
import { buildSoftTissue } from './index';
import { buildSoftBody } from './build';

let sm: MeshData;
beforeAll(async () => {
  const whole = (await buildSoftTissue()).find((m) => m.name === nodeName('semimembranosus', 'left'))!;
  // the tendon's loft, without its anterior arm (a second piece, merged after it: kneeParts.test.ts measures it)
  const arm = buildSoftBody(muscleSpec('semimembranosus', 'anterior arm')).mesh.positions.length;
  sm = { ...whole, positions: whole.positions.subarray(0, whole.positions.length - arm) };
}, 600_000);

const RING = 20;
const rings = (m: MeshData): Vec3[][] => loftRingsOf(m.positions, RING);

describe("semimembranosus' tendon at the knee", () => {
  const tibia = attachSdf('tibia');
  /**
   * Its course: from the belly's last ring (at its last section's level) to the last ring of full width, where
   * a rounded tip would begin (the rings narrowing to the end); with no tip, to the last ring.
   */
  const course = (all: Vec3[][]): { from: number; tip: number } => {
    const s = muscleSpec('semimembranosus');
    if (s.kind !== 'limb') throw new Error('semimembranosus');
    const y = limb('thigh').y(s.sections[s.sections.length - 1]![0]);
    let from = 0;
    while (from + 1 < all.length && centre(all[from + 1]!)[1] > y - 0.002) from++;
    let tip = all.length - 1;
    while (tip > from && width(all[tip - 1]!) > width(all[tip]!) + 0.0002) tip--;
    return { from, tip };
  };

  it('turns from the back of the medial condyle to its insertion in one smooth curve', () => {
    const all = rings(sm);
    const { from, tip } = course(all);
    expect(tip - from).toBeGreaterThan(8);
    const { line, centre: mid } = ringTurns(all, from, tip - 1);
    expect(
      line,
      `semimembranosus' tendon: ${line.toFixed(1)} deg a ring (centre line ${mid.toFixed(1)})`,
    ).toBeLessThanOrEqual(16);
    expect(mid).toBeLessThanOrEqual(13);
  });

  it('ends in the tibia in a rounded, flattened end, not in a flat cap on it', () => {
    const all = rings(sm);
    const { tip } = course(all);
    const last = all[all.length - 1]!;
    const cap = sm.positions.length / 3 - 1;
    const end: Vec3 = [sm.positions[3 * cap]!, sm.positions[3 * cap + 1]!, sm.positions[3 * cap + 2]!];
    // the cap and the last ring 2 mm or more in the bone; where its tip begins it reaches the bone
    expect(Math.max(...last.map((p) => tibia(...p)), tibia(...end))).toBeLessThan(-0.002);
    expect(Math.min(...all[tip]!.map((p) => tibia(...p)))).toBeLessThan(0);
    // rounded: over its last 4 rings or more it narrows to under a third of the tendon's width
    const full = width(all[tip]!);
    expect(all.length - 1 - tip).toBeGreaterThanOrEqual(4);
    expect(width(last)).toBeLessThan(full / 3);
    // flattened, its flat face on the bone: thinner along the bone's normal than it is wide
    const normal = gradient(tibia, ...centre(all[tip]!));
    const across = all[tip]!.map((p) => p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2]);
    const thick = Math.max(...across) - Math.min(...across);
    expect(
      thick,
      `semimembranosus' end: ${(full * 1000).toFixed(1)} mm wide, ${(thick * 1000).toFixed(1)} across the bone's surface, ${all.length - 1 - tip} rings to its tip`,
    ).toBeLessThan(0.75 * full);
  });
});
