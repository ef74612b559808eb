/**
 * The small nerves of issue 14, left side: the cutaneous nerves of the back, buttock, groin and leg, and the
 * two terminal branches of the common fibular nerve (Gray's Anatomy 42nd ed.; Moore's Clinically Oriented
 * Anatomy 8th ed.). Thin tubes (~1-2 mm): they go in the deep file (content/ids.ts), with the nerves layer.
 * Courses below the skin are kept inside it by the builder (soft/index.ts); points are landmarks, offsets
 * from them or limb coordinates (soft/limb.ts: θ 0 lateral, 90 anterior, 180 medial, 270 posterior).
 */
import type { Vec3 } from '../types';
import { footPoint, rel, type LandmarkName } from '../landmarks';
import { A } from './attachments';
import { limb } from './limb';
import type { NerveSpec } from './nerves';
import { relaxPolyline, roundCorner } from '../kernel/spline';
import { toLevel } from '../kernel/sdf.ts';
import { skinSdf } from './skin';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

/**
 * Closer rings for the sural nerve's trunk and branch (a coarse tube shows kinks where it curves round the calf and the
 * malleolus), as close as the deep file's triangle budget allows (glb.test.ts).
 */
const SURAL_RING_STEP = 0.02;
const SURAL_BRANCH_RING_STEP = 0.013;

/**
 * The sural nerve forms where its two roots meet, about mid-calf, after both pierce the deep fascia (Gray's):
 * [t, θ, depth under the skin].
 */
const SURAL_JUNCTION = [0.48, 282, 0.006] as const;

/**
 * How deep a cutaneous branch runs in the fat over the muscles: under the skin mesh's 4 mm simplification
 * error, above gluteus maximus' outer face (~1.2 cm under the skin, soft/muscles).
 */
const CUTANEOUS_DEPTH = 0.006;

/** The point of the skin field's level set `depth` under the skin nearest `p` (along the field's gradient). */
function underSkin(p: Vec3, depth: number): Vec3 {
  const skin = skinSdf();
  let q = p;
  for (let it = 0; it < 6; it++) q = toLevel(skin, q, -depth);
  return q;
}

/** The dorsal rami of L1-L3 leave behind these foramina (superior cluneal nerves). */
const DORSAL: readonly LandmarkName[] = ['l1_l2_foramen', 'l2_l3_foramen', 'l3_l4_foramen'];

/** The small nerves, given where the sacral plexus gathers (nerves.ts) and the lumbar plexus at L2. */
/**
 * Where the common fibular nerve, having wound round the fibular neck under fibularis longus, divides into
 * the superficial and deep fibular nerves (Gray's): just in front of the neck. Both branches start here and
 * the common nerve ends here (it ran on 3 cm past the neck, and the branches began by turning back up, a
 * hook of ~3 mm radius).
 */
export const fibularDivision = (): Vec3 => limb('leg').point(0.16, 8, 0.68);

export function smallNerveSpecs(sacralPlexus: Vec3, plexusL1: Vec3, plexusL2: Vec3): NerveSpec[] {
  return specs(sacralPlexus, plexusL1, plexusL2).map((n) => ({ ...n, fine: true }));
}

