/**
 * Muscles of the lumbar region and the posterior abdominal wall (left side): psoas major, iliacus, quadratus
 * lumborum, multifidus (muscles/multifidus.ts), erector spinae. Origins and insertions after Gray's Anatomy 42nd ed. and the path points of the
 * OpenSim model of Rajagopal et al. 2016; belly sizes from MRI cross-sections (Ward et al. 2009, Clin Orthop
 * Relat Res 467:1074), rounded.
 */
import { rel } from '../../landmarks';
import type { Vec3 } from '../../types';
import { A, bodySide, lamina, onBone, vertebraPoint } from '../attachments';
import { boneSdf } from '../../bones';
import { ramp } from '../spec';
import { multifidusBundles } from './multifidus';
import type { MuscleSpec } from './types';

const X: Vec3 = [1, 0, 0];
const Z: Vec3 = [0, 0, 1];

/** p moved out along a bone's normal to `lift` from it where it lies closer. */
const clear = (bone: 'hip_bone' | 'femur', p: Vec3, lift: number): Vec3 =>
  boneSdf(bone)(p[0], p[1], p[2]) < lift ? onBone(bone, p, lift) : p;
const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];
const mix = (a: Vec3, b: Vec3, f: number): Vec3 => [
  a[0] + (b[0] - a[0]) * f,
  a[1] + (b[1] - a[1]) * f,
  a[2] + (b[2] - a[2]) * f,
];
/**
 * Iliacus' mid-surface over the bones, at least half its thickness from them: in the iliac fossa (~3.4 cm
 * thick there), over the pelvic brim and in front of the femoral head (Gray's: it lies on the fossa and passes
 * over the front of the hip capsule). Its lines were set by hand 0-19 mm from the bone, so its deep half lay
 * in the fossa, the brim and the femoral head and the bones pushed it by up to 20.6 mm (169 vertices).
 */
const ILIACUS_FOSSA = 0.017;
const ILIACUS_BRIM = 0.02;
const ILIACUS_HEAD = 0.016;

