/**
 * Lofts a limb muscle (LimbSpec): rings round its section box at levels every ~1.2 cm between its first and
 * last key (boxes eased from key to key, inset by a fascial gap so neighbours show a groove between them),
 * then at each end rings that taper from the last belly ring to the tendon or fleshy attachment along a
 * smooth path. Ring vertex k is at the same angle round every ring (width across the limb, thickness
 * radially), so the loft never twists.
 */
import type { Sdf, Vec3 } from '../types';
import { cross, dist, lerp, normalize, reject, scale, sub, add, dot, madd } from '../kernel/vec.ts';
import { loftRings } from '../kernel/loft.ts';
import { clearOf, gradient, keepUnder, union } from '../kernel/sdf.ts';
import { arcLengths, catmullRom, resample, turnIndices } from '../kernel/spline.ts';
import { parallelTransportFrames, type PathFrame } from '../kernel/pathFrames.ts';
import { meshSdf } from './bodySdf';
import { attachSdf } from './bones';
import { limb as limbOf, type Limb } from './limb';
import type { End, LimbSpec, SectionKey } from './spec';
import type { SoftBody } from './build';
import { smoothstep } from './fibres';
import { skinSdf } from './skin';
import { SKIN_MARGIN } from './skinMargin';
import { BONE_MARGIN } from './margins';

/** Gap between neighbouring muscles (fascia), metres. */
export const FASCIA_GAP = 0.0012;
/**
 * Superellipse powers of a section box's outline (2 an ellipse, larger squarer): square on the deep side, so
 * neighbours pack; rounder on the superficial side, so a groove shows between two muscles on the surface.
 */
const DEEP_POWER = 8;
const SURFACE_POWER = 3.5;
/** How far a fleshy end runs on along the bone as it closes onto it, metres. */
const FLESHY_CLOSE = 0.026;
/** How deep the last ring of a fleshy end that sinks into its bone lies under the bone's surface, metres. */
const FLESHY_SINK = 0.002;
/** Clearance a taut tendon keeps off the bones it wraps: the fit's, and a little more. */
const WRAP_MARGIN = BONE_MARGIN + 0.0003;
/** Spacing of the belly's rings along the limb, metres. */
const RING_STEP = 0.015;

/**
 * Clearance a wrapping belly's rings are laid off their bones to (the fit's, plus what the displacement's
 * last smoothing may take back), and the rounds of push and smoothing that lay them.
 */
const WRAP_CLEARANCE = BONE_MARGIN + 0.0007;
const WRAP_ROUNDS = 24;

const spow = (v: number, e: number): number => Math.sign(v) * Math.pow(Math.abs(v), e);
const ease = (s: number): number => s * s * (3 - 2 * s);

/** The section box at level t: cosine-eased between the keys around it (only those two keys count). */
export function boxAt(keys: readonly SectionKey[], t: number): [number, number, number, number] {
  const first = keys[0]!;
  if (t <= first[0]) return [first[1], first[2], first[3], first[4]];
  for (let i = 0; i + 1 < keys.length; i++) {
    const a = keys[i]!;
    const b = keys[i + 1]!;
    if (t <= b[0]) {
      const s = ease((t - a[0]) / (b[0] - a[0]));
      return [1, 2, 3, 4].map((k) => a[k]! + (b[k]! - a[k]!) * s) as [number, number, number, number];
    }
  }
  const last = keys[keys.length - 1]!;
  return [last[1], last[2], last[3], last[4]];
}

