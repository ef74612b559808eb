/**
 * Left metatarsals and phalanges of the foot as distance fields in the foot frame (landmarks.ts
 * footPoint; see tarsus.ts). After Gray's Anatomy 42nd ed.: five metatarsals, each a base, a slender shaft
 * bowed a little upwards and a rounded head; the first short and thick, declined ~20 deg to the floor, the
 * second the longest; the fifth with a tuberosity on its base. The hallux has two phalanges, the other toes
 * three, the proximal ones longest; the lesser toes rise from the heads and curl down to the floor.
 */
import type { Sdf, Vec3 } from '../types.ts';
import { footPoint as F, FOOT_LENGTH } from '../landmarks.ts';
import { capsule, ellipsoid, separated, smin, sphere } from '../kernel/sdf.ts';
import { frameYZ, normalize, sub } from '../kernel/vec.ts';

const K = FOOT_LENGTH / 0.27;
const r = (v: number): number => v * K;
const P = (p: Vec3): Vec3 => F(p[0], p[1], p[2]);

interface Ray {
  readonly base: Vec3;
  readonly head: Vec3;
  /** Shaft radius, base half-size, head radius. */
  readonly shaft: number;
  readonly baseR: number;
  readonly headR: number;
}

/** Metatarsals 1-5 (u, v, w on a 27 cm foot); the heads (ball of the foot) at ~67-75 % of foot length. */
export const METATARSALS: readonly Ray[] = [
  { base: [0.152, 0.034, -0.019], head: [0.195, 0.016, -0.022], shaft: 0.0062, baseR: 0.011, headR: 0.0095 },
  { base: [0.146, 0.04, -0.003], head: [0.203, 0.015, -0.004], shaft: 0.0042, baseR: 0.0085, headR: 0.0068 },
  { base: [0.148, 0.037, 0.011], head: [0.199, 0.014, 0.013], shaft: 0.004, baseR: 0.008, headR: 0.0064 },
  { base: [0.124, 0.031, 0.024], head: [0.19, 0.013, 0.027], shaft: 0.0039, baseR: 0.0075, headR: 0.0062 },
  { base: [0.121, 0.024, 0.034], head: [0.18, 0.013, 0.04], shaft: 0.0042, baseR: 0.0078, headR: 0.006 },
];

/** One metatarsal: base block, shaft bowed upwards at its middle, head. */
function metatarsal(m: Ray): Sdf {
  const mid: Vec3 = [
    (m.base[0] + m.head[0]) / 2,
    (m.base[1] + m.head[1]) / 2 + 0.003,
    (m.base[2] + m.head[2]) / 2,
  ];
  const axis = normalize(sub(P(m.head), P(m.base)));
  const base = ellipsoid(frameYZ(P(m.base), [0, 1, 0], axis), [
    r(m.baseR * 0.8),
    r(m.baseR),
    r(m.baseR * 0.9),
  ]);
  const s1 = capsule(P(m.base), P(mid), r(m.shaft * 1.15), r(m.shaft));
  const s2 = capsule(P(mid), P(m.head), r(m.shaft), r(m.shaft * 1.1));
  const head = ellipsoid(frameYZ(P(m.head), [0, 1, 0], axis), [r(m.headR * 0.85), r(m.headR), r(m.headR)]);
  return (x, y, z) => {
    const d = smin(base(x, y, z), Math.min(s1(x, y, z), s2(x, y, z)), r(0.005));
    return smin(d, head(x, y, z), r(0.005));
  };
}

export function metatarsalsSdf(): Sdf {
  const rays = METATARSALS.map(metatarsal);
  // Tuberosity of the fifth metatarsal, jutting back and out along the lateral border.
  const tub = sphere(F(0.119, 0.021, 0.042), r(0.0065));
  const fifth: Sdf = (x, y, z) => smin(rays[4]!(x, y, z), tub(x, y, z), r(0.005));
  return separated([...rays.slice(0, 4), fifth], r(0.0025));
}

/** Phalanx: a shaft with a broader base and a small head (trochlea), from a to b. */
function phalanx(a: Vec3, b: Vec3, radius: number): Sdf {
  const shaft = capsule(P(a), P(b), r(radius * 1.15), r(radius * 0.85));
  const base = sphere(P(a), r(radius * 1.35));
  return (x, y, z) => smin(shaft(x, y, z), base(x, y, z), r(0.003));
}

/** Phalanges of toes 1-5 after Gray's: hallux proximal ~2.8 cm, distal ~2 cm; lesser toes shorter from the second out. */
const TOES: readonly { len: readonly number[]; deg: readonly number[]; radius: number }[] = [
  { len: [0.028, 0.02], deg: [-3, -6], radius: 0.006 },
  { len: [0.024, 0.011, 0.009], deg: [12, -20, -35], radius: 0.0036 },
  { len: [0.022, 0.01, 0.008], deg: [12, -22, -35], radius: 0.0034 },
  { len: [0.02, 0.009, 0.007], deg: [12, -24, -35], radius: 0.0032 },
  { len: [0.018, 0.008, 0.007], deg: [12, -26, -35], radius: 0.003 },
];

/**
 * The phalanges of toe `i` (0 the hallux; u, v, w on a 27 cm foot): one after another from the joint in
 * front of its metatarsal head, each `len` long (joint surface to joint surface) and pitched by `deg`
 * (positive up), with ~2 mm joint spaces.
 */
export function toePhalanges(i: number): { from: Vec3; to: Vec3; radius: number }[] {
  const m = METATARSALS[i]!;
  const { len, deg, radius } = TOES[i]!;
  const out: { from: Vec3; to: Vec3; radius: number }[] = [];
  let u = m.head[0] + m.headR + 0.002;
  let v = m.head[1];
  const w = m.head[2];
  len.forEach((l, j) => {
    const rad = radius * (1 - 0.12 * j);
    const a = ((deg[j] ?? 0) * Math.PI) / 180;
    const end: Vec3 = [u + l * Math.cos(a), v + l * Math.sin(a), w];
    const from: Vec3 = [u + rad * 1.3 * Math.cos(a), v + rad * 1.3 * Math.sin(a), w];
    const to: Vec3 = [end[0] - rad * 0.8 * Math.cos(a), end[1] - rad * 0.8 * Math.sin(a), w];
    out.push({ from, to, radius: rad });
    u = end[0] + 0.002;
    v = end[1];
  });
  return out;
}

export function phalangesSdf(): Sdf {
  const bones: Sdf[] = TOES.flatMap((_, i) => toePhalanges(i).map((b) => phalanx(b.from, b.to, b.radius)));
  return separated(bones, r(0.0015));
}
