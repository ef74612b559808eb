/**
 * Left talus, calcaneus and the other tarsal bones (navicular, cuboid, three cuneiforms) as distance
 * fields in the foot frame of landmarks.ts (footPoint: u forward from the back of the heel, v up from the
 * floor, w lateral; metres on a 27 cm foot). Shapes and proportions after Gray's Anatomy 42nd ed. (foot
 * chapter): the calcaneus is the largest tarsal bone, ~8 cm long, its tuberosity resting on the heel pad
 * and its plantar surface rising forward at the calcaneal inclination (~20 deg) to the cuboid; the talus
 * sits on it with the trochlea under the tibia, its neck and head turning forward and medially into the
 * navicular; the medial longitudinal arch runs calcaneus - talus - navicular - cuneiforms - first
 * metatarsal, the lateral arch calcaneus - cuboid - fifth metatarsal.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { footPoint as F, FOOT_LENGTH } from '../landmarks.ts';
import { frameYZ, normalize, sub } from '../kernel/vec.ts';
import { capsule, ellipsoid, roundBox, separated, smax, smin, sphere } from '../kernel/sdf.ts';

/** Scale of the foot frame (metres of model per metre of the 27 cm reference foot). */
const K = FOOT_LENGTH / 0.27;
const r = (v: number): number => v * K;
/** Frame at a foot point whose y axis is `up` and z axis `fwd`, both given in foot (u, v, w) terms. */
function footFrame(at: Vec3, up: Vec3, fwd: Vec3): ReturnType<typeof frameYZ> {
  const o = F(0, 0, 0);
  const dir = (d: Vec3): Vec3 => normalize(sub(F(d[0], d[1], d[2]), o));
  return frameYZ(F(at[0], at[1], at[2]), dir(up), dir(fwd));
}
const box = (at: Vec3, half: Vec3, round: number, up: Vec3 = [0, 1, 0], fwd: Vec3 = [1, 0, 0]): Sdf =>
  // frameYZ's z axis is `fwd` (the foot's u), its x axis the foot's -w: half = [w, v, u] extents.
  roundBox(footFrame(at, up, fwd), [r(half[0]), r(half[1]), r(half[2])], r(round));
const blob = (at: Vec3, half: Vec3, up: Vec3 = [0, 1, 0], fwd: Vec3 = [1, 0, 0]): Sdf =>
  ellipsoid(footFrame(at, up, fwd), [r(half[0]), r(half[1]), r(half[2])]);
const rod = (a: Vec3, b: Vec3, ra: number, rb = ra): Sdf =>
  capsule(F(a[0], a[1], a[2]), F(b[0], b[1], b[2]), r(ra), r(rb));

export function calcaneusSdf(): Sdf {
  // Tuberosity: the bulky back of the heel; its medial and lateral processes rest on the heel pad.
  const tuberosity = blob([0.022, 0.033, 0.002], [0.016, 0.021, 0.02], [-0.25, 1, 0]);
  const processes = rod([0.018, 0.02, -0.008], [0.02, 0.02, 0.01], 0.0085);
  // Body: a long block rising forward to the anterior process (calcaneocuboid facet), tilted by the
  // calcaneal inclination.
  const body = box([0.052, 0.04, 0.004], [0.015, 0.016, 0.028], 0.009, [-0.36, 1, 0], [1, 0.36, 0]);
  const anterior = box([0.077, 0.043, 0.009], [0.013, 0.011, 0.008], 0.005, [-0.2, 1, 0], [1, 0.2, 0]);
  // Sustentaculum tali: the medial shelf that carries the talar neck.
  const sustentaculum = rod([0.048, 0.042, -0.012], [0.062, 0.043, -0.022], 0.0055, 0.005);
  // Posterior facet under the talar body: a shallow saddle carved by the talus.
  const talarSeat = sphere(F(0.058, 0.068, 0.0), r(0.022));
  // Peroneal (fibular) trochlea: a small ridge on the lateral face below and in front of the lateral malleolus'
  // tip, running forward and a little down with the fibular tendons, brevis' above it and longus' below it
  // (Gray's; Shibata et al. 2014, Foot (Edinb) 24(4):200-2: it separates the two tendons). As built it stands
  // 2.47 mm out of the face above it (Shibata: mean height 2.59 mm, CT of 46 calcanei, 1 mm or more in 65 % of
  // feet; Hyer et al. 2005, Foot Ankle Int 26(11):947-50, 114 dry calcanei: depth 3.13 mm, range 1-10), 1.5 mm
  // or more over ~1 cm of its length (Hyer: length 13.04 mm, range 3.6-26.7) and ~5 mm tall where it leaves the
  // face (Hyer: height 9.44 mm, range 3.7-23.4; kept narrow so that each tendon keeps its groove, their centres
  // ~1 cm apart). An ellipsoid half in the face (w 0.019), its crest at v 0.033 (fibularisLongus.test.ts;
  // previews `calcaneus-lateral`, `fibularis-trochlea-lateral`); meshed with 1,200 triangles (meshBones.ts).
  const fibularTrochlea = blob([0.049, 0.0328, 0.019], [0.0026, 0.002, 0.007], [0.12, 1, 0], [1, -0.12, 0]);
  return (x, y, z) => {
    let d = smin(tuberosity(x, y, z), processes(x, y, z), r(0.008));
    d = smin(d, body(x, y, z), r(0.012));
    d = smin(d, anterior(x, y, z), r(0.008));
    d = smin(d, sustentaculum(x, y, z), r(0.006));
    d = smin(d, fibularTrochlea(x, y, z), r(0.002));
    return smax(d, -talarSeat(x, y, z), r(0.004));
  };
}

