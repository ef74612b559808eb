/**
 * The lower-body muscles, left side, as lofted paths or sheets. Origins and insertions follow Gray's
 * Anatomy, 42nd ed. and the path points of the OpenSim model of Rajagopal et al. 2016; via points wrap
 * the bones. Sizes: thickness/width of the bellies from typical adult MRI cross-sections (anatomical
 * cross-sectional areas after Ward et al. 2009, Clin Orthop Relat Res 467:1074, and Gray's), rounded.
 * Array order is the drawing order: deep muscles first, later ones are pushed out of earlier ones.
 */
import type { Vec3 } from '../types';
import { L } from '../landmarks';
import { A, bodySide, lamina, onBone, transverseProcess } from './attachments';
import type { AttachTarget, PathSpec, SheetSpec, SoftSpec } from './spec';
import { BONE_IDS, type BoneId } from '../bones';
import { ramp } from './spec';

export type MuscleId =
  | 'psoas_major'
  | 'iliacus'
  | 'quadratus_lumborum'
  | 'erector_spinae'
  | 'gluteus_maximus'
  | 'gluteus_medius'
  | 'gluteus_minimus'
  | 'piriformis'
  | 'tensor_fasciae_latae'
  | 'sartorius'
  | 'rectus_femoris'
  | 'vastus_lateralis'
  | 'vastus_medialis'
  | 'vastus_intermedius'
  | 'adductor_longus'
  | 'adductor_magnus'
  | 'gracilis'
  | 'biceps_femoris'
  | 'semitendinosus'
  | 'semimembranosus'
  | 'gastrocnemius';

const X: Vec3 = [1, 0, 0];
const Z: Vec3 = [0, 0, 1];

/** Arc of points around the femoral shaft at height y (angles in degrees: 0 = lateral, 90 = anterior). */
function aroundFemur(y: number, r: number, fromDeg: number, toDeg: number, n: number): Vec3[] {
  // Shaft axis from below the lesser trochanter to above the condyles (femur shaft landmarks, Gray's).
  const top: Vec3 = [0.134, 0.85, 0.003];
  const bottom: Vec3 = [0.098, 0.56, 0.008];
  const s = (top[1] - y) / (top[1] - bottom[1]);
  const cx = top[0] + (bottom[0] - top[0]) * s;
  const cz = top[2] + (bottom[2] - top[2]) * s;
  const out: Vec3[] = [];
  for (let i = 0; i < n; i++) {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / (n - 1)) * Math.PI) / 180;
    out.push([cx + r * Math.cos(a), y, cz + r * Math.sin(a)]);
  }
  return out;
}

