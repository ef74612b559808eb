/**
 * Attachment areas and soft-tissue landmarks that the shared table (../landmarks.ts) lacks, each placed
 * relative to a shared landmark and citing where the offset comes from. Left side / midline, metres.
 * The right side is always the mirror image.
 */
import type { Vec3 } from '../types';
import { L, VERTEBRA_LEVELS, type LandmarkName } from '../landmarks';
import { boneSdf, type BoneId } from '../bones';
import { levelFrame } from '../bones/vertebra.ts';
import { toWorld } from '../kernel/vec.ts';
import { toLevel } from '../kernel/sdf.ts';

const GRAY = "Gray's Anatomy, 42nd ed.";
const RAJ = 'Rajagopal et al. 2016, OpenSim full-body model (muscle path points)';

const off = (name: LandmarkName, d: Vec3): Vec3 => {
  const p = L(name);
  return [p[0] + d[0], p[1] + d[1], p[2] + d[2]];
};
const lumbar = (i: number, d: Vec3): Vec3 => {
  const c = VERTEBRA_LEVELS[i]!.centre;
  return [c[0] + d[0], c[1] + d[1], c[2] + d[2]];
};

/**
 * Projects p onto the surface of a bone (then `lift` metres out along the normal), so an attachment
 * drawn by hand on an area stays on the bone when the bone's shape is refined. Newton steps on the field.
 */
export function onBone(bone: BoneId, p: Vec3, lift = 0.001): Vec3 {
  const f = boneSdf(bone);
  let q = p;
  for (let i = 0; i < 6; i++) {
    const d = f(...q);
    q = toLevel(f, q, lift, 1, d);
    if (Math.abs(d - lift) < 2e-4) break;
  }
  return q;
}

/**
 * An end drawn on a structure that lies on the bone (quadratus plantae on the long flexor's tendon; that
 * tendon dividing under the midfoot): kept where it is drawn, as far out from the bone as it is
 * (`Attachment.lift`, `End.lift`), instead of being snapped onto the bone's surface.
 */
export function heldAt(bone: BoneId, p: Vec3): { bone: BoneId; p: Vec3; lift: number } {
  return { bone, p, lift: boneSdf(bone)(p[0], p[1], p[2]) };
}

/** Lumbar transverse process tip of L(i+1): ~4.5 cm lateral, ~2.5 cm behind the body centre (Gray's). */
export const transverseProcess = (i: number): Vec3 => lumbar(i, [0.042, 0, -0.028]);
/** Side of the lumbar body (psoas origin): half the body width lateral (Zhou et al. 2000 widths). */
export const bodySide = (i: number): Vec3 => lumbar(i, [0.022 + 0.001 * i, 0, 0.002]);
/**
 * A point in the frame of lumbar vertebra L(i+1) (bones/vertebra.ts): u to the left, v up its axis, w forward
 * from the body's centre. Its spinous process lies in the midline from w ~-0.037 to ~-0.063, its lower border
 * at v ~-0.012 to -0.02; its mammillary process at u ~0.02, w ~-0.036, on the back of the superior articular
 * process. Points given so follow the vertebra when the lordosis changes.
 */
export const vertebraPoint = (i: number, u: number, v: number, w: number): Vec3 =>
  toWorld(levelFrame(VERTEBRA_LEVELS[i]!), u, v, w);
/** Lamina / base of the spinous process, beside which erector spinae lies (Gray's: ~5 cm behind the body). */
export const lamina = (i: number, d: Vec3 = [0, 0, 0]): Vec3 =>
  lumbar(i, [0.016 + d[0], d[1], -0.042 + d[2]]);