/** Ring of M vertices round a section box at level t, inset by the fascial gap. */
export function sectionRing(lb: Limb, t: number, box: readonly number[], m: number): Vec3[] {
  const [d0, d1, r0, r1] = box as [number, number, number, number];
  const dm = (d0 + d1) / 2;
  const rm = (r0 + r1) / 2;
  const radius = lb.radius(t, dm, rm);
  // the gap in depth, as a fraction of the metres one unit of ρ spans here
  const perRho = Math.max(
    0.004,
    Math.abs(lb.radius(t, dm, r1) - lb.radius(t, dm, r0)) / Math.max(1e-6, r1 - r0),
  );
  const halfDeg = Math.max(0.4, (d1 - d0) / 2 - ((FASCIA_GAP / radius) * 180) / Math.PI);
  const halfRho = Math.max(0.02, (r1 - r0) / 2 - FASCIA_GAP / perRho);
  const ring: Vec3[] = [];
  for (let k = 0; k < m; k++) {
    const a = (2 * Math.PI * k) / m;
    const power = Math.sin(a) > 0 ? SURFACE_POWER : DEEP_POWER;
    const u = spow(Math.cos(a), 2 / power);
    const v = spow(Math.sin(a), 2 / power);
    ring.push(lb.point(t, dm + halfDeg * u, rm + halfRho * v));
  }
  return ring;
}

const centroid = (ring: readonly Vec3[]): Vec3 =>
  scale(
    ring.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
    1 / ring.length,
  );

/** Rings of one end and each ring's muscle share (1 muscle, 0 tendon). */
interface EndRings {
  rings: Vec3[][];
  muscle: number[];
}

/**
 * Rings from the belly's last ring (excluded) to the attachment (included). `outward` is the limb's radial
 * direction at the belly's end, so the tendon's thickness axis matches the belly's. A fleshy end is muscle
 * to its last ring; a tendon is tendon-coloured where it has its final size (the last `tendon` fraction),
 * fading into the belly over the taper before it.
 */
function endRings(
  belly: readonly Vec3[],
  before: Vec3,
  outward: Vec3,
  end: End,
  m: number,
  step: number,
  sinks = false,
): EndRings {
  const c0 = centroid(belly);
  const dir = normalize(sub(c0, before));
  if (end.fleshy) {
    // close over ~2.5 cm onto the bone it arises from: two rings shrinking towards the belly's face nearest
    // that bone (across it, less), so the deep face stays on the bone and the surface slopes down to it.
    // Shrunk towards the belly's axis, the end was a dome standing up to ~2 cm off the bone.
    const bone = attachSdf(end.bone);
    const anchor = belly.reduce((a, p) => (bone(...p) < bone(...a) ? p : a));
    const toBone = normalize(sub(anchor, c0));
    const reach = dot(sub(anchor, c0), toBone);
    // shorter where the bone flares across its way (the tibial condyles over tibialis anterior's top)
    const gap = bone(...anchor);
    let length = end.close ?? FLESHY_CLOSE;
    while (length > 0.004 && bone(...madd(anchor, [dir, length])) < Math.min(gap, FASCIA_GAP) - 0.002)
      length -= 0.002;
    const rings = [
      [0.46 * length, 0.7],
      [length, 0.25],
    ].map(([d, k], r) => {
      // where the bone falls away under it, the ring follows it down (its face nearest the bone keeps its
      // distance); where it rises, the points are laid on it below
      const a = madd(anchor, [dir, d!]);
      const follow = scale(gradient(bone, ...a), Math.min(0, gap - bone(...a)));
      return belly.map((p) => {
        const v = sub(p, c0);
        const along = dot(v, toBone);
        const across = sub(v, scale(toBone, along));
        const shrunk = reach + (along - reach) * k!;
        const q = add(madd(c0, [dir, d!], [toBone, shrunk], [follow, 1]), scale(across, 0.5 + 0.5 * k!));
        // where the bone flares beyond the belly's end (the tibial condyles), onto its surface, not into it;
        // an end that sinks into its bone closes under its surface, so the fibres pass into the bone along a
        // line instead of standing on it as a flat cap with a serrated rim (pectineus on the pecten)
        return sinks && r === 1 ? keepUnder(bone, q, FLESHY_SINK) : clearOf(bone, q, FASCIA_GAP);
      });
    });
    return { rings, muscle: rings.map(() => 1) };
  }
  if (end.taut && end.maxTurn === undefined) throw new Error('End.taut needs maxTurn');
  if (end.bend !== undefined && end.maxTurn === undefined) throw new Error('End.bend needs maxTurn');
  if (end.maxTurn !== undefined) return turningEndRings(belly, dir, outward, end, step);
  // an end that keeps its way: as many rings as its reach takes at the belly's step (3 or more), evenly
  // spaced, the belly's section carried unturned (turned with the way, gracilis' end at the pubis, which
  // curves ~60 deg, splits into spikes; see README Remaining)
  const count = Math.max(3, Math.ceil(dist(c0, end.to ? lerp(end.p, end.to, 0.5) : end.p) / step));
  return ringsAlong(
    resample(catmullRom(endControls(c0, dir, end), 24), 64),
    belly,
    (last) => tendonSection(end, acrossAxes(end, last.t, outward), m),
    end,
    (way) => Array.from({ length: count + 1 }, (_, i) => Math.round((i / count) * (way.length - 1))),
    { turn: false },
  );
}