const DRAWN: readonly (SoftSpec & { id: MuscleId })[] = [
  // ---- Posterior abdominal wall and back -----------------------------------------------------
  {
    id: 'psoas_major',
    kind: 'path',
    // Bodies and transverse processes L1-L5 (Gray's); ACSA ~15-20 cm² at L4-L5 (Ward 2009) -> 5 x 4 cm.
    origin: { bone: 'l1_vertebra', p: bodySide(0) },
    insertion: { bone: 'femur', p: A('lesser_trochanter_front') },
    via: [
      [0.034, 1.16, 0.006],
      [0.045, 1.09, 0.012],
      [0.062, 1.02, 0.03],
      // over the pelvic brim, in front of the hip joint (Rajagopal 2016 psoas via points)
      [0.08, 0.955, 0.05],
      [0.09, 0.905, 0.05],
    ],
    profile: [
      [0, 0.022, 0.018],
      [0.3, 0.042, 0.032],
      [0.55, 0.048, 0.036],
      [0.8, 0.032, 0.024],
      [1, 0.016, 0.01],
    ],
    widthDir: [{ at: 0, dir: Z }],
    rings: 40,
  },
  {
    id: 'iliacus',
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Upper two thirds of the iliac fossa and inner lip of the crest -> joins psoas -> lesser trochanter.
    lines: [
      [
        [0.068, 1.03, -0.058],
        [0.1, 1.066, -0.042],
        [0.118, 1.06, 0.005],
        [0.115, 1.02, 0.045],
      ],
      [
        [0.06, 1.0, -0.01],
        [0.085, 1.01, 0.005],
        [0.1, 1.005, 0.03],
        [0.105, 0.985, 0.05],
      ],
      [
        [0.075, 0.95, 0.038],
        [0.085, 0.95, 0.044],
        [0.095, 0.95, 0.048],
        [0.102, 0.945, 0.048],
      ],
      [
        [0.1, 0.872, 0.0],
        [0.104, 0.87, 0.002],
        [0.108, 0.868, 0.004],
        [0.112, 0.866, 0.006],
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.35, 0.006, 0.02) * ramp(v, 0.75, 1, 1, 0.4),
  },
  {
    id: 'quadratus_lumborum',
    kind: 'sheet',
    originBones: ['hip_bone', 'l5_vertebra'],
    insertionBones: ['l1_vertebra'],
    // Iliolumbar ligament / posterior iliac crest -> transverse processes L1-L4 and 12th rib (absent: ends at L1).
    lines: [
      [
        [0.06, 1.057, -0.078],
        [0.08, 1.073, -0.065],
        [0.1, 1.082, -0.05],
      ],
      [
        [0.05, 1.13, -0.04],
        [0.07, 1.135, -0.04],
        [0.09, 1.14, -0.04],
      ],
      [transverseProcess(0), [0.04, 1.21, -0.037], [0.04, 1.214, -0.037]],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.006, 0.016) * ramp(v, 0.8, 1, 1, 0.5),
  },
  {
    id: 'erector_spinae',
    kind: 'path',
    // Dorsal sacrum and iliac crest -> up beside the spinous processes above L1; ACSA ~20 cm² at L3-L4.
    origin: { bone: 'sacrum', p: A('sacrum_dorsal') },
    insertion: { bone: 'l1_vertebra', p: lamina(0) },
    via: [
      [0.028, 1.03, -0.09],
      [0.036, 1.1, -0.068],
      [0.036, 1.17, -0.062],
      [0.032, 1.23, -0.068],
    ],
    profile: [
      [0, 0.03, 0.008],
      [0.25, 0.05, 0.02],
      [0.55, 0.058, 0.036],
      [0.85, 0.05, 0.03],
      [1, 0.02, 0.01],
    ],
    widthDir: [{ at: 0, dir: X }],
    power: 2.6,
    rings: 40,
  },
  // ---- Gluteal region (deep to superficial) --------------------------------------------------
  {
    id: 'gluteus_minimus',
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Outer ilium between anterior and inferior gluteal lines -> anterior facet of the greater trochanter.
    lines: [
      [
        [0.125, 1.0, 0.045],
        [0.138, 1.02, 0.01],
        [0.118, 1.017, -0.024],
        [0.088, 1.0, -0.046],
      ],
      [
        [0.15, 0.965, 0.035],
        [0.16, 0.975, 0.01],
        [0.15, 0.97, -0.02],
        [0.135, 0.96, -0.035],
      ],
      [
        A('greater_trochanter_anterior'),
        [0.162, 0.922, 0.006],
        [0.162, 0.924, -0.002],
        [0.158, 0.928, -0.01],
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.006, 0.014) * ramp(v, 0.7, 1, 1, 0.5),
  },
  {
    id: 'piriformis',
    kind: 'path',
    // Anterior sacrum (S2-S4) -> through the greater sciatic notch -> upper border of the greater trochanter.
    origin: { bone: 'sacrum', p: A('anterior_sacrum_s2_s3') },
    insertion: { bone: 'femur', p: A('greater_trochanter_top') },
    via: [
      [0.045, 0.968, -0.056],
      // through the greater sciatic notch, between sacrum and ilium
      [0.06, 0.953, -0.076],
      [0.095, 0.945, -0.085],
    ],
    profile: [
      [0, 0.018, 0.008],
      [0.3, 0.026, 0.012],
      [0.6, 0.026, 0.014],
      [1, 0.01, 0.006],
    ],
    widthDir: [{ at: 0, dir: [0, 1, 0] }],
    rings: 28,
  },
  {
    id: 'gluteus_medius',
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Outer ilium below the crest, between anterior and posterior gluteal lines -> lateral facet of GT.
    lines: [
      [
        [0.128, 1.02, 0.05],
        [0.143, 1.05, 0.015],
        [0.135, 1.07, -0.025],
        [0.098, 1.06, -0.06],
        [0.07, 1.04, -0.08],
      ],
      [
        [0.156, 0.98, 0.036],
        [0.168, 1.0, 0.013],
        [0.166, 1.01, -0.02],
        [0.15, 1.0, -0.055],
        [0.13, 0.985, -0.07],
      ],
      [
        [0.172, 0.93, 0.018],
        [0.178, 0.93, 0.008],
        [0.178, 0.932, -0.004],
        [0.172, 0.935, -0.016],
        [0.165, 0.937, -0.026],
      ],
      [
        [0.168, 0.905, 0.006],
        [0.17, 0.907, 0.0],
        [0.171, 0.909, -0.006],
        [0.17, 0.911, -0.012],
        A('greater_trochanter_lateral_facet'),
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.008, 0.024) * ramp(v, 0.7, 1, 1, 0.35),
  },
  {
    id: 'gluteus_maximus',
    kind: 'sheet',
    originBones: ['hip_bone', 'sacrum', 'coccyx'],
    insertionBones: ['iliotibial_band', 'femur'],
    // Posterior ilium behind the posterior gluteal line, dorsal sacrum, coccyx -> iliotibial band (upper,
    // superficial fibres) and gluteal tuberosity (lower, deep). Thick: 3-4 cm (Gray's).
    lines: [
      [A('posterior_ilium'), [0.045, 1.02, -0.105], [0.03, 0.99, -0.1], A('sacrum_dorsal'), A('coccyx_side')],
      [
        [0.11, 1.03, -0.11],
        [0.1, 0.99, -0.13],
        [0.09, 0.95, -0.135],
        [0.08, 0.91, -0.125],
        [0.075, 0.87, -0.11],
      ],
      [
        [0.165, 0.96, -0.07],
        [0.165, 0.925, -0.085],
        [0.155, 0.885, -0.085],
        [0.145, 0.845, -0.075],
        [0.135, 0.81, -0.06],
      ],
      [
        [0.182, 0.9, -0.012],
        [0.18, 0.875, -0.012],
        [0.158, 0.852, -0.014],
        [0.145, 0.834, -0.02],
        A('gluteal_tuberosity'),
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.014, 0.04) * ramp(v, 0.7, 1, 1, 0.3),
    spines: 7,
  },
  {
    id: 'tensor_fasciae_latae',
    kind: 'path',
    // Anterior iliac crest next to the ASIS -> iliotibial band at the upper third of the thigh.
    origin: { bone: 'hip_bone', p: [L('asis')[0] + 0.008, L('asis')[1] - 0.004, L('asis')[2] - 0.012] },
    insertion: { bone: 'iliotibial_band', p: [0.18, 0.8, 0.006] },
    via: [
      [0.145, 0.96, 0.05],
      [0.162, 0.88, 0.035],
    ],
    profile: [
      [0, 0.018, 0.008],
      [0.35, 0.035, 0.016],
      [0.7, 0.032, 0.012],
      [1, 0.024, 0.004],
    ],
    widthDir: [{ at: 0, dir: [1, 0, -1] }],
    power: 2.5,
    rings: 28,
  },
  // ---- Front of the thigh ---------------------------------------------------------------------
  {
    id: 'vastus_intermedius',
    kind: 'sheet',
    originBones: ['femur'],
    insertionBones: ['patella'],
    // Front and lateral surfaces of the upper two thirds of the shaft -> deep quadriceps tendon.
    lines: [
      aroundFemur(0.83, 0.019, -10, 150, 5),
      aroundFemur(0.72, 0.03, -20, 160, 5),
      aroundFemur(0.62, 0.03, 0, 150, 5),
      [
        [0.103, 0.54, 0.048],
        [0.098, 0.541, 0.05],
        [0.093, 0.542, 0.051],
        [0.088, 0.541, 0.05],
        [0.083, 0.54, 0.048],
      ],
    ],
    thickness: (_u, v) => ramp(v, 0, 0.2, 0.01, 0.018) * ramp(v, 0.75, 1, 1, 0.4),
  },
  {
    id: 'vastus_lateralis',
    kind: 'path',
    // Greater trochanter and lateral lip of the linea aspera -> lateral patella base; ACSA ~30 cm².
    origin: { bone: 'femur', p: [0.156, 0.87, 0.0] },
    insertion: { bone: 'patella', p: [0.11, 0.53, 0.05] },
    via: [
      [0.162, 0.8, 0.008],
      [0.158, 0.7, 0.016],
      [0.145, 0.61, 0.03],
    ],
    // Largest quadriceps head: ~7 cm wide (front to back) and 4 cm thick mid-thigh (Ward 2009 ACSA).
    profile: [
      [0, 0.034, 0.014],
      [0.2, 0.066, 0.032],
      [0.5, 0.076, 0.042],
      [0.8, 0.056, 0.03],
      [1, 0.024, 0.008],
    ],
    widthDir: [{ at: 0, dir: Z }],
    rings: 40,
  },
  {
    id: 'vastus_medialis',
    kind: 'path',
    // Intertrochanteric line / medial lip of the linea aspera -> medial patella; the oblique lower part (VMO)
    // bulges low and medially as a teardrop.
    origin: { bone: 'femur', p: [0.117, 0.818, 0.01] },
    insertion: { bone: 'patella', p: [0.076, 0.526, 0.05] },
    via: [
      [0.1, 0.74, 0.026],
      [0.08, 0.64, 0.028],
      [0.07, 0.58, 0.03],
    ],
    profile: [
      [0, 0.014, 0.008],
      [0.3, 0.03, 0.018],
      [0.72, 0.062, 0.04],
      [0.88, 0.05, 0.03],
      [1, 0.02, 0.008],
    ],
    widthDir: [{ at: 0, dir: [-1, 0, 1] }],
    rings: 40,
  },
  {
    id: 'rectus_femoris',
    kind: 'path',
    // Anterior inferior iliac spine -> quadriceps tendon -> base of the patella; fusiform (ACSA ~10 cm²).
    origin: { bone: 'hip_bone', p: L('aiis') },
    insertion: { bone: 'patella', p: A('patella_base') },
    via: [
      [0.108, 0.93, 0.064],
      [0.106, 0.8, 0.06],
      [0.1, 0.68, 0.056],
      [0.094, 0.58, 0.05],
    ],
    profile: [
      [0, 0.012, 0.008],
      [0.12, 0.024, 0.016],
      [0.45, 0.056, 0.036],
      [0.78, 0.034, 0.02],
      [1, 0.03, 0.007],
    ],
    widthDir: [{ at: 0, dir: X }],
    rings: 40,
  },
  {
    id: 'sartorius',
    kind: 'path',
    // ASIS -> spirals across the front of the thigh -> behind the medial condyle -> pes anserinus.
    // Long thin strap, ~4 cm wide, ~1 cm thick (Gray's).
    origin: { bone: 'hip_bone', p: [L('asis')[0], L('asis')[1] - 0.004, L('asis')[2] + 0.004] },
    insertion: { bone: 'tibia', p: A('pes_anserinus') },
    // In the upper thigh it lies superficial to rectus femoris, crossing it obliquely (Netter 7th ed.,
    // anterior thigh plates): kept in front of it, flat and facing forwards, so that it is not pushed
    // into a flap there.
    via: [
      [0.117, 0.95, 0.079],
      [0.1, 0.88, 0.08],
      [0.082, 0.82, 0.077],
      [0.058, 0.7, 0.053],
      [0.042, 0.6, 0.016],
      [0.042, 0.51, -0.012],
      [0.052, 0.455, 0.01],
    ],
    profile: [
      [0, 0.014, 0.006],
      [0.1, 0.034, 0.01],
      [0.75, 0.036, 0.011],
      [0.92, 0.022, 0.006],
      [1, 0.016, 0.003],
    ],
    widthDir: [
      { at: 0, dir: [1, 0, -0.2] },
      { at: 0.3, dir: [1, 0, -0.35] },
      { at: 0.5, dir: [1, 0, -1] },
      { at: 0.8, dir: Z },
      { at: 1, dir: [0, 1, 0] },
    ],
    power: 3,
    rings: 44,
  },
  // ---- Medial thigh ---------------------------------------------------------------------------
  {
    id: 'adductor_magnus',
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Gray's 42nd ed.; Moore 8th ed.: a large triangular sheet from the inferior pubic ramus, ischial ramus
    // and ischial tuberosity. Its fibres fan out: the upper (pubic) fibres run almost horizontally to the
    // gluteal tuberosity, the middle ones obliquely to the linea aspera and medial supracondylar line, the
    // ischiocondylar (hamstring) part vertically down the medial thigh to a tendon on the adductor tubercle.
    // Every cross-line runs the same way, from the upper (pubic) border to the lower (ischial) border,
    // roughly across the fibres, like an arc around the origin: the upper border reaches the femur early,
    // the lower border late, so the sheet cannot fold over itself. The middle of the belly bulges medially
    // and backwards, and its fibres sweep laterally onto the linea aspera.
    lines: [
      // origin: pubic ramus -> ischial ramus -> ischial tuberosity
      [A('inferior_pubic_ramus'), A('ischiopubic_ramus'), [0.056, 0.85, -0.038]],
      [
        [0.078, 0.846, -0.002],
        [0.05, 0.81, -0.014],
        [0.054, 0.812, -0.044],
      ],
      [
        [0.104, 0.831, -0.014],
        [0.062, 0.76, -0.036],
        [0.049, 0.728, -0.049],
      ],
      [
        [0.121, 0.822, -0.02],
        [0.082, 0.705, -0.032],
        [0.045, 0.639, -0.036],
      ],
      // insertion: gluteal tuberosity, linea aspera, medial supracondylar line, adductor tubercle
      [
        A('gluteal_tuberosity'),
        A('linea_aspera_upper'),
        [0.113, 0.665, -0.012],
        [0.085, 0.575, -0.006],
        A('adductor_tubercle'),
      ],
    ],
    // ~1.2 cm at the bony origin, belly up to ~3.8 cm (ACSA ~20 cm², Ward 2009), thin aponeurosis/tendon.
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.012, 0.038) * ramp(v, 0.7, 1, 1, 0.3),
    spines: 6,
  },
  {
    id: 'adductor_longus',
    kind: 'sheet',
    originBones: ['hip_bone'],
    insertionBones: ['femur'],
    // Gray's 42nd ed.: a narrow, thick, flattened tendon from the front of the pubic body, in the angle
    // between crest and symphysis, widening into a triangular fleshy belly that runs inferolaterally to an
    // aponeurosis on the middle third of the linea aspera (between vastus medialis and adductor magnus).
    // It lies in the floor of the femoral triangle, medial to pectineus, in front of adductor brevis/magnus
    // and of the anterior obturator branch (Netter 7th ed., anterior thigh plates; Moore 8th ed.).
    // Every cross-line runs the same way, from the upper (lateral) border to the lower (medial) border and
    // roughly across the fibres, so the sheet cannot fold over itself; its lower half bows forwards.
    lines: [
      // origin: ~1.2 cm tendon, as thick as it is wide
      [
        [0.023, 0.905, 0.052],
        [0.018, 0.9, 0.054],
        [0.013, 0.895, 0.056],
      ],
      [
        [0.048, 0.873, 0.047],
        [0.039, 0.86, 0.05],
        [0.028, 0.848, 0.045],
      ],
      // belly ~6 cm wide a hand's breadth below the pubis (Netter)
      [
        [0.08, 0.83, 0.026],
        [0.063, 0.8, 0.046],
        [0.045, 0.77, 0.038],
      ],
      [
        [0.108, 0.795, 0.006],
        [0.09, 0.748, 0.02],
        [0.075, 0.7, 0.014],
      ],
      // insertion: aponeurosis along the middle third of the linea aspera
      [[0.125, 0.772, -0.013], A('linea_aspera_middle'), [0.106, 0.645, -0.011]],
    ],
    // ~1 cm thick tendon; belly up to ~2 cm (ACSA ~6.5 cm², Ward 2009); thin aponeurosis at the femur.
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.01, 0.022) * ramp(v, 0.65, 1, 1, 0.25),
  },
  {
    id: 'gracilis',
    kind: 'path',
    // Inferior pubic ramus near the symphysis -> medial thigh -> pes anserinus. Long thin strap.
    origin: { bone: 'hip_bone', p: A('inferior_pubic_ramus') },
    insertion: {
      bone: 'tibia',
      p: [A('pes_anserinus')[0] - 0.002, A('pes_anserinus')[1] - 0.006, A('pes_anserinus')[2] - 0.006],
    },
    via: [
      [0.028, 0.8, 0.01],
      [0.03, 0.68, -0.006],
      [0.042, 0.56, -0.018],
      [0.045, 0.49, -0.016],
      [0.055, 0.448, 0.006],
    ],
    profile: [
      [0, 0.03, 0.006],
      [0.2, 0.035, 0.01],
      [0.55, 0.025, 0.01],
      [0.75, 0.008, 0.006],
      [1, 0.006, 0.004],
    ],
    widthDir: [
      { at: 0, dir: Z },
      { at: 1, dir: Z },
    ],
    power: 2.6,
    rings: 40,
  },
  // ---- Back of the thigh ----------------------------------------------------------------------
  {
    id: 'semimembranosus',
    kind: 'path',
    // Ischial tuberosity (upper lateral facet) -> posteromedial tibial condyle; flat membranous upper half.
    origin: {
      bone: 'hip_bone',
      p: [
        L('ischial_tuberosity')[0] + 0.006,
        L('ischial_tuberosity')[1] + 0.004,
        L('ischial_tuberosity')[2] - 0.006,
      ],
    },
    insertion: { bone: 'tibia', p: A('posteromedial_tibial_condyle') },
    via: [
      [0.07, 0.78, -0.045],
      [0.066, 0.66, -0.05],
      [0.06, 0.56, -0.036],
      [0.052, 0.5, -0.025],
    ],
    profile: [
      [0, 0.016, 0.005],
      [0.25, 0.034, 0.008],
      [0.6, 0.052, 0.032],
      [0.85, 0.034, 0.018],
      [1, 0.012, 0.006],
    ],
    widthDir: [{ at: 0, dir: X }],
    rings: 44,
  },
  {
    id: 'semitendinosus',
    kind: 'path',
    // Ischial tuberosity (with biceps) -> long tendon behind the medial condyle -> pes anserinus.
    origin: {
      bone: 'hip_bone',
      p: [
        L('ischial_tuberosity')[0] + 0.002,
        L('ischial_tuberosity')[1] - 0.004,
        L('ischial_tuberosity')[2] - 0.012,
      ],
    },
    insertion: {
      bone: 'tibia',
      p: [A('pes_anserinus')[0] - 0.002, A('pes_anserinus')[1] - 0.012, A('pes_anserinus')[2] - 0.002],
    },
    via: [
      [0.075, 0.8, -0.065],
      [0.073, 0.68, -0.064],
      [0.058, 0.56, -0.048],
      [0.042, 0.49, -0.03],
      [0.052, 0.445, 0.008],
    ],
    profile: [
      [0, 0.014, 0.01],
      [0.15, 0.034, 0.024],
      [0.42, 0.042, 0.032],
      [0.65, 0.012, 0.008],
      [1, 0.006, 0.005],
    ],
    widthDir: [{ at: 0, dir: X }],
    rings: 40,
  },
  {
    id: 'biceps_femoris',
    part: 'short head',
    kind: 'sheet',
    originBones: ['femur'],
    insertionBones: ['fibula'],
    // Short head: lateral lip of the linea aspera (lower half) and lateral supracondylar line -> joins the
    // long head's tendon -> fibular head (Gray's 42nd ed.; Moore 8th ed.). Deep and lateral to the long
    // head, lateral to the sciatic nerve. Its fibres run down the back of the femur, so the cross-lines run
    // across them, from the bone (upper end of the origin, then the lateral lip and supracondylar line
    // along the medial border) to the free posterolateral border under the long head; the belly narrows
    // onto the common tendon at the fibular head.
    lines: [
      // origin: upper end, across the back of the femur at the lateral lip of the linea aspera (the rest of
      // the origin is the medial border, along the lip and the lateral supracondylar line)
      [
        [0.116, 0.73, -0.011],
        [0.122, 0.73, -0.012],
        [0.128, 0.73, -0.013],
      ],
      [
        [0.118, 0.67, -0.014],
        [0.13, 0.664, -0.028],
        [0.142, 0.658, -0.038],
      ],
      [
        [0.114, 0.6, -0.013],
        [0.13, 0.594, -0.032],
        [0.146, 0.588, -0.044],
      ],
      [
        [0.118, 0.54, -0.014],
        [0.13, 0.532, -0.032],
        [0.144, 0.524, -0.042],
      ],
      // insertion: with the long head's tendon on the fibular head
      [
        [0.124, 0.466, -0.006],
        [0.128, 0.464, -0.014],
        [0.134, 0.462, -0.022],
      ],
    ],
    // ~2 cm thick belly (ACSA ~5 cm², Ward 2009), thin at the upper end and at the tendon.
    thickness: (_u, v) => ramp(v, 0, 0.3, 0.008, 0.02) * ramp(v, 0.65, 1, 1, 0.3),
    // coarse: mostly hidden under the long head (keeps muscles within the 55k triangle budget)
    rings: 20,
    segments: 14,
  },
  {
    id: 'biceps_femoris',
    part: 'long head',
    kind: 'path',
    // Long head from the ischial tuberosity (short head from the linea aspera joins it) -> fibular head.
    origin: {
      bone: 'hip_bone',
      p: [
        L('ischial_tuberosity')[0] + 0.006,
        L('ischial_tuberosity')[1] - 0.002,
        L('ischial_tuberosity')[2] - 0.012,
      ],
    },
    insertion: {
      bone: 'fibula',
      p: [L('fibular_head')[0] + 0.006, L('fibular_head')[1] + 0.004, L('fibular_head')[2] - 0.006],
    },
    via: [
      [0.097, 0.8, -0.074],
      [0.12, 0.68, -0.07],
      [0.128, 0.57, -0.046],
      [0.138, 0.5, -0.03],
    ],
    profile: [
      [0, 0.014, 0.01],
      [0.15, 0.034, 0.024],
      [0.55, 0.054, 0.036],
      [0.85, 0.03, 0.016],
      [1, 0.012, 0.006],
    ],
    widthDir: [{ at: 0, dir: X }],
    rings: 44,
  },
  // ---- Calf --------------------------------------------------------------------------------------
  // Gastrocnemius: two heads drawn as separate bellies that fuse on a common aponeurosis and the calcaneal
  // tendon (Gray's 42nd ed.; Netter 7th ed., posterior leg plates). Above, the heads diverge as the lower
  // borders of the popliteal fossa (a V-shaped gap over the fossa); they meet in the upper calf, and the
  // medial head, the larger, reaches lower (to mid-calf) than the lateral (Moore 8th ed.). Soleus is not
  // modelled, so the bellies are drawn full enough to fill the calf outline. `fuse`: the heads are not
  // pushed out of each other, so they overlap where they join and share one tendon.
  {
    id: 'gastrocnemius',
    part: 'medial head',
    fuse: true,
    kind: 'path',
    // Popliteal surface of the femur just above the medial condyle, behind the adductor tubercle.
    origin: { bone: 'femur', p: [0.058, 0.532, -0.016] },
    insertion: { bone: 'calcaneus', p: A('calcaneal_tuberosity') },
    via: [
      // behind the medial condyle (lower border of the popliteal fossa), then the belly over the medial calf
      [0.06, 0.49, -0.036],
      [0.063, 0.43, -0.046],
      [0.066, 0.36, -0.054],
      // onto the aponeurosis at mid-calf, then the calcaneal tendon
      [0.074, 0.27, -0.052],
      [0.08, 0.19, -0.047],
      [0.082, 0.12, -0.042],
    ],
    // Belly ~5.5 cm wide and ~4 cm thick (no soleus drawn under it); tendon ~1.5 cm by 6 mm (Gray's).
    profile: [
      [0, 0.02, 0.01],
      [0.1, 0.026, 0.016],
      [0.22, 0.046, 0.03],
      [0.36, 0.056, 0.04],
      [0.48, 0.044, 0.03],
      [0.62, 0.024, 0.012],
      [0.75, 0.017, 0.007],
      [1, 0.016, 0.006],
    ],
    widthDir: [{ at: 0, dir: X }],
    rings: 28,
    segments: 16,
  },
  {
    id: 'gastrocnemius',
    part: 'lateral head',
    fuse: true,
    kind: 'path',
    // Lateral surface of the lateral condyle (impression above the popliteus groove).
    origin: { bone: 'femur', p: [0.124, 0.526, -0.012] },
    insertion: { bone: 'calcaneus', p: A('calcaneal_tuberosity') },
    via: [
      [0.119, 0.49, -0.034],
      [0.113, 0.43, -0.045],
      [0.106, 0.36, -0.052],
      // shorter belly: joins the aponeurosis higher than the medial head
      [0.094, 0.29, -0.052],
      [0.085, 0.21, -0.047],
      [0.082, 0.12, -0.042],
    ],
    profile: [
      [0, 0.018, 0.01],
      [0.1, 0.024, 0.016],
      [0.22, 0.04, 0.026],
      [0.34, 0.046, 0.034],
      [0.44, 0.034, 0.024],
      [0.56, 0.02, 0.01],
      [0.7, 0.016, 0.006],
      [1, 0.015, 0.005],
    ],
    widthDir: [{ at: 0, dir: X }],
    rings: 28,
    segments: 16,
  },
];

const isBone = (t: AttachTarget): t is BoneId => (BONE_IDS as readonly string[]).includes(t);
const snap = (t: AttachTarget, p: Vec3): Vec3 => (isBone(t) ? onBone(t, p) : p);

/**
 * The drawn attachments projected onto their bone's surface (1 mm out): they are placed by hand on the
 * right area, and the projection keeps them on the bone when a bone's shape is refined.
 */
function snapEnds(m: SoftSpec & { id: MuscleId }): SoftSpec & { id: MuscleId } {
  if (m.kind === 'path')
    return {
      ...m,
      origin: { ...m.origin, p: snap(m.origin.bone, m.origin.p) },
      insertion: { ...m.insertion, p: snap(m.insertion.bone, m.insertion.p) },
    };
  const only = (bones: readonly AttachTarget[]): AttachTarget | null =>
    bones.length === 1 ? bones[0]! : null;
  const o = only(m.originBones);
  const i = only(m.insertionBones);
  const lines = m.lines.map((line, k) => {
    const t = k === 0 ? o : k === m.lines.length - 1 ? i : null;
    return t ? line.map((p) => snap(t, p)) : line;
  });
  return { ...m, lines };
}

export const MUSCLES: readonly (SoftSpec & { id: MuscleId })[] = DRAWN.map(snapEnds);

export const muscleSpec = (id: MuscleId): SoftSpec & { id: MuscleId } => {
  const s = MUSCLES.find((m) => m.id === id);
  if (!s) throw new Error(`no muscle ${id}`);
  return s;
};
export type { PathSpec, SheetSpec };
