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
 *   medial meniscus at the joint line; ~10-12 mm wide (here 10 mm at the femur, broadening to 16 mm; see
 *   medialCollateralBand).
 * - posterior oblique ligament (its central arm): from the femur behind and above the superficial MCL's
 *   origin, near the adductor tubercle, down and back over the posteromedial capsule, to which it blends, to the
 *   posteromedial tibia just below the medial rim, in front of semimembranosus' insertion, whose tendon sheath
 *   it joins (LaPrade et al. 2007; see posteriorObliqueBand); and its superficial arm, a thin strap from the
 *   central arm down and forward over the tibia to the superficial MCL's posterior border (see
 *   posteriorObliqueSuperficialArm).
 * - oblique popliteal ligament: an expansion of semimembranosus' tendon from near its insertion, upward and
 *   laterally over the back of the capsule, with which it blends, to the back of the lateral femoral
 *   condyle; part of the floor of the popliteal fossa (see obliquePoplitealBand).
 * - lateral (fibular) collateral ligament: a round cord ~4-5 mm thick from just above and behind the lateral
 *   epicondyle, over the fibular head's bulge, to its lateral aspect, free of the capsule and the lateral
 *   meniscus (the popliteus tendon passes between them). LaPrade et al. 2003 give 69.6 mm; here ~65 mm
 *   along its course (this model's fibular styloid lies only 4 mm below the plateau).
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
import type { DeepStructureId } from '../../content/ids.ts';
import { L } from '../landmarks.ts';
import { add, cross, dist, dot, frameYZ, lerp, normalize, reject, scale, sub } from '../kernel/vec.ts';
import { chain, ellipsoid, smax } from '../kernel/sdf.ts';
import { boneSdf } from '../bones/index.ts';
import { A, onBone } from '../soft/attachments.ts';
import { type BandPath, pathBand, smoothBand, twistedBand } from './bands.ts';
import { kneeJointSdf } from './joints.ts';
import { drape, smoothNormals, surfaceNormal } from './sheets.ts';

/** Each a deep-file structure of the content (a typo, or a move out of the deep file, fails to compile). */
export const KNEE_PART_IDS = [
  'anterior_cruciate_ligament',
  'posterior_cruciate_ligament',
  'medial_collateral_ligament',
  'deep_medial_collateral_ligament',
  'lateral_collateral_ligament',
  'posterior_oblique_ligament',
  'oblique_popliteal_ligament',
  'medial_meniscus',
  'lateral_meniscus',
  'prepatellar_bursa',
  'pes_anserine_bursa',
] as const satisfies readonly DeepStructureId[];
export type KneePartId = (typeof KNEE_PART_IDS)[number];

/** Ligaments and cartilage have their own looks; the bursae are translucent sacs like the trochanteric bursa. */
export const KNEE_PART_KIND: Record<KneePartId, MeshKind> = {
  anterior_cruciate_ligament: 'ligament',
  posterior_cruciate_ligament: 'ligament',
  medial_collateral_ligament: 'ligament',
  deep_medial_collateral_ligament: 'ligament',
  lateral_collateral_ligament: 'ligament',
  posterior_oblique_ligament: 'ligament',
  oblique_popliteal_ligament: 'ligament',
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
  'acl' | 'pcl' | 'mcl' | 'lcl' | 'pol',
  { readonly from: Vec3; readonly to: Vec3 }
> {
  const pc = L('tibial_plateau_centre');
  return {
    // anterior intercondylar area, ~40 % of the plateau's depth from its front (Colombet et al. 2006) ->
    // the back of the medial wall of the lateral condyle, high under the notch's roof, which rises backwards
    // (bones/femur.ts), so it runs at ~44 deg to the plateau (46.9 +/- 4.9 on MRI: kneeParts.test.ts)
    acl: { from: off(pc, [-0.002, 0.005, 0.002]), to: [0.0985, 0.507, -0.013] },
    // the back of the tibia ~1 cm below the plateau, in the midline, on the bone's surface (the model's
    // posterior intercondylar area is shallow: 3 mm further in, half the band lay inside the tibia) -> the
    // front of the lateral wall of the medial condyle, at the notch's roof (far enough forward that the two
    // still cross at ~0.8 of its length with the ACL that steep)
    pcl: { from: off(pc, [0, -0.008, -0.032]), to: [0.081, 0.4995, 0.008] },
    // just above and behind the medial epicondyle (LaPrade et al. 2007) -> medial tibia 7 cm below the plateau
    // (the lower end of its distal insertion, whose centre lies ~6 cm below)
    mcl: { from: off(L('medial_epicondyle'), [-0.001, 0.003, -0.004]), to: [0.068, pc[1] - 0.071, 0.009] },
    // 1.4 mm proximal and 3.1 mm posterior to the lateral epicondyle, on the bone's surface -> the lateral
    // aspect of the fibular head 28.4 mm below the tip of its styloid, 8.2 mm behind its front (LaPrade et
    // al. 2003, Am J Sports Med 31:854; this model's styloid tip is at y 0.474)
    lcl: {
      from: off(L('lateral_epicondyle'), [0.0025, 0.0014, -0.0031]),
      to: off(L('fibular_head'), [0.007, -0.0114, 0.0008]),
    },
    // posterior oblique ligament (its central arm; kneeParts.test.ts reads the footprints on the mesh):
    // 8 mm proximal and 12 mm posterior to the medial epicondyle, behind and above the superficial MCL's
    // origin (Athwal et al. 2020: 4 mm proximal, 11 mm posterior; Casp et al. 2023: 6.6 and 15.4 mm), so 14
    // mm distal and 6 mm posterior to this model's adductor tubercle (LaPrade et al. 2007: 7.7 mm distal and
    // 6.4 mm posterior; the model's tubercle lies 22 mm above the epicondyle) -> the posteromedial tibia 1 cm
    // below the plateau's centre (5 mm below the medial rim's edge: Athwal et al. 2020, 5 mm below the
    // plateau), on the posteromedial corner of the tibia ~21 mm behind the superficial MCL's course (Casp et al.
    // 2023: 21.4 mm behind the deep MCL's tibial attachment, which lies under it), in front of and medial to
    // semimembranosus' insertion on the back of the condyle; so it runs obliquely down and back
    pol: {
      from: off(L('medial_epicondyle'), [0.004, 0.008, -0.012]),
      to: [0.0595, pc[1] - 0.009, -0.0145],
    },
  };
}

/**
 * Each cruciate as a flat band with rounded edges (the ACL's midsubstance 9.9 x 3.9 mm, 38.7 mm2: Siebold et
 * al., Knee Surg Sports Traumatol Arthrosc 2015, 23(11):3136, published online 2014, doi
 * 10.1007/s00167-014-3058-6; the PCL 13 mm wide, Girgis et al. 1975) that turns through about 90 deg along
 * its length and fans out into footprints about 3 times its midsubstance section (Harner et al. 1999,
 * Arthroscopy 15(7):741, doi 10.1016/S0749-8063(99)70006-X: ACL femoral 113 mm2, tibial 136 mm2; PCL
 * femoral 128 mm2, tibial 153 mm2. The ACL's tibial 136 +/- 33 mm2 is how Siebold et al. cite Harner; Araki
 * et al. 2018, Knee Surg Sports Traumatol Arthrosc 26:1311, measured 110-113 and 135 mm2 for the ACL). ACL:
 * flat on the plateau at the tibia, its anteromedial fibres reaching the top of the femoral footprint and its
 * posterolateral fibres the bottom, so it lies flat against the lateral condyle's wall (Petersen & Zantop
 * 2007, Clin Orthop 454:35). PCL: flat across the back of the tibia, its anterolateral fibres reaching the
 * front of the femoral footprint along the medial condyle's wall (Amis et al. 2006, Knee Surg Sports
 * Traumatol Arthrosc 14:257). Both turn in the tibial half, so where they cross they lie flat side by side.
 */
export function cruciateSdf(which: 'acl' | 'pcl'): Sdf {
  const { from, to } = kneeLigamentEnds()[which];
  return which === 'acl'
    ? twistedBand(from, to, {
        acrossFrom: [1, 0, 0],
        acrossTo: [0, -1, 0],
        turnSpan: [0.1, 0.55],
        halfWidth: 0.005,
        halfThick: 0.002,
        fanFrom: [1.35, 1.7],
        fanTo: [1.3, 1.5],
        fanLength: 0.011,
      })
    : twistedBand(from, to, {
        acrossFrom: [1, 0, 0],
        acrossTo: [0, 0, 1],
        turnSpan: [0.05, 0.55],
        halfWidth: 0.0062,
        halfThick: 0.0024,
        fanFrom: [1.1, 1.3],
        fanTo: [1.3, 1.6],
        fanLength: 0.011,
      });
}

/** What the medial ligaments are laid on: the femur, the tibia, the joint capsule and the medial meniscus. */
function medialKneeSurface(): Sdf {
  const bonesAndCapsule = posteriorKneeSurface();
  const meniscus = medialMeniscusSdf();
  return (x, y, z) => Math.min(bonesAndCapsule(x, y, z), meniscus(x, y, z));
}

/**
 * A band of the medial side along one smooth curve through points laid on a surface (`smoothBand`, 4 pieces a
 * segment), square to the surface at each, its section a superellipse whose edges thin out.
 */
function bandOn(
  surface: Sdf,
  points: Vec3[],
  halfWidths: readonly number[],
  halfThicks: readonly number[],
): BandPath {
  return smoothBand(
    {
      points,
      halfWidths,
      halfThicks,
      normals: smoothNormals(points.map((p) => surfaceNormal(surface, p))),
      edge: 2.5,
    },
    4,
  );
}

/**
 * The superficial medial collateral ligament's course (left side), as a band of superellipse section laid
 * on the bones from the medial side: from its femoral attachment over the medial condyle, the capsule and
 * the medial meniscus at the joint line, onto the flare of the tibial condyle and down the medial face of
 * the tibia to its distal attachment under the pes anserinus. LaPrade et al. 2007 (J Bone Joint Surg Am
 * 89:2000): 94.8 mm long, the femoral attachment 3.2 mm proximal and 4.8 mm posterior to the epicondyle,
 * the distal tibial one 61.2 mm below the joint line. Liu et al. 2010 (J Orthop Surg Res 5:69): insertions
 * of 79.7 mm2 on the femur and 348.6 mm2 on the tibia (centroid 62.4 mm below the joint line), so the band
 * is ~1 cm wide at the femur and broadens as it descends (here 10 -> 16 mm). Its thickness is not measured
 * there: here ~3 mm at the femur, thinning as it broadens (the same fibres spread wider), and its edges thin
 * out (the atlases' flat band, not a box).
 */
export function medialCollateralBand(): BandPath {
  const { from, to } = kneeLigamentEnds().mcl;
  const pc = L('tibial_plateau_centre');
  const surface = medialKneeSurface();
  // [height, z, half width, half thickness, gap between its deep face and the surface]: over the deep MCL
  // and the capsule (~1.5 mm) above and at the joint, then closer, then sunk into the tibia at its distal
  // insertion (the band grows out of the bone there)
  const levels: [number, number, number, number, number][] = [
    [(from[1] + pc[1] + 0.018) / 2, (from[2] + 0.006) / 2, 0.0052, 0.0015, 0.0005],
    [pc[1] + 0.018, 0.006, 0.0054, 0.0015, 0.0015],
    [pc[1], 0.007, 0.006, 0.0014, 0.0015],
    [pc[1] - 0.02, 0.008, 0.0065, 0.0013, 0.001],
    [pc[1] - 0.045, 0.009, 0.007, 0.0012, 0.0009],
    [to[1], to[2], 0.008, 0.0011, -0.0006],
  ];
  const fromMedial: Vec3 = [1, 0, 0];
  // its femoral end laid on the bone like the rest (centred on the attachment, half its thickness was in the
  // bone, and the band met the condyle's surface at a shallow angle in a ragged line)
  const points = [
    drape(surface, from, fromMedial, 0.0016 + 0.0003),
    ...levels.map(([y, z, , h, gap]) => drape(surface, [0.05, y, z], fromMedial, h + gap)),
  ];
  // along a curve through the draped points, so it bends smoothly over the joint line and onto the tibia
  // (straight pieces met in creases: its outer face turned by ~21 deg within 4 mm at the joint line, ~19 deg
  // 45 mm below it)
  return bandOn(surface, points, [0.005, ...levels.map((l) => l[2])], [0.0016, ...levels.map((l) => l[3])]);
}

/** Triangles a side of the deep medial collateral ligament (the deep file's budget, glb.test.ts). */
export const DMCL_TRIANGLES = 300;

/**
 * The deep medial collateral ligament (left side): a thickening of the medial capsule under the superficial
 * MCL, thinner than it, a bursa between them (Liu et al. 2010, J Orthop Surg Res 5:69), from the femur 6 mm
 * distal and 5 mm posterior to the medial epicondyle over the medial meniscus' rim, to which it is fixed (its
 * meniscofemoral part), fanning forward and down to a wide attachment on the tibia 8 mm below the plateau
 * (its meniscotibial part; Athwal et al. 2020, Knee Surg Sports Traumatol Arthrosc 28:3709: 17-39 mm behind
 * the plateau's front). Liu et al.: the meniscofemoral part ~3 times the meniscotibial's length, which is ~1.7
 * times wider; insertions centred 20.5 mm above and 6.5 mm below the joint line. No paper found gives its
 * thickness: drawn 1 mm, laid 0.1 mm off the capsule, the meniscus and the bones from the medial side, in the
 * 1.5 mm the superficial MCL leaves under it over the joint, its ends sunk 0.2 mm into the bones.
 */
export function deepMedialCollateralBand(): BandPath {
  const me = L('medial_epicondyle');
  const pc = L('tibial_plateau_centre');
  const surface = medialKneeSurface();
  // [height, z, half width, half thickness, gap]: down from the femur, widening over the meniscus, then
  // forward and wide onto the tibia
  const levels: [number, number, number, number, number][] = [
    [me[1] - 0.006, me[2] - 0.005, 0.004, 0.0005, -0.0009],
    [me[1] - 0.015, me[2] - 0.003, 0.0045, 0.0006, -0.0003],
    [pc[1] + 0.003, me[2] - 0.001, 0.0055, 0.0006, -0.0004],
    [pc[1] - 0.008, me[2] + 0.003, 0.0115, 0.0006, -0.0002],
  ];
  const points = levels.map(([y, z, , h, gap]) => drape(surface, [0.05, y, z], [1, 0, 0], h + gap));
  return bandOn(
    surface,
    points,
    levels.map((l) => l[2]),
    levels.map((l) => l[3]),
  );
}

export function medialCollateralSdf(): Sdf {
  return pathBand(medialCollateralBand());
}

/** Triangles a side: two lean bands, the central and superficial arms (the deep file's budget, glb.test.ts). */
export const POL_TRIANGLES = 300;

/**
 * The posterior oblique ligament's central arm (left side): a thin band from its femoral attachment behind
 * and above the superficial MCL's, over the posteromedial capsule and the medial meniscus' rim, down and
 * back to the posteromedial tibia under the medial rim, in front of semimembranosus' insertion, whose sheath
 * it joins (Gray's; LaPrade et al. 2007: the central arm, the thickest of its three; Athwal et al. 2020,
 * Knee Surg Sports Traumatol Arthrosc 28:3709, doi 10.1007/s00167-020-06139-6; Casp et al. 2023, Orthop J
 * Sports Med 11(6), doi 10.1177/23259671231174857). It fans from ~6 mm at the femur to ~1 cm over the joint
 * line. No paper found gives its thickness: drawn ~1.4 mm, thinner than the superficial MCL. Laid on the
 * same surface as the MCL (femur, tibia, capsule, medial meniscus), 0.3 mm off it, from medially and a
 * little behind, along one smooth curve (`smoothBand`), its ends sunk into the bones.
 */
export function posteriorObliqueBand(): BandPath {
  const { from, to } = kneeLigamentEnds().pol;
  const surface = medialKneeSurface();
  // [height, x, z, half width, half thickness, gap between its deep face and the surface, how far the ray it
  // is laid along comes from behind (z per unit x)]: down and back from the femur round the posteromedial
  // corner to the tibia, laid from medially above and from posteromedially near the tibia, where the
  // surface faces backwards as much as medially
  const levels: [number, number, number, number, number, number, number][] = [
    [from[1], from[0], from[2], 0.0028, 0.0008, -0.0005, 0.3],
    // over the bulge behind the epicondyle (without it the curve cut 0.7 mm into it)
    [from[1] - 0.0065, 0.047, from[2] - 0.0012, 0.0033, 0.0008, 0.0003, 0.3],
    [from[1] - 0.013, 0.047, from[2] - 0.0026, 0.0038, 0.00075, 0.0003, 0.35],
    // 1 mm off the capsule where it bulges behind the condyle (0.3 mm put the posterior edge 0.7 mm in the femur)
    [from[1] - 0.026, 0.048, from[2] - 0.0056, 0.0046, 0.0007, 0.001, 0.45],
    [from[1] - 0.038, 0.051, from[2] - 0.0086, 0.0048, 0.0007, 0.0003, 0.65],
    [to[1], to[0], to[2], 0.0044, 0.0007, -0.0006, 0.9],
  ];
  const points = levels.map(([y, x, z, , h, gap, back]) => drape(surface, [x, y, z], [1, 0, back], h + gap));
  // turned halfway to the bones' own surface: the capsule bulges out of the joint under its middle and
  // falls away behind, so a band laid square to it alone dug its posterior edge 1.5 mm into the femur
  const femur = boneSdf('femur');
  const tibia = boneSdf('tibia');
  const bones: Sdf = (x, y, z) => Math.min(femur(x, y, z), tibia(x, y, z));
  return smoothBand(
    {
      points,
      halfWidths: levels.map((l) => l[3]),
      halfThicks: levels.map((l) => l[4]),
      normals: smoothNormals(
        points.map((p) => normalize(add(surfaceNormal(surface, p), surfaceNormal(bones, p)))),
      ),
      edge: 2.5,
    },
    4,
  );
}

/**
 * The posterior oblique ligament's superficial arm (left side): a thin fascial band that leaves the central
 * arm just below the joint line and runs down and forward over the posteromedial tibia, along the line of
 * semimembranosus' anterior arm (8.9-16.8 mm below the joint line: Kikuchi et al. 2025), to blend with the
 * posterior border of the tibial collateral ligament (LaPrade et al. 2007: the thinnest of its three arms;
 * Gray's). No paper found gives its size: drawn ~5 mm wide and ~1 mm thick, laid like the central arm on the
 * tibia, 0.3 mm off it.
 */
export function posteriorObliqueSuperficialArm(): BandPath {
  const central = posteriorObliqueBand().points;
  // laid over semimembranosus' anterior arm, which runs on the bone along its line (it lay on the bone there,
  // 0.45 mm into that arm)
  const bones = medialKneeSurface();
  const smArm = semimembranosusAnteriorArmSdf();
  const surface: Sdf = (x, y, z) => Math.min(bones(x, y, z), smArm(x, y, z));
  const pc = L('tibial_plateau_centre');
  // where the central arm crosses 4 mm below the plateau's centre (it is laid on the same surface there)
  const start = central.reduce((a, b) =>
    Math.abs(b[1] - (pc[1] - 0.004)) < Math.abs(a[1] - (pc[1] - 0.004)) ? b : a,
  );
  // [height, z, half width, half thickness, gap, how far the ray comes from behind]
  const levels: [number, number, number, number, number, number][] = [
    [start[1], start[2], 0.002, 0.0006, 0.0003, 0.9],
    [pc[1] - 0.01, -0.0085, 0.0024, 0.00055, 0.0005, 0.6],
    [pc[1] - 0.015, -0.004, 0.0026, 0.0005, 0.0003, 0.35],
    [pc[1] - 0.019, 0.0004, 0.0025, 0.0005, 0.0003, 0.15],
  ];
  const points = levels.map(([y, z, , h, gap, back]) => drape(surface, [0.05, y, z], [1, 0, back], h + gap));
  return bandOn(
    surface,
    points,
    levels.map((l) => l[2]),
    levels.map((l) => l[3]),
  );
}

/**
 * Semimembranosus' anterior (capsular, tibial) arm (left side): a flat tendon that leaves the muscle's tendon
 * where its direct arm enters the back of the medial tibial condyle and runs forward round the posteromedial
 * corner along the medial condyle, on the bone, deep to the tibial collateral ligament (LaPrade et al. 2007,
 * J Bone Joint Surg Am 89:2000: the anterior arm, deep to the superficial MCL's proximal tibial attachment).
 * Kikuchi et al. 2025 (J Exp Orthop, doi 10.1002/jeo2.70530; 22 knees): its margins 8.9 +/- 1.5 and 16.8
 * +/- 1.5 mm below the joint line; it shares an attachment area with the deep MCL and is joined to the
 * superficial ligament by loose connective tissue. Drawn between those levels (~7.9 mm wide, its centre line
 * 12.85 mm below the plateau's centre) and 1.4 mm thick (no paper found gives it), laid on the tibia 0.3 mm
 * off it, square to the bone, from under the direct arm's end forward to just past the ligament's middle. It is
 * part of the muscle's tendon: semimembranosus draws it as a second piece of its mesh
 * (muscles/thighPosterior.ts); here is its course, which the posterior oblique ligament's superficial arm is
 * laid over.
 */
export function semimembranosusAnteriorArm(): BandPath {
  const tibia = boneSdf('tibia');
  const pc = L('tibial_plateau_centre');
  const y = pc[1] - (0.0089 + 0.0168) / 2;
  const halfWidth = (0.0168 - 0.0089) / 2;
  const halfThick = 0.0007;
  // [x, z] of the bone's face at that level, from under the direct arm's end (on the posteromedial corner)
  // forward to just past the tibial collateral ligament's middle (z ~7.5 mm)
  const at: [number, number][] = [
    [0.0605, -0.0155],
    [0.0575, -0.0135],
    [0.0552, -0.0105],
    [0.0538, -0.0072],
    [0.0528, -0.004],
    [0.052, -0.0008],
    [0.0512, 0.0024],
    [0.0505, 0.0056],
    [0.05, 0.0088],
  ];
  // each section laid across the bone's face: its edges (at 85 % of its half width, where the superellipse
  // thins) and its middle laid 0.3 mm off the bone, the face square to the line through the edges, the centre
  // no deeper than the middle (the face is convex from margin to margin: laid square to the bone's normal at
  // the middle alone, its upper margin stood 2.6-2.9 mm off the bone)
  const lift = halfThick + 0.0003;
  const laid = at.map(([x, z]) => {
    const [lo, hi, mid] = [-1, 1, 0].map((s) => onBone('tibia', [x, y + s * 0.85 * halfWidth, z], lift)) as [
      Vec3,
      Vec3,
      Vec3,
    ];
    const n = normalize(reject(surfaceNormal(tibia, mid), normalize(sub(hi, lo))));
    const centre = lerp(lo, hi, 0.5);
    return { p: add(centre, scale(n, Math.max(0, dot(sub(mid, centre), n)))), n };
  });
  const points = laid.map((l) => l.p);
  const normals = smoothNormals(laid.map((l) => l.n));
  return {
    points,
    halfWidths: points.map((_, i) => (i === points.length - 1 ? halfWidth * 0.6 : halfWidth)),
    halfThicks: points.map(() => halfThick),
    normals,
  };
}

/**
 * The anterior arm's field: the band along its course, of the section semimembranosus' loft gives it (a
 * superellipse of power 3).
 */
export function semimembranosusAnteriorArmSdf(): Sdf {
  return pathBand(smoothBand({ ...semimembranosusAnteriorArm(), edge: 3 }, 4));
}

/** Both arms drawn, as one mesh: the central arm and the superficial arm that leaves it below the joint. */
export function posteriorObliqueSdf(): Sdf {
  const central = pathBand(posteriorObliqueBand());
  const superficial = pathBand(posteriorObliqueSuperficialArm());
  return (x, y, z) => Math.min(central(x, y, z), superficial(x, y, z));
}

/**
 * Triangles a side: one lean, broad sheet (the deep file's budget, glb.test.ts, leaves no more; 240 faceted its
 * rim once it was ~2.2 cm wide).
 */
export const OPL_TRIANGLES = 290;

/**
 * What the oblique popliteal ligament lies on behind the knee (left side): the femur, the tibia and the joint
 * capsule, whose back (the model's capsule is a band at the joint line) spans the space between the condyles
 * behind the cruciate ligaments.
 */
export function posteriorKneeSurface(): Sdf {
  const femur = boneSdf('femur');
  const tibia = boneSdf('tibia');
  const capsule = kneeJointSdf();
  return (x, y, z) => Math.min(femur(x, y, z), tibia(x, y, z), capsule(x, y, z));
}

/**
 * The oblique popliteal ligament (left side): an expansion of semimembranosus' tendon from near its
 * insertion on the back of the medial tibial condyle, upward and laterally over the back of the capsule,
 * with which it blends, to the upper margin of the intercondylar fossa and the back of the lateral femoral
 * condyle (Gray's; Moore: it forms part of the floor of the popliteal fossa, the popliteal artery on it).
 * Hedderwick et al. 2017 (Surg Radiol Anat 39(9)): to the posterolateral capsule or the fabella at the
 * medial margin of the lateral condyle, 43.6 mm from side to side in dissection; Wu et al. 2017 (Sci Rep
 * 7:42698): 39.5 mm long, 22.6 wide, 1.44 thick. Drawn as a flat sheet 1.44 mm thick, ~9 mm wide at the
 * tendon, broadening to ~22 mm over the back of the capsule between the condyles and narrowing to ~10 mm at the
 * lateral condyle (the medial condyle's back, the tibial nerve behind it and the lateral condyle's curve
 * leave no more room at its ends), laid from behind on the femur, tibia and capsule 1.5-4.5 mm off them (a flat
 * sheet that broad spans the hollows under it), along one smooth curve: from beside semimembranosus' tendon at
 * the joint line (kneeParts.test.ts measures how near), over the capsule behind the posterior cruciate
 * ligament, across the top of the fossa's opening (bridged, not dipping into it), to the medial margin of
 * the lateral condyle's back, just medial to gastrocnemius' lateral head, its end on the bone.
 */
export function obliquePoplitealBand(): BandPath {
  const surface = posteriorKneeSurface();
  // [x, y, half width, half thickness, gap between its deep face and the surface, the least distance (z)
  // behind the plateau's centre] from medial (low) to lateral (high). Each point's section is laid from
  // behind across the band's width: its two edges laid on the surface, the centre midway between them (or
  // further back, where the surface bulges under it) and the face tilted to the line through them, so
  // neither edge runs into a condyle where the surface slopes across the band. Over the top of the fossa's
  // opening (between the capsule's top and the lateral condyle) the least distance bridges it. The last
  // point is laid from behind and medially onto the condyle's posteromedial face, its edges too, sunk 0.4
  // mm into it
  const pc = L('tibial_plateau_centre');
  const levels: [number, number, number, number, number, number][] = [
    [0.0668, 0.4752, 0.0042, 0.00072, 0.0014, 0],
    [0.0765, 0.4835, 0.0056, 0.00072, 0.0015, 0],
    [0.0865, 0.4918, 0.0112, 0.00072, 0.0014, 0],
    [0.0955, 0.5, 0.0102, 0.00072, 0.0012, 0.0365],
    [0.0995, 0.5043, 0.0075, 0.00072, 0.0015, 0],
    [0.1032, 0.5085, 0.005, 0.00072, -0.0004, 0],
  ];
  const last = levels.length - 1;
  const laid = levels.map(([x, y, w, h, gap, back], i) => {
    const [a, b] = [levels[Math.max(0, i - 1)]!, levels[Math.min(last, i + 1)]!];
    const along = normalize([b[0] - a[0], b[1] - a[1], 0]);
    const across: Vec3 = [-along[1], along[0], 0];
    const dir: Vec3 = i === last ? [0.45, 0, 1] : [0, 0, 1];
    const lay = (s: number): Vec3 => {
      const q = drape(surface, [x + s * w * across[0], y + s * w * across[1], -0.025], dir, h + gap);
      return [q[0], q[1], Math.min(q[2], pc[2] - back)];
    };
    const [lo, hi, mid] = [lay(-1), lay(1), lay(0)];
    const centre = lerp(lo, hi, 0.5);
    const p: Vec3 = [centre[0], centre[1], Math.min(centre[2], mid[2])];
    const n = normalize(cross(sub(hi, lo), along));
    return { p, n: n[2] > 0 ? scale(n, -1) : n };
  });
  const points = laid.map((l) => l.p);
  return smoothBand(
    {
      points,
      halfWidths: levels.map((l) => l[2]),
      halfThicks: levels.map((l) => l[3]),
      normals: smoothNormals(laid.map((l) => l.n)),
      edge: 2.5,
    },
    4,
  );
}

export function obliquePoplitealSdf(): Sdf {
  return pathBand(obliquePoplitealBand());
}

/** The fibular collateral ligament's course: over the bulge of the fibular head to its lateral aspect. */
export function lateralCollateralPath(): Vec3[] {
  const { from, to } = kneeLigamentEnds().lcl;
  return [from, off(L('fibular_head'), [0.0135, 0.002, 0.003]), to];
}

export function lateralCollateralSdf(): Sdf {
  return chain(lateralCollateralPath(), [0.0024, 0.0023, 0.0022]);
}

/** Distance (approximate outside) to a meniscus' section at radius r and height v above its base. */
function wedge2(r: number, v: number, inner: number, outer: number, height: number): number {
  // the section: flat on the plateau, thick at the rim (outer), a thin free edge inside
  const bottom = -v;
  const rim = r - outer;
  const lip = 0.002;
  // the upper surface from (inner, lip) to (outer, height)
  const dx = outer - inner;
  const dy = height - lip;
  const n = Math.hypot(dx, dy);
  const top = ((r - inner) * -dy + (v - lip) * dx) / n;
  // Rounded where the faces meet: with hard creases the mesher's 0.7 mm grid serrated the rim's top edge
  // and the field normals flipped between the faces there, which shaded the front in vertical stripes.
  // The part above the plateau keeps its width (the base lies in the bone).
  const body = smax(smax(bottom, rim, 0.002), top, 0.003);
  return smax(body, inner - r - 0.0005, 0.0015);
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

/**
 * What the pes anserinus tendons pass over near their insertion (left side): the tibial collateral ligament
 * and the anserine bursa between them (Gray's; Moore: the pes anserinus lies superficial to the distal
 * superficial MCL, the bursa between them), and behind the knee the posterior oblique ligament on the
 * capsule (LaPrade et al. 2007: the medial structures' superficial layer, the sartorius fascia, covers it),
 * as one field the tendons are pushed out of (soft/index.ts). Under each ligament (up to 1 cm lateral of
 * its medial face, along x) the field is the distance out over that face, so a tendon vertex caught in it
 * or in the gap under it is pushed out medially, over the band, never into the gap (where the bones would
 * push it back in). Away from them it is the distance to their meshes' box, so a tendon's far vertices cost
 * little; the fields themselves are made on first use.
 */
export function pesAnserinusBedSdf(): Sdf {
  const ligaments = ['medial_collateral_ligament', 'posterior_oblique_ligament'] as const;
  const boxes = [...ligaments, 'pes_anserine_bursa' as const].map((id) => kneePartMeshSettings(id));
  const lo = [0, 1, 2].map((k) => Math.min(...boxes.map((b) => b.min[k] as number)));
  const hi = [0, 1, 2].map((k) => Math.max(...boxes.map((b) => b.max[k] as number)));
  let bed: Sdf | undefined;
  const make = (): Sdf => {
    const bursa = pesAnserineBursaSdf();
    const bands = ligaments.map((id, i) => {
      const field = id === 'medial_collateral_ligament' ? medialCollateralSdf() : posteriorObliqueSdf();
      const b = boxes[i] as { min: Vec3; max: Vec3 };
      // where a line along +x (laterally) through (y, z) first meets the ligament, searched across its box
      const face = (y: number, z: number): number => {
        if (y < b.min[1] || y > b.max[1] || z < b.min[2] || z > b.max[2]) return Infinity;
        let x = b.min[0];
        for (let k = 0; k < 100 && x < b.max[0]; k++) {
          const d = field(x, y, z);
          if (d < 0.00005) return x;
          x += d;
        }
        return Infinity;
      };
      return (x: number, y: number, z: number): number => {
        const under = x - face(y, z);
        return under > 0 && under < 0.01 ? -under : field(x, y, z);
      };
    });
    return (x, y, z) => Math.min(bursa(x, y, z), ...bands.map((f) => f(x, y, z)));
  };
  return (x, y, z) => {
    const out = Math.hypot(
      Math.max((lo[0] as number) - x, 0, x - (hi[0] as number)),
      Math.max((lo[1] as number) - y, 0, y - (hi[1] as number)),
      Math.max((lo[2] as number) - z, 0, z - (hi[2] as number)),
    );
    // the meshes' boxes are padded by 2 mm or more, so outside the box they lie further than this
    if (out > 0) return out + 0.002;
    bed ??= make();
    return bed(x, y, z);
  };
}

export function kneePartSdf(id: KneePartId): Sdf {
  switch (id) {
    case 'anterior_cruciate_ligament':
      return cruciateSdf('acl');
    case 'posterior_cruciate_ligament':
      return cruciateSdf('pcl');
    case 'medial_collateral_ligament':
      return medialCollateralSdf();
    case 'deep_medial_collateral_ligament':
      return pathBand(deepMedialCollateralBand());
    case 'lateral_collateral_ligament':
      return lateralCollateralSdf();
    case 'posterior_oblique_ligament':
      return posteriorObliqueSdf();
    case 'oblique_popliteal_ligament':
      return obliquePoplitealSdf();
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
  // the box round points (a band's course), padded
  const around = (points: readonly Vec3[], pad: number): { min: Vec3; max: Vec3 } => {
    const lo = (k: number) => Math.min(...points.map((p) => p[k]!)) - pad;
    const hi = (k: number) => Math.max(...points.map((p) => p[k]!)) + pad;
    return { min: [lo(0), lo(1), lo(2)], max: [hi(0), hi(1), hi(2)] };
  };
  const box = (a: Vec3, b: Vec3, pad: number) => around([a, b], pad);
  const ends = kneeLigamentEnds();
  const pc = L('tibial_plateau_centre');
  switch (id) {
    case 'anterior_cruciate_ligament':
      return { ...box(ends.acl.from, ends.acl.to, 0.01), edge: 0.0008, tris: 500 };
    case 'posterior_cruciate_ligament':
      return { ...box(ends.pcl.from, ends.pcl.to, 0.01), edge: 0.0008, tris: 500 };
    case 'medial_collateral_ligament':
      // a 0.8 mm grid: on a 0.7 mm one the simplifier fell back and crushed the thin band at some budgets
      return { ...box(ends.mcl.from, ends.mcl.to, 0.012), edge: 0.0008, tris: 1100 };
    case 'lateral_collateral_ligament':
      return { ...box(ends.lcl.from, ends.lcl.to, 0.01), edge: 0.0008, tris: 400 };
    case 'posterior_oblique_ligament': {
      // a thin band (~1.4 mm): a 0.5 mm grid puts three cells across it; the box reaches down and forward
      // over the superficial arm's end (2 cm below the plateau's centre, just behind the tibial collateral
      // ligament)
      const b = box(ends.pol.from, ends.pol.to, 0.009);
      return {
        min: [b.min[0], pc[1] - 0.026, b.min[2]],
        max: [b.max[0], b.max[1], 0.006],
        edge: 0.0005,
        tris: POL_TRIANGLES,
      };
    }
    case 'deep_medial_collateral_ligament':
      // a thin band (~1.2 mm): a 0.4 mm grid puts 3 cells across it
      return { ...around(deepMedialCollateralBand().points, 0.013), edge: 0.0004, tris: DMCL_TRIANGLES };
    case 'oblique_popliteal_ligament':
      // a thin, broad sheet (~1.4 mm, up to ~2.3 cm): a 0.4 mm grid, as the deep MCL's (on a 0.5, 0.45 or 0.55
      // mm grid the simplifier pinched it and the fallback kept 4,900-8,700 triangles)
      return { ...around(obliquePoplitealBand().points, 0.013), edge: 0.0004, tris: OPL_TRIANGLES };
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