/** An end's way from the belly's centre c0: straight on along dir for its lead, then through its via points. */
function endControls(c0: Vec3, dir: Vec3, end: End): Vec3[] {
  const a = end.to ? lerp(end.p, end.to, 0.5) : end.p;
  const lead = end.lead ?? Math.min(0.03, dist(c0, a) * 0.3);
  return [c0, madd(c0, [dir, lead]), ...(end.via ?? []), a];
}

/** How muscle-coloured an end's ring is at fraction s of its way (1 muscle, 0 tendon). */
function muscleShare(end: End, s: number): number {
  const fleshy = 1 - (end.tendon ?? 0.3);
  return 1 - smoothstep(Math.min(end.muscular ?? 0.6 * fleshy, fleshy - 0.02), fleshy, s);
}

/**
 * A tendon's axes at its attachment, square to its way's last direction t: width across the limb (or along a
 * line attachment), in the direction of increasing θ as the belly ring's, so the loft does not flip over;
 * thickness radial (`outward`).
 */
function acrossAxes(end: End, t: Vec3, outward: Vec3): { w: Vec3; n: Vec3 } {
  const tangential = cross(outward, [0, 1, 0]);
  let w = normalize(reject(end.to ? sub(end.to, end.p) : tangential, t));
  if (dot(w, tangential) < 0) w = scale(w, -1);
  let n = normalize(cross(t, w));
  if (dot(n, outward) < 0) n = scale(n, -1);
  return { w, n };
}

/** A tendon's section at its attachment: m offsets from its centre (a rounded rectangle, width along w). */
function tendonSection(end: End, { w, n }: { w: Vec3; n: Vec3 }, m: number): Vec3[] {
  const width = end.to ? dist(end.p, end.to) : end.width;
  return Array.from({ length: m }, (_, k) => {
    const ang = (2 * Math.PI * k) / m;
    return madd(
      [0, 0, 0],
      [w, (width / 2) * spow(Math.cos(ang), 2 / 2.4)],
      [n, (end.thickness / 2) * spow(Math.sin(ang), 2 / 2.4)],
    );
  });
}

/**
 * The belly's rings laid off the bones they wrap (LimbSpec.wraps): in rounds, every vertex nearer a bone than
 * the clearance is pushed out along the bone's gradient, then the displacement is smoothed along each
 * vertex line (from ring to ring) and round each ring, so where a box's deep face cuts through a bone's
 * border the belly is dented smoothly round it, as a muscle lying on the bone, instead of being pushed
 * vertex by vertex (a crease from one ring to the next).
 */
