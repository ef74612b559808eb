/**
 * The deep lateral rotators of the hip below piriformis (left side), from above down: gemellus superior,
 * obturator internus, gemellus inferior, quadratus femoris, with obturator externus below the femoral neck.
 * After Gray's Anatomy 42nd ed. (gluteal region: short lateral rotators) and Netter's Atlas 7th ed. (deep
 * gluteal plate): obturator internus arises inside the pelvis from the obturator membrane and the bone round
 * it, turns round the lesser sciatic notch and runs laterally, the gemelli along its upper and lower borders,
 * to the medial surface of the greater trochanter; quadratus femoris runs from the lateral border of the
 * ischial tuberosity to the quadrate tubercle on the intertrochanteric crest; obturator externus from the
 * outer surface of the obturator membrane, under the neck, to the trochanteric fossa. They lie under gluteus
 * maximus, so they go in the deep model file (DEEP_STRUCTURE_IDS).
 */
import type { Vec3 } from '../../types';
import { L } from '../../landmarks';
import type { MuscleSpec } from './types';
import { heldAt } from '../attachments';
import { obturatorMembrane, obturatorMembraneSdf } from '../obturatorMembrane';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];
const UP: Vec3 = [0, 1, 0];
/**
 * Superellipse power of their sections: flat straps with squared edges that meet edge to edge, as the atlases
 * draw the gemelli, the obturator internus tendon and quadratus femoris (they were rounded bundles, power 2-3,
 * with creases between them). A squarer section holds more (0.93 of its box, an ellipse 0.79), so their
 * thicknesses are ~15 % less than the volume shares were calibrated with (muscleVolumes.ts).
 */
const FLAT = 4;
/** Obturator internus' mid-plane behind the obturator membrane's plane: half its thickness and the membrane's. */
const OI_DEPTH = 0.0055;

