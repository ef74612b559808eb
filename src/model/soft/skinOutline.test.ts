/**
 * The skin's lateral outline from the thigh over the hip to the waist (front view), measured on the committed
 * skin mesh: it runs as one smooth curve, without the shelf under the greater trochanter that the union of
 * the thigh's and trunk's sections made where they crossed steeply (skin.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshData, Vec3 } from '../types.ts';
import { L } from '../landmarks.ts';
import { readCommittedModel } from '../measure/committedModel.ts';
import { sectionPoints } from '../measure/girth.ts';
import { turnDeg } from '../kernel/spline.ts';

let skin: MeshData;
beforeAll(async () => {
  skin = (await readCommittedModel()).find((m) => m.name === 'skin')!;
}, 60_000);

/** The left side's outermost skin point at heights `step` apart: the outline seen from the front. */
function lateralOutline(from: number, to: number, step: number): Vec3[] {
  const out: Vec3[] = [];
  for (let y = from; y <= to; y += step)
    out.push([Math.max(...sectionPoints(skin, y).map((q) => q[0])), y, 0]);
  return out;
}

describe('lateral outline of the hip and thigh', () => {
  it('turns at most 8 deg over any 12.5 mm from mid-thigh to the waist', () => {
    // sampled every 6.25 mm, turns taken between chords of 12.5 mm (the mesh's edges are ~8 mm): the old
    // union turned 20.6 deg at y 0.87 m, below the trochanter, and 19 deg back above it (now 3.0)
    const o = lateralOutline(L('knee_joint_centre')[1] + 0.22, L('iliac_crest_top')[1] - 0.08, 0.00625);
    const chords = o.filter((_, i) => i % 2 === 0);
    const odd = o.filter((_, i) => i % 2 === 1);
    const turns = [chords, odd].flatMap((c) => c.slice(1, -1).map((_, i) => turnDeg(c, i + 1)));
    expect(Math.max(...turns)).toBeLessThan(8);
  });

  it('narrows steadily from the upper thigh over the trochanter: no waist below it', () => {
    // the old outline fell 9 mm from the thigh (y 0.80 m) to y 0.87 and rose 7 mm again over the trochanter
    const widest = lateralOutline(0.78, 0.82, 0.005).reduce((a, b) => (b[0] > a[0] ? b : a));
    const above = lateralOutline(widest[1], L('greater_trochanter')[1], 0.005);
    const rises = above.slice(1).map((q, i) => q[0] - above[i]![0]);
    expect(Math.max(...rises)).toBeLessThan(0.001);
  });
});
