/**
 * Lumbar vertebra L1..L5 as a signed distance field in the frame of its level (landmarks.ts):
 * kidney-shaped body, pedicles, laminae, a hatchet-shaped spinous process, transverse processes
 * (longest at L3, stout at L5), superior and inferior articular processes round a triangular
 * vertebral foramen. Dimensions after Gray's Anatomy 42nd ed. and Zhou et al. 2000.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { BODY_DEPTHS, BODY_HEIGHTS, BODY_WIDTHS, VERTEBRA_LEVELS, type SpineLevel } from '../landmarks.ts';
import { frameYZ, toWorld, type Frame } from '../kernel/vec.ts';
import { capsule, ellipsoid, ellipticSlab, smax, smin, thickTriangle, union } from '../kernel/sdf.ts';

/** Transverse process half-span (midline to tip) for L1..L5, metres. */
const TP_SPAN = [0.033, 0.039, 0.047, 0.043, 0.04];

export function levelFrame(level: SpineLevel): Frame {
  return frameYZ(level.centre, level.axis, [0, 0, 1]);
}

/** Tip of a lumbar transverse process (index 0 = L1; s = 1 left, -1 right); the iliolumbar ligament's origin. */
export function transverseProcessTip(index: number, s: 1 | -1): Vec3 {
  const lv = VERTEBRA_LEVELS[index] as SpineLevel;
  const back = -(BODY_DEPTHS[index] ?? 0.033) / 2;
  return toWorld(
    levelFrame(lv),
    s * (TP_SPAN[index] ?? 0.04),
    0.002,
    back - 0.016 + (index === 4 ? 0.006 : 0),
  );
}

/** Kidney-shaped slab (body or disc): an elliptic slab with its posterior midline pushed in. */
export function kidneySlab(f: Frame, width: number, depth: number, hy: number): Sdf {
  const slab = ellipticSlab(f, width / 2, depth / 2, hy, Math.min(0.003, hy * 0.6));
  const bite = ellipsoid(frameYZ(toWorld(f, 0, 0, -depth / 2 - 0.005), f.y, f.z), [0.011, hy + 0.01, 0.008]);
  return (x, y, z) => smax(slab(x, y, z), -bite(x, y, z), 0.004);
}

export function vertebraSdf(index: number): Sdf {
  const lv = VERTEBRA_LEVELS[index] as SpineLevel;
  const f = levelFrame(lv);
  const W = BODY_WIDTHS[index] ?? 0.045;
  const D = BODY_DEPTHS[index] ?? 0.033;
  const h = BODY_HEIGHTS[index] ?? 0.026;
  const P = (u: number, v: number, w: number): Vec3 => toWorld(f, u, v, w);
  const back = -D / 2;
  const body = kidneySlab(f, W, D, h / 2);
  const parts: Sdf[] = [];
  const tpR = index === 4 ? 0.007 : 0.005;
  for (const s of [1, -1] as const) {
    // Pedicle: from the upper back of the body straight back.
    parts.push(capsule(P(s * 0.0135, 0.003, back + 0.004), P(s * 0.0145, 0.002, back - 0.014), 0.0048));
    // Lamina: a plate sloping down and back to the midline.
    parts.push(
      thickTriangle(
        P(s * 0.0145, 0.006, back - 0.014),
        P(s * 0.013, -0.012, back - 0.017),
        P(0, -0.011, back - 0.025),
        0.0026,
      ),
      thickTriangle(
        P(s * 0.0145, 0.006, back - 0.014),
        P(0, 0.005, back - 0.023),
        P(0, -0.011, back - 0.025),
        0.0026,
      ),
    );
    // Transverse process: a flat blade (tall ~1 cm at the root, thin front to back) running lateral and
    // a little back, tapering to a rounded tip; L5's is a stout cone joined to the pedicle and body.
    const tip = transverseProcessTip(index, s);
    const root = index === 4 ? 0.009 : 0.0065;
    parts.push(
      thickTriangle(
        P(s * 0.015, 0.002 + root, back - 0.012),
        P(s * 0.015, 0.002 - root, back - 0.012),
        tip,
        0.0022,
      ),
      capsule(P(s * 0.015, 0.002, back - 0.012), tip, tpR + 0.0005, index === 4 ? tpR : 0.0035),
    );
    // Superior articular process (with mammillary bump) and inferior articular process.
    parts.push(
      capsule(P(s * 0.016, 0.002, back - 0.015), P(s * 0.019, h / 2 + 0.008, back - 0.017), 0.0048, 0.0042),
    );
    parts.push(
      capsule(P(s * 0.01, -0.006, back - 0.022), P(s * 0.0125, -h / 2 - 0.009, back - 0.021), 0.0045, 0.004),
    );
  }
  // Spinous process: a flat hatchet in the midline, its blade taller towards the thickened posterior
  // border (~2.5 cm tall there), projecting ~3 cm back and slightly down.
  const spTop0 = P(0, 0.004, back - 0.021);
  const spBot0 = P(0, -0.012, back - 0.023);
  const spTop1 = P(0, 0.005, back - 0.047);
  const spBot1 = P(0, -0.02, back - 0.045);
  parts.push(
    thickTriangle(spTop0, spBot0, spBot1, 0.0026),
    thickTriangle(spTop0, spBot1, spTop1, 0.0026),
    capsule(spTop1, spBot1, 0.004, 0.0045),
    capsule(spTop0, spTop1, 0.0032, 0.0036),
  );
  const arch = union(parts, 0.004);
  const canal = ellipsoid(frameYZ(P(0, 0, back - 0.009), f.y, f.z), [0.0115, h, 0.0085]);
  return (x, y, z) => {
    const d = smin(body(x, y, z), arch(x, y, z), 0.004);
    return smax(d, -canal(x, y, z), 0.002);
  };
}
