/**
 * The knee's ligaments, menisci and two bursae (left side), as distance fields placed on the bones' own
 * landmarks and fields. After Gray's Anatomy 42nd ed. (knee: ligaments, menisci, bursae), Netter's Atlas
 * 7th ed. (plates of the knee: cruciate and collateral ligaments, menisci from above) and Moore's Clinically
 * Oriented Anatomy 8th ed. (ch. 7, knee joint: ligaments, menisci, bursae around the knee):
 * - anterior cruciate ligament: from the anterior intercondylar area of the tibia, up, back and laterally, to
 *   the posterior part of the medial surface of the lateral femoral condyle; ~38 mm long and ~11 mm wide
 *   (Girgis et al. 1975; 32-38 mm in Gray's).
 * - posterior cruciate ligament: from the posterior intercondylar area (on the back of the tibia, below the
 *   plateau), up and forward, to the anterior part of the lateral surface of the medial femoral condyle;
 *   ~38 mm long and ~13 mm wide, thicker than the anterior (Girgis et al. 1975). The two cross like an X
 *   seen from the side, the anterior lateral to the posterior.
 * - medial (tibial) collateral ligament: a broad flat band from the medial epicondyle to the medial surface
 *   of the tibia ~6 cm below the joint line (LaPrade et al. 2007: 61 mm), blended with the capsule and the
 *   medial meniscus at the joint line; ~10-12 mm wide (here 13 mm).
 * - lateral (fibular) collateral ligament: a round cord ~4-5 mm thick from the lateral epicondyle to the
 *   lateral side of the fibular head, free of the capsule and the lateral meniscus (the popliteus tendon
 *   passes between them). LaPrade et al. 2003 give ~70 mm; this model's epicondyle-to-head distance makes it
 *   ~5 cm.
 * - menisci: wedge-shaped in section (thick at the rim, thin at the free inner edge) on the tibial condyles;
 *   the medial a bigger, open C (wider behind: ~11 mm at the posterior horn, ~7 mm in front), the lateral
 *   nearly a ring of even width (~10-12 mm) with its horns close together; rim ~5-6 mm high (Gray's;
 *   Moore). They fill the space between the condyles and the plateau (the femur is carved out of them).
 * - prepatellar bursa: a thin flat sac under the skin in front of the lower half of the patella and the
 *   upper patellar ligament ("housemaid's knee" when inflamed).
 * - pes anserine bursa: between the conjoined tendons of sartorius, gracilis and semitendinosus and the
 *   medial surface of the proximal tibia (over the distal medial collateral ligament), ~5 cm below the
 *   joint line.
 * All of them lie inside the joint or under other structures, so they go in the deep model file
 * (DEEP_STRUCTURE_IDS).
 */
import type { MeshKind, Sdf, Vec3 } from '../types.ts';
import { L } from '../landmarks.ts';
import { add, dist, frameYZ, lerp, normalize, scale, sub } from '../kernel/vec.ts';
import { capsule, ellipsoid, roundBox, smax, smin } from '../kernel/sdf.ts';
import { boneSdf } from '../bones/index.ts';
import { A } from '../soft/attachments.ts';

export const KNEE_PART_IDS = [
  'anterior_cruciate_ligament',
  'posterior_cruciate_ligament',
  'medial_collateral_ligament',
  'lateral_collateral_ligament',
  'medial_meniscus',
  'lateral_meniscus',
  'prepatellar_bursa',
  'pes_anserine_bursa',
] as const;
export type KneePartId = (typeof KNEE_PART_IDS)[number];

/** Ligaments and cartilage have their own looks; the bursae are translucent sacs like the trochanteric bursa. */
export const KNEE_PART_KIND: Record<KneePartId, MeshKind> = {
  anterior_cruciate_ligament: 'ligament',
  posterior_cruciate_ligament: 'ligament',
  medial_collateral_ligament: 'ligament',
  lateral_collateral_ligament: 'ligament',
  medial_meniscus: 'cartilage',
  lateral_meniscus: 'cartilage',
  prepatellar_bursa: 'joint',
  pes_anserine_bursa: 'joint',
};