function layOff(belly: Vec3[][], bone: Sdf): void {
  const n = belly.length;
  const m = belly[0]!.length;
  let d: Vec3[][] = belly.map((r) => r.map((): Vec3 => [0, 0, 0]));
  for (let round = 0; round < WRAP_ROUNDS; round++) {
    for (let i = 0; i < n; i++)
      for (let k = 0; k < m; k++) {
        const p = add(belly[i]![k]!, d[i]![k]!);
        const need = WRAP_CLEARANCE - bone(...p);
        if (need > 0) d[i]![k] = madd(d[i]![k]!, [gradient(bone, ...p), need]);
      }
    // [1 2 1] along the vertex lines (the end rings one-sided), then round the rings
    d = d.map((r, i) =>
      r.map((v, k) => {
        const a = d[Math.max(0, i - 1)]![k]!;
        const b = d[Math.min(n - 1, i + 1)]![k]!;
        return scale(add(add(a, b), scale(v, 2)), 0.25);
      }),
    );
    d = d.map((r) =>
      r.map((v, k) => scale(add(add(r[(k + m - 1) % m]!, r[(k + 1) % m]!), scale(v, 2)), 0.25)),
    );
  }
  for (let i = 0; i < n; i++) for (let k = 0; k < m; k++) belly[i]![k] = add(belly[i]![k]!, d[i]![k]!);
}

/** Points on the cord, its pulls and pushes per round, how far before the attachment it dives, how far it holds. */
const CORD_POINTS = 48;
const CORD_ROUNDS = 200;
/** The share of a point's way out of the bones (or in from the skin) it is moved each round. */
const CORD_GIVE = 0.5;
const CORD_DIVE = 0.015;
const CORD_HOLD = 0.008;
const CORD_KNOT = 0.008;
/**
 * Least metres between two rings of a taut tendon: a ring where its course has turned `maxTurn`, not closer (the
 * cord's course, smoothed, keeps turns from its pushes over about that length: ripples, not its bend).
 */
const CORD_MIN_STEP = 0.0025;

/** Coordinates of v in a frame (along its tangent, its width axis, its thickness axis). */
const inFrame = (v: Vec3, f: PathFrame): Vec3 => [dot(v, f.t), dot(v, f.n), dot(v, f.b)];
const fromFrame = (c: Vec3, f: PathFrame): Vec3 => madd([0, 0, 0], [f.t, c[0]], [f.n, c[1]], [f.b, c[2]]);

/**
 * Rings along a dense way from the belly's centre (its first point) to the attachment (its last), each square
 * to it: the belly ring's offsets and the tendon's section at the attachment (`section`, given the way's last
 * frame) carried along the way in parallel-transport frames and blended from one to the other over the fleshy
 * part (without `turn`, the offsets keep the belly's orientation: a ring is then square to the belly's axis,
 * not the way). The rings' places are indices of the way (`places`, given the way up to where a rounded tip
 * begins: its first, the belly's, is left out); with `round`, its last metres close in a rounded tip (4 rings,
 * a quarter ellipse). Each ring's fraction of the way in `along`.
 */
function ringsAlong(
  dense: readonly Vec3[],
  belly: readonly Vec3[],
  section: (last: PathFrame) => Vec3[],
  end: End,
  places: (way: readonly Vec3[]) => number[],
  { turn = true, flatOn }: { turn?: boolean; flatOn?: Sdf | undefined } = {},
): EndRings & { along: number[] } {
  const s = arcLengths(dense);
  const total = s[s.length - 1]!;
  const c0 = dense[0]!;
  const frames = parallelTransportFrames(dense);
  const at = (length: number): number => {
    let j = 0;
    while (j < dense.length - 1 && s[j]! < length) j++;
    return j;
  };
  // ring centres up to where the rounded tip begins, then the tip's rings
  const round = end.round ?? 0;
  const body = at(total - round);
  const tip = round > 0 ? [0.4, 0.7, 0.88, 0.97] : [];
  const rings: { j: number; scale: number }[] = [
    ...places(dense.slice(0, body + 1))
      .slice(1)
      .map((j) => ({ j, scale: 1 })),
    ...tip.map((u) => ({ j: at(total - round * (1 - u)), scale: Math.sqrt(1 - u * u) })),
  ];
  const carry = (j: number): PathFrame => frames[turn ? j : 0]!;
  const first = belly.map((p) => inFrame(sub(p, c0), carry(0)));
  const last = section(frames[frames.length - 1]!).map((o) => inFrame(o, carry(frames.length - 1)));
  const turns = flatOn ? flatTurns(dense, s, frames, rings, last, flatOn) : rings.map(() => 0);
  const swollen = swelling(dense, s, end, last);
  const fleshy = 1 - (end.tendon ?? 0.3);
  const out: EndRings & { along: number[] } = { rings: [], muscle: [], along: [] };
  for (const [i, { j, scale: k }] of rings.entries()) {
    const f = s[j]! / total;
    const e = ease(Math.min(1, f / fleshy));
    const turned = swollen(s[j]!).map((o) => turnAbout(o, turns[i]!));
    out.rings.push(
      first.map((b, v) => add(dense[j]!, scale(fromFrame(lerp(b, turned[v]!, e), carry(j)), k))),
    );
    out.muscle.push(muscleShare(end, f));
    out.along.push(f);
  }
  return out;
}