export const trunkMuscles = (): MuscleSpec[] => {
  const brim: Vec3[] = [
    rel('hip_joint_centre', [-0.0115, 0.0225, 0.028]),
    rel('aiis', [-0.022, -0.0245, 0.002]),
    rel('aiis', [-0.012, -0.0245, 0.006]),
    // on out laterally, not back and down (where it lay 2 mm medial of the point before and 5 mm below it,
    // this line and the one half-way to the trochanter hooked back at their lateral end, the cross-curves
    // there ran along the fibres and the lofted faces folded over the brim; 7 mm further out than here, the
    // skin pressed it 3.8 mm)
    rel('aiis', [-0.011, -0.026, 0.004]),
  ];
  const trochanter: Vec3[] = [
    rel('lesser_trochanter', [-0.008, 0.014, 0.012]),
    rel('lesser_trochanter', [-0.004, 0.012, 0.014]),
    rel('lesser_trochanter', [0, 0.01, 0.016]),
    rel('lesser_trochanter', [0.004, 0.008, 0.018]),
  ];
  return [
    {
      id: 'psoas_major',
      bulk: 0.75,
      kind: 'path',
      // Bodies and transverse processes L1-L5 (Gray's); ACSA ~15-20 cm² at L4-L5 (Ward 2009) -> 5 x 4 cm.
      // its fleshy slips lie on the side of the body (Gray's): the path half their thickness out from it (on the
      // bone, the slip's medial half lay in the body, and the bones pushed it 9.6 mm)
      origin: { bone: 'l1_vertebra', p: bodySide(0), lift: 0.005 },
      insertion: { bone: 'femur', p: A('lesser_trochanter_front') },
      via: [
        rel('l2_l3_foramen', [0.012, 0.0006, 0.025]),
        rel('l4_l5_foramen', [0.023, -0.0089, 0.0351]),
        rel('s1_foramen', [0.034, -0.002, 0.048]),
        // over the pelvic brim, in front of the hip joint (Rajagopal 2016 psoas via points); its tendon comes to
        // the lesser trochanter medial to vastus medialis' origin (4 mm further out, it was pushed 4 mm by it);
        // 2.5 mm further forward, clear of the brim (the bones pushed it 3.7 mm)
        rel('aiis', [-0.027, -0.0195, 0.0105]),
        rel('hip_joint_centre', [-0.004, -0.0225, 0.034]),
      ],
      // Fusiform: slender at L1, broadest at L3-L5, narrowing over the pelvic brim where iliacus joins its
      // lateral side, then a flat tendon from in front of the hip joint to the lesser trochanter (Gray's).
      profile: [
        [0, 0.02, 0.016],
        [0.12, 0.03, 0.024],
        [0.28, 0.05, 0.038],
        [0.42, 0.05, 0.037],
        [0.6, 0.036, 0.027],
        [0.76, 0.022, 0.015],
        [0.88, 0.015, 0.008],
        [1, 0.013, 0.006],
      ],
      widthDir: [{ at: 0, dir: Z }],
      rings: 44,
      // fleshy on the spine; the flat tendon from in front of the hip joint
      tendons: { insertion: 0.12 },
      // its tendon lies on pectineus' upper border at the lesser trochanter: not pushed out of it (the push
      // dented psoas by up to 28 mm), so the two meet in one line
      joins: ['pectineus'],
    },
    {
      id: 'iliacus',
      bulk: 1.5,
      kind: 'sheet',
      originBones: ['hip_bone'],
      insertionBones: ['femur'],
      // Upper two thirds of the iliac fossa and inner lip of the crest -> joins psoas -> lesser trochanter.
      lines: [
        [
          rel('sacroiliac_joint_centre', [0.022, 0.012, -0.003]),
          rel('iliac_crest_top', [-0.022, -0.019, -0.007]),
          rel('iliac_tubercle', [-0.022, -0.002, -0.013]),
          rel('asis', [-0.005, 0.0096, -0.0114]),
        ],
        [
          rel('s1_foramen', [0.032, -0.022, 0.008]),
          rel('aiis', [-0.022, 0.0355, -0.037]),
          rel('aiis', [-0.007, 0.0305, -0.012]),
          // across the fossa above the AIIS: 7.5 mm lower, 5 mm further back and 5 mm medial, its lateral end
          // ran down along the fibres towards the brim (the cross-curves within 3 deg of the spines there)
          rel('aiis', [-0.008, 0.018, 0.01]),
        ].map((p) => clear('hip_bone', p, ILIACUS_FOSSA)),
        brim.map((p) => clear('femur', clear('hip_bone', p, ILIACUS_BRIM), ILIACUS_BRIM)),
        // half-way down, in front of the femoral head; its medial edge 8 mm lateral and 4 mm in front of the
        // line from the brim to the trochanter, beside pectineus' upper border, not in it (it pushed 7.5 mm)
        brim.map((p, k) => {
          const q = clear('femur', mix(p, trochanter[k]!, 0.5), ILIACUS_HEAD);
          return k === 0 ? off(q, [0.008, 0, 0.004]) : q;
        }),
        trochanter,
      ],
      // thin along the inner lip of the crest, the upper border of the area it arises from (Gray's), and
      // tapering from the brim into the tendon it shares with psoas (it was ~3 cm thick over the femoral head)
      thickness: (_u, v) => ramp(v, 0, 0.35, 0.0025, 0.02) * ramp(v, 0.55, 1, 1, 0.3),
      // fleshy in the fossa; its fibres end on the psoas tendon
      tendons: { insertion: 0.1 },
      // and meets pectineus' lateral border where the two reach the lesser trochanter (the floor of the femoral
      // triangle), as psoas' tendon does: pushed out of it, its medial edge was dented 16.8 mm there
      joins: ['psoas_major', 'pectineus'],
      // its lateral edge (ASIS -> AIIS -> trochanter) is ~18 cm, its middle ~25: rings at fractions of each
      // spine's own length met the brim line at 0.44 of the lateral spine and 0.52-0.56 of the middle ones, so
      // over the brim they ran within 11-20 deg of the spines, the lens' normal swung up to 28 deg a ring
      // where the sheet turns from the fossa's wall to the front of the hip joint, and the deep face turned
      // 54 deg between rings there
      ringsOnLines: true,
    },
    {
      id: 'quadratus_lumborum',
      kind: 'sheet',
      originBones: ['hip_bone', 'l5_vertebra'],
      insertionBones: ['l1_vertebra'],
      // Iliolumbar ligament / posterior iliac crest -> transverse processes L1-L4 and 12th rib (absent: ends at L1).
      lines: [
        [
          rel('psis', [0.02, 0.037, 0.0176]),
          rel('iliac_crest_top', [-0.042, -0.012, -0.03]),
          rel('iliac_crest_top', [-0.022, -0.003, -0.015]),
        ],
        [
          rel('l3_l4_foramen', [0.028, 0.002, -0.0223]),
          rel('l3_l4_foramen', [0.048, 0.007, -0.0223]),
          rel('iliac_crest_top', [-0.032, 0.055, -0.005]),
        ],
        // at L2 its medial border on the tip of the transverse process (Gray's), not over it: with the line
        // below drawn from half-way along L1's process it ran through L2's and the bones pushed it 12 mm
        [
          vertebraPoint(1, 0.048, 0.002, -0.037),
          vertebraPoint(1, 0.06, 0.003, -0.038),
          vertebraPoint(1, 0.072, 0.004, -0.039),
        ],
        // along the lower border of L1's transverse process, from half-way out to its tip, where the 12th rib
        // (not modelled) would take it on laterally: ~2 cm. Its points lay beyond the tip and all met it, so
        // the line was 2.8 mm long and turned by 55 deg, and the lofted faces folded by 48 deg onto it
        [
          vertebraPoint(0, 0.025, -0.0105, -0.03),
          vertebraPoint(0, 0.03, -0.009, -0.03),
          vertebraPoint(0, 0.035, -0.0075, -0.03),
          vertebraPoint(0, 0.04, -0.006, -0.03),
        ],
      ],
      thickness: (_u, v) => ramp(v, 0, 0.3, 0.006, 0.016) * ramp(v, 0.8, 1, 1, 0.5),
    },
    // the deepest muscle of the lumbar gutter, before erector spinae so that erector spinae lies over it
    ...multifidusBundles(),
    {
      id: 'erector_spinae',
      kind: 'path',
      // Dorsal sacrum and iliac crest -> up beside the spinous processes above L1; ACSA ~20 cm² at L3-L4.
      // Its origin on the sacrum is the erector spinae aponeurosis, which covers multifidus there (multifidus
      // arises from the sacrum deep to it and from its deep face; Gray's 42nd ed.), attached to the median
      // sacral crest down to S3-S4 and laterally to the posterior superior iliac spine. Between the two it
      // spans the sacral gutter that multifidus fills, so its section there slopes back from the crest to the
      // PSIS (widthDir). It lay level at the PSIS's depth, ~2 cm behind multifidus (13-21 mm of empty space
      // under it at S1-S2: multifidus.test.ts), ending square across S3 a centimetre off the crest.
      origin: { bone: 'sacrum', p: rel('s3_centre', [0.01, -0.012, -0.025]), lift: 0.004 },
      insertion: { bone: 'l1_vertebra', p: lamina(0) },
      via: [
        // S3, S2 (the PSIS's level) and L5-S1: on multifidus, its lateral edge at the PSIS' medial face (1 cm
        // further out, the PSIS pushed it 6.7 mm)
        rel('psis', [-0.026, -0.02, 0.012]),
        rel('psis', [-0.024, 0.008, 0.007]),
        rel('psis', [-0.014, 0.045, 0.0076]),
        // behind and lateral to multifidus' lumbar belly, not on it (it was pushed 6-7 mm at L2-L3)
        rel('l5_s1_foramen', [0.016, 0.0257, -0.0356]),
        rel('l1_l2_foramen', [0.016, -0.021, -0.0414]),
        rel('l1_l2_foramen', [0.01, 0.039, -0.0434]),
      ],
      profile: [
        [0, 0.02, 0.003],
        [0.06, 0.026, 0.004],
        [0.13, 0.036, 0.006],
        [0.25, 0.05, 0.02],
        [0.55, 0.058, 0.036],
        [0.85, 0.05, 0.03],
        // cut off at L1 (it goes on up the thorax), on the lamina: as thin as the muscle's layer there, 8 mm (its
        // end ring, 1 cm thick, was pushed 6 mm out of the bone)
        [1, 0.02, 0.008],
      ],
      // level on the crest at its lower tip, sloping back ~30 deg to the PSIS over the sacrum, level in the loin
      widthDir: [
        { at: 0, dir: X },
        { at: 0.08, dir: [1, 0, -0.6] },
        { at: 0.15, dir: [1, 0, -0.6] },
        { at: 0.3, dir: X },
      ],
      power: 2.6,
      rings: 40,
      // the thick erector spinae aponeurosis over the sacrum (Gray's); fleshy above
      tendons: { origin: 0.1 },
    },
  ];
};