const off = (p: Vec3, d: Vec3): Vec3 => add(p, d);

/**
 * Where each ligament attaches (left side): its ends, each 1-2 mm inside its bone so the band grows out of
 * it. The tests measure the meshes against these.
 */
export function kneeLigamentEnds(): Record<
  'acl' | 'pcl' | 'mcl' | 'lcl',
  { readonly from: Vec3; readonly to: Vec3 }
> {
  const pc = L('tibial_plateau_centre');
  return {
    // anterior intercondylar area, ~40 % of the plateau's depth from its front (Colombet et al. 2006) ->
    // the back of the medial wall of the lateral condyle, high in the notch
    acl: { from: off(pc, [-0.002, 0.005, 0.002]), to: [0.097, 0.496, -0.018] },
    // the back of the tibia ~1 cm below the plateau, in the midline -> the front of the lateral wall of the
    // medial condyle, at the notch's roof
    pcl: { from: off(pc, [0, -0.011, -0.03]), to: [0.081, 0.498, 0.004] },
    // just above and behind the medial epicondyle (LaPrade et al. 2007) -> medial tibia 6 cm below the plateau
    mcl: { from: off(L('medial_epicondyle'), [-0.001, 0.003, -0.004]), to: [0.068, pc[1] - 0.06, 0.009] },
    // just above and behind the lateral epicondyle (LaPrade et al. 2003) -> lateral side of the fibular head
    lcl: {
      from: off(L('lateral_epicondyle'), [-0.002, 0.001, -0.003]),
      to: off(L('fibular_head'), [0.009, 0.001, 0.004]),
    },
  };
}

/**
 * A flat band along a polyline: one rounded box a segment, `halfWidth` across and `halfThick` along `normal`
 * (the side the band faces), joined smoothly.
 */
function band(points: readonly Vec3[], halfWidth: number, halfThick: number, normal: Vec3): Sdf {
  const parts: Sdf[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const axis = sub(b, a);
    const f = frameYZ(lerp(a, b, 0.5), axis, normal);
    // the frame's x is across the band, z its thickness
    parts.push(roundBox(f, [halfWidth, dist(a, b) / 2 + halfThick, halfThick], halfThick * 0.95));
  }
  return (x, y, z) => {
    let d = Infinity;
    for (const p of parts) d = smin(d, p(x, y, z), 0.002);
    return d;
  };
}

export function cruciateSdf(which: 'acl' | 'pcl'): Sdf {
  const { from, to } = kneeLigamentEnds()[which];
  // Thin from side to side (the two lie side by side in the notch), broad in the sagittal plane.
  const [halfWidth, halfThick] = which === 'acl' ? [0.0055, 0.0028] : [0.0065, 0.0032];
  return band([from, to], halfWidth, halfThick, [1, 0, 0]);
}

export function medialCollateralSdf(): Sdf {
  const { from, to } = kneeLigamentEnds().mcl;
  const pc = L('tibial_plateau_centre');
  // over the capsule at the joint line (where its deep fibres hold the medial meniscus), then onto the
  // flare of the medial tibial condyle and down to the shaft
  // the band lies on the bone below the plateau (the tibia narrows under its condyles)
  const path: Vec3[] = [
    from,
    [0.0415, pc[1], 0.005],
    [0.0495, pc[1] - 0.02, 0.007],
    [0.0605, pc[1] - 0.034, 0.008],
    to,
  ];
  return band(path, 0.0065, 0.0013, [-1, 0, 0]);
}

export function lateralCollateralSdf(): Sdf {
  const { from, to } = kneeLigamentEnds().lcl;
  return capsule(from, to, 0.0024, 0.0022);
}

/** Distance (approximate outside) to a meniscus' section at radius r and height v above its base. */
function wedge2(r: number, v: number, inner: number, outer: number, height: number): number {
  // the section: flat on the plateau, thick at the rim (outer), a sharp free edge inside
  const bottom = -v;
  const rim = r - outer;
  const lip = 0.002;
  // the upper surface from (inner, lip) to (outer, height)
  const dx = outer - inner;
  const dy = height - lip;
  const n = Math.hypot(dx, dy);
  const top = ((r - inner) * -dy + (v - lip) * dx) / n;
  return Math.max(bottom, rim, top, inner - r - 0.0005);
}