/** In-frame coordinates turned by `rad` about the frame's tangent (its first axis). */
const turnAbout = (o: Vec3, rad: number): Vec3 => [
  o[0],
  o[1] * Math.cos(rad) - o[2] * Math.sin(rad),
  o[1] * Math.sin(rad) + o[2] * Math.cos(rad),
];

/** The direction (radians in a frame's normal plane) of a section's least extent: its thickness axis. */
function thinAxis(section: readonly Vec3[]): number {
  let thin = 0;
  let least = Infinity;
  for (let a = 0; a < 180; a++) {
    const r = (a * Math.PI) / 180;
    const extent = Math.max(...section.map((o) => Math.abs(o[1] * Math.cos(r) + o[2] * Math.sin(r))));
    if (extent < least) [least, thin] = [extent, r];
  }
  return thin;
}

/**
 * The section (in-frame offsets) at each arc length of the way: the attachment's, swollen to `End.swell`'s
 * width and thickness about the way's point nearest its `at` (eased in and out over its reach).
 */
function swelling(
  dense: readonly Vec3[],
  along: readonly number[],
  end: End,
  section: readonly Vec3[],
): (s: number) => Vec3[] {
  const swell = end.swell;
  if (!swell) return () => [...section];
  const near = dense.reduce((b, p, j) => (dist(p, swell.at) < dist(dense[b]!, swell.at) ? j : b), 0);
  const s0 = along[near]!;
  const thin = thinAxis(section);
  const [c, sn] = [Math.cos(thin), Math.sin(thin)];
  const width = end.to ? dist(end.p, end.to) : end.width;
  return (s) => {
    const g = Math.exp(-(((s - s0) / swell.reach) ** 2) / 2);
    const kw = 1 + g * (swell.width / width - 1);
    const kt = 1 + g * (swell.thickness / end.thickness - 1);
    return section.map((o) => {
      // along the thickness axis (c, sn) and across it
      const a = (o[1] * c + o[2] * sn) * kt;
      const b = (-o[1] * sn + o[2] * c) * kw;
      return [o[0], a * c - b * sn, a * sn + b * c];
    });
  };
}

/** How far along its way a flat tendon's turn is smoothed (a Gaussian's sigma), metres. */
const FLAT_SMOOTH = 0.012;

/**
 * The turn (radians, about each ring's tangent) that lays a tendon's section flat (`End.flatOn`): its
 * thickness axis (the section's least extent) towards the nearer of its bones and the skin above it (each
 * direction weighted by the inverse of its distance), so that it lies flat on a bone and flat under the skin
 * where that is nearer; the section being the same turned half round, unwrapped from ring to ring and smoothed
 * along the way (`along`: its arc lengths). A ring whose centre lies in a bone (a sunk end) keeps the turn of the
 * ring before it.
 */
