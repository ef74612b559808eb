/**
 * Medial thigh (left side): adductor longus, adductor magnus (adductor and ischiocondylar parts) and
 * gracilis. Sections of the thigh as in thighAnterior.ts; placed after Netter's Atlas 7th ed. (serial
 * cross-sections of the thigh) and Gray's Anatomy 42nd ed. Adductor longus runs from the front of the pubis
 * down and back onto the middle third of the linea aspera; the adductor part of adductor magnus lies behind
 * it on the whole linea aspera; its ischiocondylar ("hamstring") part runs down the medial side of the
 * thigh from the ischial tuberosity to the adductor tubercle. Gracilis is a thin strap on top, medially.
 * Pectineus (issue 14) is the flat quadrangular muscle of the floor of the femoral triangle, lateral to
 * adductor longus, from the pecten pubis down, back and laterally to the pectineal line of the femur below
 * the lesser trochanter; adductor brevis lies deep to pectineus and adductor longus, in front of adductor
 * magnus and under gracilis, from the body and inferior ramus of the pubis to the pectineal line and the
 * upper third of the linea aspera (Gray's Anatomy 42nd ed., thigh: medial compartment; Netter's Atlas 7th ed.,
 * plates of the femoral triangle and the cross-section of the upper thigh).
 */
import type { Vec3 } from '../../types';
import { L } from '../../landmarks';
import { A } from '../attachments';
import { pesAnserinusBedSdf } from '../../joints/kneeParts';
import { obturatorMembraneSdf } from '../obturatorMembrane';
import { union } from '../../kernel/sdf';
import { limb } from '../limb';
import type { MuscleSpec } from './types';

const off = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