function specs(sacralPlexus: Vec3, plexusL1: Vec3, plexusL2: Vec3): NerveSpec[] {
  const thigh = limb('thigh');
  const leg = limb('leg');
  const T = (t: number, deg: number, rho: number): Vec3 => thigh.point(t, deg, rho);
  const G = (t: number, deg: number, rho: number): Vec3 => leg.point(t, deg, rho);
  const division = fibularDivision();
  /**
   * Points of the calf under its skin: keys [t, θ, depth] of the leg's frame, θ and depth interpolated every
   * 0.025 of t (~1 cm) and each point taken to that depth under the skin field. The calf's outline turns fast over
   * the gastrocnemius bellies, and points at a fixed ρ of the frame followed its turns as corners a few
   * rings apart; the skin's level set is smooth.
   */
  const underCalfSkin = (keys: readonly (readonly [number, number, number])[]): Vec3[] => {
    const points: Vec3[] = [];
    for (let k = 0; k < keys.length; k++) {
      const [t0, d0, z0] = keys[k]!;
      const next = keys[k + 1];
      const n = next ? Math.max(1, Math.round((next[0] - t0) / 0.025)) : 1;
      for (let i = 0; i < n; i++) {
        const f = i / n;
        const [t1, d1, z1] = next ?? keys[k]!;
        points.push(underSkin(G(t0 + (t1 - t0) * f, d0 + (d1 - d0) * f, 1), z0 + (z1 - z0) * f));
      }
    }
    // the level set bends tighter than the skin over a convex shoulder (the calf's, 7 mm in: a corner ~4 mm
    // round), and the gradient's sideways pull leaves a wiggle of a few millimetres; a nerve curves gently
    return relaxPolyline(points, 4);
  };
  const dorsum = footPoint(0.12, 0.07, 0.004);
  const inguinal = A('mid_inguinal_point');
  // genitofemoral: divides on psoas above the inguinal ligament
  const gfDivision = off(inguinal, [0, 0.03, -0.01]);
  const thin = (points: Vec3[], r0 = 0.0012, r1 = 0.0009, ringStep?: number) => ({
    points,
    r0,
    r1,
    ringStep,
  });
  return [
    {
      id: 'sural_nerve',
      // Medial sural cutaneous (tibial) between the gastrocnemius heads and the sural communicating branch
      // (common fibular) join at mid-calf; down the back of the calf lateral to the calcaneal tendon beside
      // the small saphenous vein, behind the lateral malleolus, along the lateral foot to the little toe.
      // One trunk from the tibial root to the foot, so it curves through the junction without a corner; the
      // communicating branch comes down lateral to it over gastrocnemius' lateral head and joins at an acute
      // angle (Gray's; Netter): seen from behind its course is nearly straight (θ chosen so; at a fixed θ the
      // calf's lateral bulge bowed it 1.4 cm out and back, a corner between two rings).
      parts: [
        thin(
          [
            // on the tibial nerve (nerves.ts) where it leaves it, in the popliteal fossa behind the popliteal
            // vessels
            G(0.04, 268, 0.8),
            G(0.1, 268, 0.68),
            // in two pieces, so that the junction stays where the branch ends (relaxPolyline keeps the ends)
            ...underCalfSkin([[0.17, 269, 0.01], [0.32, 274, 0.008], SURAL_JUNCTION]),
            ...underCalfSkin([
              SURAL_JUNCTION,
              [0.6, 288, 0.005],
              [0.72, 296, 0.005],
              [0.84, 310, 0.005],
              [0.92, 308, 0.004],
            ]).slice(1),
            rel('lateral_malleolus', [0.004, 0.004, -0.022]),
            rel('lateral_malleolus', [0.012, -0.022, 0]),
            rel('base_fifth_metatarsal', [0.01, 0.006, -0.01]),
            rel('fifth_metatarsal_head', [0.008, 0.006, 0]),
          ],
          0.0014,
          0.0009,
          SURAL_RING_STEP,
        ),
        thin(
          [
            G(0.04, 308, 0.9),
            ...underCalfSkin([
              [0.12, 305, 0.007],
              [0.2, 295, 0.007],
              [0.28, 286, 0.007],
              [0.38, 284, 0.0065],
              SURAL_JUNCTION,
            ]),
          ],
          0.0011,
          0.0011,
          SURAL_BRANCH_RING_STEP,
        ),
      ],
    },
    {
      id: 'superficial_fibular_nerve',
      // From the common fibular at the fibular neck, in the lateral compartment between fibularis longus
      // and extensor digitorum longus; pierces the deep fascia in the distal third to the dorsum of the foot,
      // where it divides into medial and intermediate dorsal cutaneous nerves.
      parts: [
        {
          // through the fascia and onto the dorsum it bends ~45 deg in front of the ankle, in view beside the
          // deep fibular nerve: at 15 deg a ring its corners showed
          maxTurn: 10,
          ...thin(
            [
              division,
              G(0.25, 4, 0.74),
              G(0.35, 6, 0.8),
              G(0.55, 8, 0.95),
              G(0.68, 16, 1.4),
              G(0.78, 25, 1.5),
              G(0.88, 42, 1.5),
              dorsum,
            ],
            0.0014,
            0.0011,
          ),
        },
        thin([dorsum, footPoint(0.17, 0.055, -0.02), footPoint(0.21, 0.04, -0.03)], 0.0011, 0.0008),
        thin([dorsum, footPoint(0.17, 0.05, 0.02), footPoint(0.21, 0.035, 0.035)], 0.0011, 0.0008),
      ],
    },
    {
      id: 'deep_fibular_nerve',
      // From the common fibular at the fibular neck, into the anterior compartment deep to extensor
      // digitorum longus; with the anterior tibial vessels on the interosseous membrane between tibialis
      // anterior and the long extensors, under the extensor retinacula to the first web space.
      parts: [
        {
          // round the front of the ankle and onto the dorsum it bends ~40 deg twice, in view over the
          // tarsus: at 15 deg a ring its corners showed
          maxTurn: 10,
          ...thin(
            [
              division,
              G(0.22, 20, 0.3),
              G(0.3, 24, 0.06),
              G(0.55, 34, 0.06),
              G(0.8, 48, 0.2),
              G(0.95, 70, 0.7),
              footPoint(0.12, 0.062, -0.01),
              footPoint(0.17, 0.045, -0.025),
              rel('first_metatarsal_head', [0.009, 0.016, 0.006]),
            ],
            0.0016,
            0.001,
          ),
        },
      ],
    },
    {
      id: 'posterior_femoral_cutaneous_nerve',
      // S1-S3: through the greater sciatic foramen below piriformis, medial to the sciatic nerve, under
      // gluteus maximus, then down the back of the thigh under the deep fascia to the popliteal fossa;
      // its inferior cluneal branches turn up round the lower border of gluteus maximus.
      parts: [
        thin(
          [
            sacralPlexus,
            rel('ischial_spine', [0, 0.022, -0.026]),
            rel('ischial_spine', [0.022, 0.012, -0.057]),
            rel('ischial_tuberosity', [0.035, 0, -0.057]),
            // (a point at T(0.15) lay 13 mm above the last and 4 cm lateral: a hairpin of 3 mm radius)
            T(0.28, 269, 1.05),
            T(0.45, 270, 1.05),
            T(0.8, 272, 1.05),
            T(1.0, 270, 1.2),
            G(0.1, 272, 1.3),
          ],
          0.0018,
          0.0012,
        ),
        // inferior cluneal branch: round the lower border of gluteus maximus, then up over it in the fat
        // under the skin (it ran into the muscle, and only stubs of it showed on the buttock)
        // (its turn is an arc of 8 mm radius: through one point it was a hairpin of 3 mm radius)
        thin([
          T(0.26, 268, 1.05),
          ...roundCorner(
            T(0.26, 268, 1.05),
            underSkin(rel('ischial_tuberosity', [0.05, -0.058, -0.09]), CUTANEOUS_DEPTH),
            underSkin(rel('ischial_tuberosity', [0.045, -0.015, -0.1]), CUTANEOUS_DEPTH),
            0.008,
            4,
          ),
          underSkin(rel('ischial_tuberosity', [0.045, -0.015, -0.1]), CUTANEOUS_DEPTH),
          underSkin(rel('ischial_tuberosity', [0.05, 0.03, -0.11]), CUTANEOUS_DEPTH),
          underSkin(rel('ischial_tuberosity', [0.055, 0.065, -0.12]), CUTANEOUS_DEPTH),
        ]),
      ],
    },
    {
      id: 'superior_cluneal_nerves',
      // Lateral branches of the dorsal rami of L1-L3: back through erector spinae, through the thoracolumbar
      // fascia, over the posterior iliac crest to the skin of the upper buttock.
      parts: DORSAL.map((f, i) =>
        thin([
          rel(f, [0.028, -0.006, -0.03]),
          rel(f, [0.03 + 0.01 * i, -0.03, -0.075]),
          rel('psis', [0.018 + 0.015 * i, 0.06, -0.028]),
          underSkin(rel('psis', [0.025 + 0.017 * i, 0.02, -0.036]), CUTANEOUS_DEPTH),
          underSkin(rel('psis', [0.035 + 0.02 * i, -0.045, -0.036]), CUTANEOUS_DEPTH),
        ]),
      ),
    },
    {
      id: 'ilioinguinal_nerve',
      // L1: from the lateral border of psoas across quadratus lumborum and iliacus, along the iliac crest,
      // through the abdominal wall near the anterior superior iliac spine, along the inguinal canal and out
      // of its superficial ring to the skin of the groin and upper medial thigh.
      parts: [
        thin([
          plexusL1,
          rel('l2_l3_foramen', [0.05, -0.01, 0]),
          rel('iliac_crest_top', [-0.012, 0.005, 0.035]),
          rel('asis', [-0.006, 0.02, 0.01]),
          rel('pubic_tubercle', [0.046, 0.044, 0.018]),
          rel('pubic_tubercle', [0.012, 0.01, 0.022]),
          rel('pubic_tubercle', [0.03, -0.045, 0.03]),
        ]),
      ],
    },
    {
      id: 'genitofemoral_nerve',
      // L1-L2: through psoas onto its front at L3-L4, down on the muscle, dividing above the inguinal
      // ligament: the femoral branch under the ligament to the skin of the upper femoral triangle, the
      // genital branch through the inguinal canal.
      parts: [
        thin([
          plexusL2,
          rel('l3_l4_foramen', [0.02, -0.01, 0.055]),
          rel('l4_l5_foramen', [0.026, -0.01, 0.06]),
          rel('s1_foramen', [0.034, -0.002, 0.07]),
          gfDivision,
        ]),
        thin([gfDivision, off(inguinal, [0.006, -0.008, 0.004]), T(0.1, 112, 1.4)], 0.0011, 0.0008),
        thin([
          gfDivision,
          off(inguinal, [-0.01, 0.012, 0.004]),
          rel('pubic_tubercle', [0.014, 0.006, 0.018]),
        ]),
      ],
    },
  ];
}