function flatTurns(
  dense: readonly Vec3[],
  along: readonly number[],
  frames: readonly PathFrame[],
  places: readonly { j: number }[],
  section: readonly Vec3[],
  bones: Sdf,
): number[] {
  const skin = skinSdf();
  // the section's thickness axis in frame coordinates: the direction of its least extent
  const thin = thinAxis(section);
  const turns: number[] = [];
  for (const { j } of places) {
    const p = dense[j]!;
    const f = frames[j]!;
    const prev = turns.length > 0 ? turns[turns.length - 1]! : 0;
    const toBone = bones(...p);
    if (toBone <= 0) {
      turns.push(prev);
      continue;
    }
    const under = Math.max(1e-4, -skin(...p));
    const inward = madd([0, 0, 0], [gradient(bones, ...p), -1 / toBone], [gradient(skin, ...p), -1 / under]);
    let v = Math.atan2(dot(inward, f.b), dot(inward, f.n)) - thin;
    while (v - prev > Math.PI / 2) v -= Math.PI;
    while (v - prev < -Math.PI / 2) v += Math.PI;
    turns.push(v);
  }
  const s = places.map(({ j }) => along[j]!);
  return turns.map((_, i) => {
    let sum = 0;
    let weight = 0;
    turns.forEach((v, k) => {
      const w = Math.exp(-(((s[i]! - s[k]!) / FLAT_SMOOTH) ** 2) / 2);
      sum += w * v;
      weight += w;
    });
    return sum / weight;
  });
}

/**
 * A wrapping tendon's course (`End.taut`): the curve through its control points (the belly's end, the lead,
 * the via points, the attachment) cut into evenly spaced points and pulled taut by rounds of [1 2 1]/4
 * averaging, each followed by a push out of the bones it wraps to `clearance` (a function of the fraction of
 * the way); its first 16 mm are drawn towards the belly's line (fully at the belly, less and less along), the attachment stays put, the last 1.5 cm diving to it
 * (its clearance falling to the attachment's own distance from its bone). So it lies on the condyle as a cord
 * does, one smooth curve, where a spline through hand-set points ran into the bone and the push out bent it.
 */
function tautCord(
  field: Sdf,
  dir: Vec3,
  control: readonly Vec3[],
  clearance: (f: number) => number,
  under: (f: number) => number,
): Vec3[] {
  const skin = skinSdf();
  const c0 = control[0]!;
  const a = control[control.length - 1]!;
  const endGap = field(...a);
  const hold = Math.min(CORD_HOLD, dist(control[0]!, control[1]!));
  let cord = resample(catmullRom(control, 24), CORD_POINTS);
  for (let round = 0; round < CORD_ROUNDS; round++) {
    const s = arcLengths(cord);
    const total = s[s.length - 1]!;
    cord = cord.map((p, i) => {
      if (i === 0) return c0;
      if (i === cord.length - 1) return a;
      let q = lerp(lerp(cord[i - 1]!, cord[i + 1]!, 0.5), p, 0.5);
      // drawn towards the belly's line, fully at the belly, less and less over the first 2 x 8 mm
      const held = Math.max(0, 1 - s[i]! / (2 * hold)) ** 2;
      if (held > 0) q = lerp(q, madd(c0, [dir, dot(sub(q, c0), dir)]), held);
      q = keepUnder(skin, q, under(s[i]! / total), CORD_GIVE);
      const dive = ease(Math.min(1, (total - s[i]!) / CORD_DIVE));
      return clearOf(field, q, endGap + (clearance(s[i]! / total) - endGap) * dive, CORD_GIVE);
    });
    if (round % 10 === 9) cord = resample(cord, CORD_POINTS);
  }
  return cord;
}

/**
 * A tendon's axes at its attachment where it lies on its bone (`End.taut`), square to its way's last direction
 * t: its thickness axis along the bone's normal there (outward), its width axis across it.
 */
function onBoneAxes(end: End, t: Vec3, outward: Vec3): { w: Vec3; n: Vec3 } {
  let n = normalize(reject(gradient(attachSdf(end.bone), ...end.p), t));
  if (dot(n, outward) < 0) n = scale(n, -1);
  let w = normalize(cross(n, t));
  if (dot(w, cross(outward, [0, 1, 0])) < 0) w = scale(w, -1);
  return { w, n };
}