export function talusSdf(): Sdf {
  // Trochlea: the dome under the tibial plafond, a short cylinder across the foot, wider in front.
  const trochlea = rod([0.07, 0.053, -0.013], [0.07, 0.053, 0.013], 0.018, 0.017);
  const body = blob([0.066, 0.049, 0.001], [0.016, 0.014, 0.02]);
  // Lateral process under the lateral malleolus.
  const lateral = blob([0.064, 0.047, 0.016], [0.006, 0.011, 0.011]);
  // Neck and head, forward and medial into the navicular.
  const neck = rod([0.075, 0.05, -0.004], [0.092, 0.046, -0.011], 0.011, 0.01);
  const head = blob([0.1, 0.044, -0.013], [0.016, 0.013, 0.013], [0, 1, 0], [1, 0, -0.35]);
  return (x, y, z) => {
    let d = smin(trochlea(x, y, z), body(x, y, z), r(0.008));
    d = smin(d, lateral(x, y, z), r(0.006));
    d = smin(d, neck(x, y, z), r(0.008));
    return smin(d, head(x, y, z), r(0.008));
  };
}

/** Navicular, cuboid and the three cuneiforms, each a separate piece (narrow joint spaces between them). */
export function tarsalBonesSdf(): Sdf {
  // Navicular: boat-shaped, concave behind for the talar head, tuberosity medially.
  const navicular = blob([0.121, 0.044, -0.015], [0.021, 0.016, 0.0085], [0, 1, 0], [1, 0, -0.3]);
  const navTub = blob([0.118, 0.039, -0.031], [0.007, 0.008, 0.008]);
  const talarHead = sphere(F(0.1, 0.044, -0.013), r(0.0165));
  // Cuboid: lateral, between the calcaneus and the fourth and fifth metatarsals.
  const cuboid = box([0.1, 0.033, 0.018], [0.012, 0.0115, 0.0165], 0.005, [0, 1, 0], [1, 0.12, 0]);
  // Cuneiforms: medial (largest, tallest), intermediate (shortest), lateral; together the top of the
  // transverse arch.
  const medial = box([0.141, 0.036, -0.018], [0.0085, 0.02, 0.012], 0.005);
  const intermediate = box([0.137, 0.046, -0.002], [0.0075, 0.012, 0.008], 0.004);
  const lateral = box([0.138, 0.041, 0.012], [0.0075, 0.013, 0.0095], 0.004);
  const nav: Sdf = (x, y, z) =>
    smax(smin(navicular(x, y, z), navTub(x, y, z), r(0.006)), -talarHead(x, y, z), r(0.002));
  return separated([nav, cuboid, medial, intermediate, lateral], r(0.0025));
}