/**
 * A meniscus round `centre` on the plateau: outer rim an ellipse (semi-axes `rx` across, `rz` front to
 * back), width of the rim by angle (`width(phi)`, phi 0 lateral, 90 deg anterior), open over `gap` radians
 * round the angle `gapAt` (where the horns turn to the intercondylar area), the femur carved out of it.
 */
function meniscusSdf(
  centre: Vec3,
  rx: number,
  rz: number,
  width: (phi: number) => number,
  gapAt: number,
  gap: number,
  height: number,
): Sdf {
  const femur = boneSdf('femur');
  return (x, y, z) => {
    const u = x - centre[0];
    const w = z - centre[2];
    const phi = Math.atan2(w, u);
    // radius of the outer ellipse in this direction, and the point's radius scaled to it
    const outer = 1 / Math.hypot(Math.cos(phi) / rx, Math.sin(phi) / rz);
    const r = Math.hypot(u, w);
    const inner = outer - width(phi);
    let d = wedge2(r, y - centre[1], inner, outer, height);
    // the open side: distance round the arc from the gap's edge
    let dphi = Math.abs(phi - gapAt);
    if (dphi > Math.PI) dphi = 2 * Math.PI - dphi;
    d = smax(d, (gap / 2 - dphi) * Math.max(r, 0.004), 0.0015);
    // the condyle rests on it: no overlap with the femur (0.3 mm apart); its base lies in the plateau's rim
    return smax(d, -(femur(x, y, z) - 0.0003), 0.0012);
  };
}

const DEG = Math.PI / 180;

export function medialMeniscusSdf(): Sdf {
  const pc = L('tibial_plateau_centre');
  // wider behind (posterior horn ~11 mm) than in front (~7 mm), open laterally (a wide C)
  const width = (phi: number) => 0.009 - 0.002 * Math.sin(phi);
  return meniscusSdf(
    [pc[0] - 0.0195, pc[1] - 0.004, pc[2] - 0.005],
    0.0155,
    0.0225,
    width,
    0,
    95 * DEG,
    0.008,
  );
}

export function lateralMeniscusSdf(): Sdf {
  const pc = L('tibial_plateau_centre');
  // nearly a ring of even width, its horns close together on the medial side (towards the spines)
  const width = () => 0.0095;
  return meniscusSdf(
    [pc[0] + 0.0195, pc[1] - 0.004, pc[2] - 0.006],
    0.0145,
    0.0185,
    width,
    Math.PI,
    40 * DEG,
    0.0075,
  );
}

/** The front of the patella (z of its surface) at height y, in its sagittal midline. */
function patellaFront(y: number): number {
  const patella = boneSdf('patella');
  const c = L('patella_centre');
  let z = c[2] + 0.03;
  // march in from the front to the surface
  for (let i = 0; i < 60 && patella(c[0], y, z) > 0.0002; i++) z -= Math.max(0.0002, patella(c[0], y, z));
  return z;
}

export function prepatellarBursaSdf(): Sdf {
  const c = L('patella_centre');
  const apex = L('patella_apex');
  // over the lower half of the patella and onto the upper patellar ligament, 2 mm in front of the bone
  const top: Vec3 = [c[0], c[1] + 0.004, patellaFront(c[1] + 0.004) + 0.005];
  const bottom: Vec3 = [apex[0], apex[1] - 0.006, apex[2] + 0.0125];
  const f = frameYZ(lerp(top, bottom, 0.5), sub(top, bottom), [0, 0, 1]);
  const sac = ellipsoid(f, [0.017, dist(top, bottom) / 2 + 0.004, 0.0018]);
  // it lies on the bone's front, never in it
  const patella = boneSdf('patella');
  return (x, y, z) => smax(sac(x, y, z), -(patella(x, y, z) - 0.0008), 0.001);
}