/** Points a millimetre or so apart along a bent way (`End.bend`). */
const BEND_POINTS = 160;

/**
 * An end's way that leaves the belly's centre c0 along dir on an arc of radius r, turning towards the
 * attachment a in the plane of dir and a, then runs straight on to a (`End.bend`): the arc turns by the angle
 * at which the straight line from its end meets a. Dense: BEND_POINTS points evenly spaced.
 */
function bentWay(c0: Vec3, dir: Vec3, a: Vec3, r: number): Vec3[] {
  const v = sub(a, c0);
  const along = dot(v, dir);
  const side = reject(v, dir);
  const off = Math.hypot(...side);
  if (off < 1e-6) return resample([c0, a], BEND_POINTS);
  const u = scale(side, 1 / off);
  // the arc's turn th: the least for which the line on from the arc's end along its tangent passes through a
  // (a lies `along` on along dir and `off` to the side)
  const miss = (th: number): number => along * Math.sin(th) - off * Math.cos(th) - r * (1 - Math.cos(th));
  let lo = 0;
  let hi = 0;
  for (let th = 0.01; th < Math.PI; th += 0.01)
    if (miss(th) >= 0) {
      [lo, hi] = [th - 0.01, th];
      break;
    }
  if (hi === 0) throw new Error(`End.bend: no arc of radius ${r} reaches the attachment`);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (miss(mid) >= 0) hi = mid;
    else lo = mid;
  }
  const turn = hi;
  const arcAt = (th: number): Vec3 => madd(c0, [dir, r * Math.sin(th)], [u, r * (1 - Math.cos(th))]);
  const arcEnd = arcAt(turn);
  const arcLength = r * turn;
  const straight = dist(arcEnd, a);
  const total = arcLength + straight;
  return Array.from({ length: BEND_POINTS }, (_, i) => {
    const s = (total * i) / (BEND_POINTS - 1);
    return s <= arcLength ? arcAt(s / r) : lerp(arcEnd, a, (s - arcLength) / straight);
  });
}

/**
 * The rings of an end that turns (`End.maxTurn`): along its way, square to it, placed where it turns
 * (`ringsAlong`). The way is the curve through its control points, or with `taut` a cord pulled taut round the
 * bones (`tautCord`); the course then keeps the rings, not only their centres, off the bones and under the
 * skin: where a ring reached nearer than the bones' margin (or out of the skin's), its clearance is raised by
 * that much and the course drawn again (twice).
 */