export const ATTACH = {
  lesser_trochanter_front: {
    at: (): Vec3 => off('lesser_trochanter', [0.0, 0.0, 0.008]),
    source: `${GRAY}: iliopsoas insertion; ${RAJ}`,
  },
  gluteal_tuberosity: {
    at: (): Vec3 => off('lesser_trochanter', [0.02, -0.04, -0.01]),
    source: `${GRAY}: lateral lip of the linea aspera, below the greater trochanter`,
  },
  linea_aspera_upper: {
    at: (): Vec3 => [0.128, 0.78, -0.014],
    source: `${GRAY}: posterior femoral shaft; ${RAJ} adductor insertions`,
  },
  linea_aspera_middle: {
    at: (): Vec3 => [0.117, 0.7, -0.012],
    source: `${GRAY}: middle third of the linea aspera (adductor longus)`,
  },
  linea_aspera_lower: { at: (): Vec3 => [0.104, 0.6, -0.012], source: `${GRAY}: lower linea aspera` },
  adductor_tubercle: {
    at: (): Vec3 => off('medial_epicondyle', [0.004, 0.022, -0.006]),
    source: `${GRAY}: just above the medial epicondyle`,
  },
  pes_anserinus: {
    at: (): Vec3 => off('tibial_tuberosity', [-0.022, -0.012, -0.016]),
    source: `${GRAY}: anteromedial tibia medial to the tuberosity`,
  },
  posteromedial_tibial_condyle: {
    at: (): Vec3 => off('tibial_plateau_centre', [-0.026, -0.012, -0.022]),
    source: `${GRAY}: semimembranosus groove`,
  },
  patella_base: {
    at: (): Vec3 => off('patella_centre', [0, 0.022, -0.004]),
    source: `${GRAY}: patella ~4.5 cm tall`,
  },
  medial_femoral_condyle_back: {
    at: (): Vec3 => off('medial_epicondyle', [0.012, 0.018, -0.022]),
    source: `${GRAY}: medial gastrocnemius head above the medial condyle`,
  },
  lateral_femoral_condyle_back: {
    at: (): Vec3 => off('lateral_epicondyle', [-0.012, 0.018, -0.022]),
    source: `${GRAY}: lateral gastrocnemius head`,
  },
  calcaneal_tuberosity: {
    at: (): Vec3 => off('heel_back', [0, 0.006, 0.002]),
    source: `${GRAY}: middle of the posterior calcaneal surface`,
  },
  pubic_body: {
    at: (): Vec3 => off('pubic_tubercle', [-0.004, -0.014, -0.004]),
    source: `${GRAY}: adductor longus from the front of the pubic body below the crest`,
  },
  inferior_pubic_ramus: {
    at: (): Vec3 => off('pubic_symphysis', [0.02, -0.022, -0.012]),
    source: `${GRAY}: gracilis / adductor origin`,
  },
  ischiopubic_ramus: { at: (): Vec3 => off('ischial_tuberosity', [-0.018, 0.012, 0.03]), source: GRAY },
  anterior_sacrum_s2_s3: {
    at: (): Vec3 => off('s2_foramen', [0.004, -0.012, -0.012]),
    source: `${GRAY}: piriformis between the 2nd-4th anterior sacral foramina`,
  },
  greater_trochanter_top: {
    at: (): Vec3 => off('greater_trochanter', [-0.006, 0.004, -0.002]),
    source: `${GRAY}: piriformis on the upper border`,
  },
  greater_trochanter_anterior: {
    at: (): Vec3 => off('greater_trochanter', [0.0, -0.006, 0.016]),
    source: `${GRAY}: gluteus minimus on the anterior facet`,
  },
  greater_trochanter_lateral_facet: {
    at: (): Vec3 => off('greater_trochanter_lateral', [0.0, 0.008, -0.004]),
    source: `${GRAY}: gluteus medius on the lateral facet`,
  },
  iliac_fossa: {
    at: (): Vec3 => off('iliac_crest_top', [-0.035, -0.045, 0.045]),
    source: `${GRAY}: iliacus from the upper two thirds of the fossa`,
  },
  posterior_ilium: {
    at: (): Vec3 => off('psis', [0.03, 0.03, 0.008]),
    source: `${GRAY}: gluteus maximus behind the posterior gluteal line`,
  },
  sacrum_dorsal: {
    at: (): Vec3 => off('s3_centre', [0.014, 0.0, -0.018]),
    source: `${GRAY}: dorsal sacrum (gluteus maximus, erector spinae)`,
  },
  coccyx_side: { at: (): Vec3 => off('coccyx_tip', [0.008, 0.014, -0.006]), source: GRAY },
  mid_inguinal_point: {
    at: (): Vec3 => [(L('asis')[0] + 0.0) / 2, (L('asis')[1] + L('pubic_symphysis')[1]) / 2, 0.066],
    source: `${GRAY}: midway ASIS to symphysis; femoral nerve 1 cm lateral`,
  },
  fibular_neck: {
    at: (): Vec3 => off('fibular_head', [0.004, -0.022, 0.008]),
    source: `${GRAY}: common fibular nerve winds round the neck`,
  },
} satisfies Record<string, { at: () => Vec3; source: string }>;

export type AttachName = keyof typeof ATTACH;
/** Position of a soft-tissue attachment area (computed from the landmarks as they are now). */
export const A = (name: AttachName): Vec3 => ATTACH[name].at();