export const hipRotatorMuscles = (): MuscleSpec[] => {
  const gt = L('greater_trochanter');
  const spine = L('ischial_spine');
  const tuberosity = L('ischial_tuberosity');
  const foramen = L('obturator_foramen_centre');
  const membrane = obturatorMembrane();
  const externusOrigin = off(foramen, [0.006, 0.0, 0.0]);
  // the medial surface of the greater trochanter, where the obturator internus tendon and the gemelli insert
  const trochantericInsertion = off(gt, [-0.014, -0.006, -0.012]);
  return [
    {
      id: 'gemellus_superior',
      kind: 'path',
      // outer surface of the ischial spine
      origin: { bone: 'hip_bone', p: off(spine, [0.006, 0.0, -0.004]) },
      insertion: { bone: 'femur', p: off(trochantericInsertion, [0, 0.006, 0]) },
      // along the upper border of the obturator internus tendon, in its plane (one sheet with it: Netter)
      via: [off(spine, [0.042, -0.0025, 0.002])],
      profile: [
        [0, 0.012, 0.006],
        [0.5, 0.016, 0.006],
        [1, 0.008, 0.0043],
      ],
      widthDir: [{ at: 0, dir: UP }],
      power: FLAT,
      rings: 16,
      segments: 10,
      tendons: { insertion: 0.2 },
    },
    {
      id: 'obturator_internus',
      kind: 'path',
      // pelvic surface of the obturator membrane and the bone round it (Gray's): from the front of the
      // membrane's pelvic face, across it and on along the side wall of the lesser pelvis behind the foramen.
      // It lay 2.4-2.7 cm medial of both, in the pelvic cavity, where the adductors' tops reached through the
      // foramen (the thigh's muscles are now kept out of the pelvis: obturatorMembrane.ts)
      origin: heldAt('hip_bone', membrane.pelvicPoint(0, 0.012, OI_DEPTH)),
      insertion: { bone: 'femur', p: trochantericInsertion },
      via: [
        membrane.pelvicPoint(0.002, -0.008, OI_DEPTH),
        // on the side wall behind the foramen, level with its upper half
        off(foramen, [-0.009, 0.017, -0.04]),
        // round the lesser sciatic notch, between the ischial spine and tuberosity, on the notch's cartilage-
        // covered surface, not through it (this point and the one before lay 3-4 mm further out, and the
        // bones pushed the tendon 6.6 mm where it turns)
        off(spine, [-0.003, -0.024, -0.009]),
        off(spine, [0.045, -0.018, 0.0]),
      ],
      // a fan over the whole membrane (~4.5 cm across it; 3 cm wide it covered its upper half), ~4.5 mm thick,
      // converging on the notch: its share stays within the MRI's (1.14 before, a 3 cm fan 6 mm thick)
      profile: [
        [0, 0.04, 0.0045],
        [0.2, 0.04, 0.0045],
        [0.45, 0.028, 0.0065],
        [0.6, 0.016, 0.0077],
        [1, 0.01, 0.0043],
      ],
      power: FLAT,
      // upright on the side wall of the lesser pelvis (it was a level plate across the foramen, its width
      // along the path), at its origin leaning with the back of the pubis
      widthDir: [
        { at: 0, dir: [0, 1, 0.3] },
        { at: 0.3, dir: UP },
      ],
      rings: 24,
      segments: 10,
      // a flat tendon from the notch on (Gray's)
      tendons: { insertion: 0.45 },
      joins: ['gemellus_superior'],
      // the fields of the muscles drawn before it are their lofts as drawn, and the adductors' and
      // pectineus' tops reach through the foramen before they are kept out of the pelvis (obturatorMembrane.ts;
      // adductor brevis pushed it 30 mm): where they lay, it lies on the membrane's other face
      interleaves: ['adductor_brevis', 'adductor_magnus', 'pectineus'],
    },
    {
      id: 'gemellus_inferior',
      kind: 'path',
      // upper part of the ischial tuberosity
      origin: { bone: 'hip_bone', p: off(tuberosity, [0.002, 0.024, -0.012]) },
      insertion: { bone: 'femur', p: off(trochantericInsertion, [0, -0.005, 0]) },
      // along the lower border of the obturator internus tendon, in its plane (it lay in front of it); its
      // lateral half 2-4 mm higher, more over the tendon it blends with, so its lower border meets quadratus
      // femoris' upper border instead of overlapping it (it pushed quadratus femoris 9.3 mm)
      via: [off(tuberosity, [0.04, 0.034, -0.016])],
      profile: [
        [0, 0.013, 0.0068],
        [0.5, 0.013, 0.0068],
        [1, 0.008, 0.0043],
      ],
      widthDir: [{ at: 0, dir: UP }],
      power: FLAT,
      rings: 16,
      segments: 10,
      tendons: { insertion: 0.2 },
      // the gemelli blend into the obturator internus tendon (triceps coxae): not pushed out of it
      joins: ['obturator_internus', 'gemellus_superior'],
    },
    {
      id: 'quadratus_femoris',
      kind: 'path',
      // lateral border of the ischial tuberosity, below the bulge of the ischium above it and in front of
      // the hamstrings' origin, and level with the next point, so its flat end lies along the bone (6 mm
      // higher and 4 mm further back, the bones pushed its upper corner 8.4 mm, biceps femoris its lower 5.2)
      origin: { bone: 'hip_bone', p: off(tuberosity, [0.015, 0.003, -0.001]) },
      // the quadrate tubercle on the intertrochanteric crest, and below it: 7 mm lower and 8 mm further back
      // than it was, so its end lies on the crest (the bones pushed its lower front corner 9.2 mm) and its
      // upper border below gemellus inferior and obturator externus' tendon
      insertion: { bone: 'femur', p: off(gt, [-0.026, -0.049, -0.026]) },
      // just below gemellus inferior, edge to edge, its lower border against the upper border of adductor
      // magnus (the sciatic nerve crosses its back); its medial half in front of the hamstrings' origin on
      // the tuberosity (Netter, posterior hip): its middle 6.5 mm higher and 5 mm further forward than it
      // was (biceps femoris' long head pushed it 7.9 mm there, 11.6 before that)
      via: [off(tuberosity, [0.028, 0.004, -0.002]), off(tuberosity, [0.046, 0.011, -0.007])],
      // adductor magnus' upper border reached 10-14 mm into it, and pushed out of it quadratus femoris was
      // crushed near the tuberosity (to 0.14 of its thickness, a crease): where they overlap it lies hidden
      interleaves: ['adductor_magnus'],
      // a flat quadrilateral, nearly as broad at the tuberosity as at the femur (Gray's; Netter), narrowed
      // at its origin to the tuberosity's lateral border
      profile: [
        [0, 0.023, 0.01],
        [0.2, 0.033, 0.012],
        [0.5, 0.036, 0.014],
        [1, 0.032, 0.01],
      ],
      widthDir: [{ at: 0, dir: UP }],
      power: FLAT,
      rings: 16,
      segments: 12,
    },
    {
      id: 'obturator_externus',
      kind: 'path',
      // outer surface of the obturator membrane and the bone round it: the fan starts in front of the membrane
      // (not through it, where obturator internus lies) and no wider than the foramen, so its edges are not
      // pushed out of the rami and crumpled
      origin: { bone: 'hip_bone', p: externusOrigin },
      // the trochanteric fossa, passing under and behind the femoral neck: deep in the fossa (it ended 6 mm
      // further back on its lateral rim, where gemellus inferior and quadratus femoris lay across it)
      insertion: { bone: 'femur', p: off(gt, [-0.025, -0.011, -0.003]) },
      // below the neck and then behind it, its tendon on the back of the neck and capsule up to the fossa
      // (Gray's; Netter pl. 497): its second point lay 2.6 cm below the neck base beside the lesser
      // trochanter, and the path from there to the fossa ran through the femur (the bones pushed it 23 mm)
      via: [
        // on the outer face of the membrane and the inferior ramus, 4 mm further forward (its back lay in the
        // ramus: the bones pushed it 4.2 mm there), behind the psoas tendon
        off(foramen, [0.03, -0.012, -0.01]),
        off(L('femoral_neck_base'), [-0.008, -0.009, -0.031]),
        // on the back of the neck, in front of gemellus inferior and quadratus femoris (1.5 mm further
        // back and 2 mm further out, quadratus femoris higher at the femur, they pushed it 7.8 and 8.5 mm)
        off(L('femoral_neck_base'), [0.01, 0.001, -0.0295]),
      ],
      // the thigh's frame fills the space under the femoral neck with the tops of the adductors and pectineus,
      // which pressed it from three sides into a crumpled sheet: it shares that space with them instead
      // and its origin's ring stands across the membrane (the path leaves it along its face), so the cap's far
      // edge is kept on the membrane's outer face by the membrane (it reached 7-9 mm behind it, into obturator
      // internus), not pushed out of obturator internus' loft
      interleaves: [
        'pectineus',
        'adductor_brevis',
        'adductor_magnus',
        'adductor_longus',
        'obturator_internus',
      ],
      clears: obturatorMembraneSdf(),
      // 2-3 mm thinner where the psoas tendon crosses in front of it (it pushed it 3.2 mm)
      profile: [
        [0, 0.042, 0.014],
        [0.3, 0.038, 0.018],
        [0.6, 0.024, 0.02],
        [0.85, 0.016, 0.01],
        [1, 0.01, 0.006],
      ],
      // the tendon rising into the fossa lies flat on the back of the neck, its width across it (with the
      // fan's direction it lay edge-on into the neck)
      widthDir: [
        { at: 0, dir: [0, 1, 0.3] },
        { at: 0.7, dir: [0, 1, 0.3] },
        { at: 0.9, dir: [1, 0, 0] },
      ],
      rings: 20,
      segments: 10,
      tendons: { insertion: 0.35 },
    },
  ];
};