function turningEndRings(
  belly: readonly Vec3[],
  dir: Vec3,
  outward: Vec3,
  end: End,
  bellyStep: number,
): EndRings {
  const step = end.ringStep ?? bellyStep;
  const control = endControls(centroid(belly), dir, end);
  const m = belly.length;
  if (end.bend !== undefined && (end.taut || end.via))
    throw new Error('End.bend is a way of its own: no taut, no via');
  if (!end.taut)
    return ringsAlong(
      end.bend !== undefined ? bentWay(control[0]!, dir, control.at(-1)!, end.bend) : catmullRom(control, 48),
      belly,
      (last) => tendonSection(end, acrossAxes(end, last.t, outward), m),
      end,
      (way) => turnIndices(way, step, end.maxTurn!),
      { flatOn: end.flatOn ? union(end.flatOn.map(attachSdf), 0) : undefined },
    );
  const field = union(end.taut.map(attachSdf), 0);
  const c0 = control[0]!;
  const fleshy = 1 - (end.tendon ?? 0.3);
  // how far the section reaches towards the bones: the belly's half depth, tapering to the tendon's
  const depth = Math.max(...belly.map((p) => -dot(sub(p, c0), outward)));
  const reach = (f: number): number =>
    depth + (end.thickness / 2 - depth) * ease(Math.min(1, f / fleshy)) + WRAP_MARGIN;
  type Raise = { f: number; add: number };
  let extra: Raise[] = [];
  let extraSkin: Raise[] = [];
  const raise = (list: Raise[], f: number): number => {
    let most = 0;
    for (const e of list) most = Math.max(most, e.add * Math.max(0, 1 - Math.abs(e.f - f) / 0.06));
    return most;
  };
  const raised = (f: number): number => reach(f) + raise(extra, f);
  const under = (f: number): number => reach(f) - WRAP_MARGIN + SKIN_MARGIN + raise(extraSkin, f);
  const skin = skinSdf();
  let out: EndRings = { rings: [], muscle: [] };
  for (let pass = 0; pass < 3; pass++) {
    // the cord smoothed: a curve through points on it every ~8 mm (its pushes leave ripples ~2 mm long)
    const cord = tautCord(field, dir, control, raised, under);
    const length = arcLengths(cord)[cord.length - 1]!;
    const knots = resample(cord, Math.max(3, Math.round(length / CORD_KNOT) + 1));
    const dense = resample(catmullRom(knots, 24), 400);
    const total = arcLengths(dense)[dense.length - 1]!;
    const laid = ringsAlong(
      dense,
      belly,
      (last) => tendonSection(end, onBoneAxes(end, last.t, outward), m),
      end,
      (way) => turnIndices(way, step, end.maxTurn!, CORD_MIN_STEP),
    );
    out = laid;
    const next: Raise[] = [];
    const nextSkin: Raise[] = [];
    laid.rings.forEach((ring, i) => {
      const f = laid.along[i]!;
      const short = WRAP_MARGIN - Math.min(...ring.map((p) => field(...p)));
      if (total * (1 - f) > CORD_DIVE && short > 0.0002) next.push({ f, add: short });
      const out_ = SKIN_MARGIN + Math.max(...ring.map((p) => skin(...p)));
      if (out_ > 0.0002) nextSkin.push({ f, add: out_ });
    });
    if (next.length === 0 && nextSkin.length === 0) break;
    extra = [...extra, ...next];
    extraSkin = [...extraSkin, ...nextSkin];
  }
  return out;
}

export function buildLimbBody(s: LimbSpec): SoftBody {
  const lb = limbOf(s.limb);
  const m = s.segments ?? 20;
  const t0 = s.sections[0]![0];
  const t1 = s.sections[s.sections.length - 1]![0];
  const span = Math.abs(lb.y(t1) - lb.y(t0));
  const step = s.ringStep ?? RING_STEP;
  const n = Math.max(2, Math.ceil(span / step) + 1);
  const belly: Vec3[][] = [];
  for (let i = 0; i < n; i++) {
    const t = t0 + ((t1 - t0) * i) / (n - 1);
    belly.push(sectionRing(lb, t, boxAt(s.sections, t), m));
  }
  if (s.wraps) {
    layOff(belly, union(s.wraps.map(attachSdf), 0));
  }
  const radial = (box: readonly number[]): Vec3 => {
    const deg = ((box[0]! + box[1]!) / 2) * (Math.PI / 180);
    return [Math.cos(deg), 0, Math.sin(deg)];
  };
  const sinks = (end: End): boolean => s.sinksInto?.some((b) => b === end.bone) ?? false;
  const top = endRings(
    belly[0]!,
    centroid(belly[1]!),
    radial(boxAt(s.sections, t0)),
    s.origin,
    m,
    step,
    sinks(s.origin),
  );
  const bottom = endRings(
    belly[n - 1]!,
    centroid(belly[n - 2]!),
    radial(boxAt(s.sections, t1)),
    s.insertion,
    m,
    step,
    sinks(s.insertion),
  );
  const rings = [...top.rings.reverse(), ...belly, ...bottom.rings];
  const muscle = [...top.muscle.reverse(), ...belly.map(() => 1), ...bottom.muscle];
  const mesh = loftRings(rings);
  return { mesh, sdf: meshSdf(mesh), ring: m, muscle };
}
