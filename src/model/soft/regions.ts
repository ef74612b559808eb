/**
 * Pain regions as areas of the skin, left side, each defined by a smooth weight over the skin (height
 * bands from the shared landmarks, the way the skin faces, distance from the midline). A region is the part
 * of the skin where its weight is positive and every earlier zone's weight is not, so regions never
 * overlap. `regionWeights.ts` bakes them into the skin's vertices with a soft edge.
 */
import type { RegionId } from '../../content/ids';
import type { Vec3 } from '../types';
import { L } from '../landmarks';

/** Weight > 0 inside the zone; roughly metres from its border (facing terms scaled by FACING). */
export type Weight = (c: Vec3, n: Vec3) => number;

interface Zone {
  id: RegionId;
  w: Weight;
}

/** 0.1 unit of facing (normal component) counts as 1 cm of distance. */
const FACING = 0.1;

const KNEE_TOP = L('patella_centre')[1] + 0.05; // ~5 cm above mid-patella
const KNEE_BOTTOM = L('tibial_tuberosity')[1] - 0.01;
const THIGH_TOP = L('ischial_tuberosity')[1] - 0.01; // gluteal fold level
const HIP_TOP = L('iliac_crest_top')[1] - 0.02;
const SI_TOP = L('psis')[1] + 0.035;
const WAIST = 1.25;
const CALF_BOTTOM = 0.16;
const GT = L('greater_trochanter')[1];
/**
 * Front of the knee against its outer side, in front: midway between the tibial tuberosity (the patellar
 * ligament's insertion) and Gerdy's tubercle (the iliotibial band's, on the anterolateral tibial condyle;
 * Gray's Anatomy 42nd ed.). The anterolateral knee, Gerdy's tubercle and the lateral retinaculum, is the
 * outer knee: so it shows, and can be tapped, from the front.
 */
const KNEE_FRONT_LATERAL = (L('tibial_tuberosity')[0] + L('gerdys_tubercle')[0]) / 2;

const band = (y: number, lo: number, hi: number): number => Math.min(y - lo, hi - y);
const back = (n: Vec3, k = 0.45): number => (-n[2] - k) * FACING;
const front = (n: Vec3, k = 0.45): number => (n[2] - k) * FACING;
const lateral = (n: Vec3, k = 0.55): number => (n[0] - k) * FACING;
const medial = (n: Vec3, k = 0.55): number => (-n[0] - k) * FACING;
const all = (...w: number[]): number => Math.min(...w);

/** Zones in priority order (left side: x > 0). */
export const ZONES: readonly Zone[] = [
  // Over the sacroiliac joint: the dimples of Venus at the PSIS and a hand's breadth round them.
  {
    id: 'sacroiliac_area',
    w: (c, n) => all(band(c[1], L('psis')[1] - 0.06, SI_TOP), back(n, 0.3), 0.085 - c[0]),
  },
  { id: 'low_back', w: (c, n) => all(band(c[1], SI_TOP, WAIST), back(n), 0.11 - c[0]) },
  { id: 'buttock', w: (c, n) => all(band(c[1], THIGH_TOP, SI_TOP), back(n, 0.3), c[0] - 0.015) },
  { id: 'side_of_hip', w: (c, n) => all(band(c[1], GT - 0.08, HIP_TOP), lateral(n, 0.6)) },
  {
    id: 'front_of_hip',
    w: (c, n) => all(band(c[1], GT - 0.05, L('asis')[1]), front(n, 0.5), c[0] - 0.03),
  },
  { id: 'front_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, GT - 0.05), front(n, 0.55)) },
  { id: 'outside_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, GT - 0.08), lateral(n)) },
  { id: 'back_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, THIGH_TOP), back(n, 0.55)) },
  { id: 'inside_of_thigh', w: (c, n) => all(band(c[1], KNEE_TOP, THIGH_TOP - 0.02), medial(n)) },
  // front within ~45° of forward and medial of Gerdy's tubercle, so the sides show from the front
  {
    id: 'front_of_knee',
    w: (c, n) => all(band(c[1], KNEE_BOTTOM, KNEE_TOP), front(n, 0.7), KNEE_FRONT_LATERAL - c[0]),
  },
  // the side from ~27° off sideways, and in front the anterolateral knee round Gerdy's tubercle
  {
    id: 'outside_of_knee',
    w: (c, n) =>
      all(
        band(c[1], KNEE_BOTTOM, KNEE_TOP),
        Math.max(lateral(n, 0.45), all(c[0] - KNEE_FRONT_LATERAL, front(n, 0))),
      ),
  },
  { id: 'inside_of_knee', w: (c, n) => all(band(c[1], KNEE_BOTTOM, KNEE_TOP), medial(n, 0.45)) },
  { id: 'back_of_knee', w: (c, n) => all(band(c[1], KNEE_BOTTOM + 0.01, KNEE_TOP), back(n, 0.5)) },
  { id: 'calf', w: (c, n) => all(band(c[1], CALF_BOTTOM, KNEE_BOTTOM), back(n, 0.35)) },
];