export const thighMedialMuscles = (): MuscleSpec[] => {
  const thigh = limb('thigh');
  const at = (t: number, deg: number, rho: number): Vec3 => thigh.point(t, deg, rho);
  // their tops, boxes of the thigh's frame, kept out of the pelvis: on the membrane's outer face, not through
  // the foramen behind it (obturatorMembrane.ts)
  const behindMembrane = obturatorMembraneSdf();
  const pesBed = pesAnserinusBedSdf();
  return [
    {
      id: 'adductor_longus',
      sinksInto: ['hip_bone'],
      clears: behindMembrane,
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.2, 138, 170, 0.55, 1],
        [0.26, 142, 176, 0.55, 1],
        [0.38, 166, 192, 0.45, 0.85],
        [0.5, 196, 218, 0.12, 0.42],
        [0.58, 216, 234, 0, 0.26],
      ],
      // a narrow, thick tendon from the front of the pubic body
      origin: { bone: 'hip_bone', p: A('pubic_body'), width: 0.012, thickness: 0.01, tendon: 0.25 },
      // aponeurosis on the middle third of the linea aspera
      insertion: { bone: 'femur', p: at(0.58, 232, 0), width: 0.02, thickness: 0.004, fleshy: true },
    },
    {
      id: 'adductor_magnus',
      clears: behindMembrane,
      part: 'adductor part',
      sinksInto: ['hip_bone'],
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.2, 175, 230, 0.08, 0.45],
        [0.26, 182, 232, 0.05, 0.42],
        [0.38, 198, 240, 0, 0.45],
        [0.5, 222, 256, 0, 0.42],
        [0.62, 228, 258, 0, 0.4],
        [0.7, 235, 256, 0, 0.3],
      ],
      // inferior pubic ramus and ischial ramus
      origin: {
        bone: 'hip_bone',
        p: A('inferior_pubic_ramus'),
        to: A('ischiopubic_ramus'),
        width: 0.03,
        thickness: 0.012,
        tendon: 0.1,
      },
      // the lower linea aspera and the medial supracondylar line (it lies on the linea aspera above)
      insertion: { bone: 'femur', p: at(0.7, 248, 0), width: 0.02, thickness: 0.005, fleshy: true },
    },
    {
      id: 'adductor_magnus',
      clears: behindMembrane,
      part: 'ischiocondylar part',
      kind: 'limb',
      limb: 'thigh',
      sections: [
        [0.22, 204, 232, 0.45, 0.8],
        [0.3, 200, 232, 0.52, 1],
        [0.38, 198, 230, 0.5, 1],
        [0.5, 190, 226, 0.48, 1],
        [0.62, 190, 224, 0.47, 1],
        [0.74, 194, 220, 0.45, 1],
        [0.84, 198, 214, 0.4, 0.9],
      ],
      // inferolateral part of the ischial tuberosity
      origin: {
        bone: 'hip_bone',
        p: off(L('ischial_tuberosity'), [-0.006, 0.004, 0.004]),
        width: 0.022,
        thickness: 0.012,
        tendon: 0.15,
      },
      // a tendon onto the adductor tubercle
      insertion: { bone: 'femur', p: A('adductor_tubercle'), width: 0.012, thickness: 0.008, tendon: 0.4 },
    },
    {
      id: 'pectineus',
      sinksInto: ['hip_bone'],
      clears: behindMembrane,
      kind: 'limb',
      limb: 'thigh',
      segments: 12,
      sections: [
        // broad and superficial under the pecten, narrowing as it turns back to the femur: from the front its
        // lower border runs obliquely down and laterally. Its top box lies under the pecten lateral of the
        // pubic tubercle (at 146-166 deg it ended over the pubic body, and the fleshy end closed onto the
        // pubic crest beside the symphysis as small flaps)
        [0.05, 132, 156, 0.3, 0.75],
        [0.1, 138, 160, 0.25, 0.6],
        [0.15, 138, 174, 0.06, 0.5],
      ],
      // fleshy from the pecten pubis, from the pubic tubercle out to the iliopubic eminence
      origin: {
        bone: 'hip_bone',
        p: off(L('pubic_tubercle'), [0.008, 0.006, -0.008]),
        to: off(L('pubic_tubercle'), [0.045, 0.008, -0.022]),
        width: 0.012,
        thickness: 0.008,
        fleshy: true,
      },
      // the pectineal line of the femur, from the lesser trochanter down towards the linea aspera
      insertion: {
        bone: 'femur',
        p: off(L('lesser_trochanter'), [-0.002, -0.012, 0.004]),
        width: 0.018,
        thickness: 0.005,
        fleshy: true,
      },
    },
    {
      id: 'adductor_brevis',
      sinksInto: ['hip_bone'],
      clears: behindMembrane,
      kind: 'limb',
      limb: 'thigh',
      segments: 12,
      sections: [
        [0.2, 160, 193, 0.45, 0.88],
        [0.28, 172, 204, 0.4, 0.86],
        [0.36, 178, 195, 0, 0.42],
      ],
      // body and inferior ramus of the pubis, between the origins of gracilis and adductor magnus
      origin: {
        bone: 'hip_bone',
        p: off(L('pubic_symphysis'), [0.045, -0.053, -0.03]),
        width: 0.02,
        thickness: 0.01,
        tendon: 0.1,
      },
      // the lower pectineal line and the upper third of the linea aspera
      insertion: { bone: 'femur', p: at(0.38, 186, 0), width: 0.02, thickness: 0.005, fleshy: true },
    },
    {
      id: 'gracilis',
      sinksInto: ['hip_bone'],
      kind: 'limb',
      limb: 'thigh',
      segments: 16,
      // a thin strap (~3-4 cm wide above, ~1 cm thick) on the medial side, becoming a tendon above the knee
      sections: [
        [0.2, 168, 186, 0.88, 1.08],
        [0.26, 178, 200, 0.95, 1.65],
        [0.38, 188, 210, 1, 1.75],
        [0.5, 192, 213, 1, 1.75],
        [0.62, 198, 216, 1, 1.7],
        [0.74, 205, 221, 0.98, 1.65],
      ],
      // a thin aponeurosis from the lower half of the body of the pubis and the inferior pubic ramus, beside
      // the symphysis: a line down and back along the bone
      origin: {
        bone: 'hip_bone',
        p: off(L('pubic_symphysis'), [0.022, -0.036, -0.006]),
        to: off(L('pubic_symphysis'), [0.04, -0.053, -0.05]),
        width: 0.012,
        thickness: 0.004,
        tendon: 0.1,
      },
      // over the tibial collateral ligament and the anserine bursa to its insertion, not through them
      clears: union([pesBed, behindMembrane], 0),
      insertion: {
        bone: 'tibia',
        p: off(A('pes_anserinus'), [-0.002, -0.006, -0.006]),
        width: 0.008,
        thickness: 0.004,
        via: [at(1.02, 212, 1.2)],
        tendon: 0.7,
      },
    },
  ];
};