export function pesAnserineBursaSdf(): Sdf {
  const pes = A('pes_anserinus');
  const tibia = boneSdf('tibia');
  // above and behind the insertion of the conjoined tendons, on the bone's anteromedial face, under them:
  // from inside the bone, out along the face's normal until 2.5 mm clear of it
  const outward = normalize([-0.8, 0, 0.6]);
  let centre: Vec3 = off(pes, [0.012, 0.01, -0.014]);
  for (let i = 0; i < 80 && tibia(...centre) < 0.0025; i++) centre = add(centre, scale(outward, 0.0005));
  const f = frameYZ(centre, [0, 1, 0.15], outward);
  const sac = ellipsoid(f, [0.012, 0.015, 0.0025]);
  // it lies on the bone and on the medial collateral ligament, in neither
  const mcl = medialCollateralSdf();
  return (x, y, z) =>
    smax(smax(sac(x, y, z), -(tibia(x, y, z) - 0.0003), 0.001), -(mcl(x, y, z) - 0.0003), 0.001);
}

export function kneePartSdf(id: KneePartId): Sdf {
  switch (id) {
    case 'anterior_cruciate_ligament':
      return cruciateSdf('acl');
    case 'posterior_cruciate_ligament':
      return cruciateSdf('pcl');
    case 'medial_collateral_ligament':
      return medialCollateralSdf();
    case 'lateral_collateral_ligament':
      return lateralCollateralSdf();
    case 'medial_meniscus':
      return medialMeniscusSdf();
    case 'lateral_meniscus':
      return lateralMeniscusSdf();
    case 'prepatellar_bursa':
      return prepatellarBursaSdf();
    case 'pes_anserine_bursa':
      return pesAnserineBursaSdf();
  }
}

/** Bounds (left side), grid edge and triangle budget per part: fine grids, since the parts are thin. */
export function kneePartMeshSettings(id: KneePartId): { min: Vec3; max: Vec3; edge: number; tris: number } {
  const box = (a: Vec3, b: Vec3, pad: number) => ({
    min: [Math.min(a[0], b[0]) - pad, Math.min(a[1], b[1]) - pad, Math.min(a[2], b[2]) - pad] as Vec3,
    max: [Math.max(a[0], b[0]) + pad, Math.max(a[1], b[1]) + pad, Math.max(a[2], b[2]) + pad] as Vec3,
  });
  const ends = kneeLigamentEnds();
  const pc = L('tibial_plateau_centre');
  switch (id) {
    case 'anterior_cruciate_ligament':
      return { ...box(ends.acl.from, ends.acl.to, 0.01), edge: 0.0008, tris: 500 };
    case 'posterior_cruciate_ligament':
      return { ...box(ends.pcl.from, ends.pcl.to, 0.01), edge: 0.0008, tris: 500 };
    case 'medial_collateral_ligament':
      return { ...box(ends.mcl.from, ends.mcl.to, 0.012), edge: 0.0007, tris: 700 };
    case 'lateral_collateral_ligament':
      return { ...box(ends.lcl.from, ends.lcl.to, 0.006), edge: 0.0008, tris: 400 };
    case 'medial_meniscus':
      return {
        ...box(off(pc, [-0.04, -0.006, -0.033]), off(pc, [-0.001, 0.01, 0.025]), 0.002),
        edge: 0.0007,
        tris: 1600,
      };
    case 'lateral_meniscus':
      return {
        ...box(off(pc, [0.001, -0.006, -0.03]), off(pc, [0.04, 0.01, 0.02]), 0.002),
        edge: 0.0007,
        tris: 1600,
      };
    case 'prepatellar_bursa': {
      const c = L('patella_centre');
      return {
        ...box(off(c, [-0.025, -0.045, 0]), off(c, [0.025, 0.02, 0.03]), 0.002),
        edge: 0.0007,
        tris: 500,
      };
    }
    case 'pes_anserine_bursa': {
      const p = A('pes_anserinus');
      return {
        ...box(off(p, [-0.02, -0.015, -0.03]), off(p, [0.025, 0.035, 0.015]), 0.002),
        edge: 0.0007,
        tris: 500,
      };
    }
  }
}
