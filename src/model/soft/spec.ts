/** Declarative description of a lofted soft structure: a strap/fusiform path or a sheet/fan. */
import type { Sdf, Vec3 } from '../types';

import type { BoneId as SkeletonBoneId } from '../bones';

/** Bones a structure can attach to. */
export type BoneId = SkeletonBoneId;
/** What an end can attach to: a bone, or the iliotibial band (TFL, upper gluteus maximus). */
export type AttachTarget = BoneId | 'iliotibial_band';

export interface Attachment {
  readonly bone: AttachTarget;
  readonly p: Vec3;
  /**
   * How far out from the bone's surface the end lies (default 1 mm): more where it lies on a muscle drawn
   * before it that arises from the same area (erector spinae's aponeurosis over multifidus on the sacrum).
   */
  readonly lift?: number;
}

/** Profile keyframe: fraction along the path, width (across, metres), thickness (metres). */
export type Key = readonly [at: number, width: number, thickness: number];

/** Which head of a muscle drawn in several pieces; pieces sharing an id are merged into one mesh. */
interface Piece {
  readonly part?: string;
  /**
   * Heads that fuse into one belly or tendon (gastrocnemius): not pushed out of the pieces drawn before
   * them with the same id, so they overlap where they join instead of being pressed apart.
   */
  readonly fuse?: boolean;
  /**
   * Muscles drawn before it that it merges with (iliacus into the psoas tendon): not pushed out of them, so
   * the two meet in one clean line instead of a ragged pushed edge.
   */
  readonly joins?: readonly string[];
  /**
   * Limb muscles drawn before it whose boxes fill the space where it lies (obturator externus under the
   * femoral neck, among the tops of the adductors): not pushed out of them, so it keeps its shape and lies
   * hidden inside them where they overlap, whole when they are hidden.
   */
  readonly interleaves?: readonly string[];
  /**
   * Bones its ends sink into (the quadriceps and their tendons into the patella): not pushed out of them, so
   * an end disappears into its bone instead of being flattened into a flap on the bone's surface. For a limb
   * muscle the bone is ignored only within 2 cm of those ends.
   */
  readonly sinksInto?: readonly BoneId[];
  /**
   * With `sinksInto`, for a path: those bones are left out only within this many metres of its insertion, not
   * along its whole length (flexor digitorum brevis' tendon halves end in the middle phalanx of their toe but
   * are kept off the proximal one on their way).
   */
  readonly sinkReach?: number;
  /**
   * Cross-section area factor of a path or sheet (default 1), calibrated so that its share of the total
   * muscle volume matches MRI (src/model/measure/muscleVolumes.ts; `npm run model:report`). Paths scale
   * width and thickness by its square root; sheets, whose width the cross-lines fix, their thickness by it.
   */
  readonly bulk?: number;
  /**
   * Fractions of a path's or sheet's length that are tendon at its origin and at its insertion (default 0:
   * a fleshy end), for the tendon colour (soft/fibres.ts). Limb muscles give theirs in `End.tendon`.
   */
  readonly tendons?: { readonly origin?: number; readonly insertion?: number };
  /**
   * A band that lies on the muscles drawn before it (the iliotibial band over gluteus medius and tensor
   * fasciae latae), on this side of them (outward): draped over them (soft/drape.ts), so they do not show
   * through it.
   */
  readonly overlies?: Vec3;
  /**
   * Such a band is stiff across: the drape lifts each of its rings as a whole (a slip of the plantar
   * aponeurosis stays flat under the round flexor tendon it crosses instead of folding over it).
   */
  readonly flatAcross?: boolean;
  /**
   * Other structures it lies over, as a field: such a band is draped over them (the iliotibial band over
   * the greater trochanteric bursa); anything else is pushed out of them (the pes anserinus tendons over the
   * tibial collateral ligament and the anserine bursa).
   */
  readonly clears?: Sdf;
}

export interface PathSpec extends Piece {
  readonly kind: 'path';
  readonly origin: Attachment;
  readonly insertion: Attachment;
  /** Centre-line control points between origin and insertion (wrapping via points). */
  readonly via: readonly Vec3[];
  readonly profile: readonly Key[];
  /** Direction of the width axis at fractions along the path. */
  readonly widthDir: readonly { at: number; dir: Vec3 }[];
  /** Superellipse power of the section: 2 ellipse, 3–4 flat strap. */
  readonly power?: number;
  readonly rings?: number;
  /**
   * The most a straight run's rings may lie apart, in even spacings, where the rings crowd into a bend
   * (soft/build.ts' pathRings; default RING_MAX_GAP).
   */
  readonly ringMaxGap?: number;
  /**
   * How strongly the rings crowd into bends: the weight of the turn (radians) beyond RING_FREE_TURN against
   * arc length (soft/build.ts' pathRings; default RING_TURN_WEIGHT).
   */
  readonly ringTurnWeight?: number;
  readonly segments?: number;
  /**
   * The thinnest its sections are drawn, metres (default 2 mm, kernel/loft.ts): a fascia thinner than that
   * (the plantar aponeurosis' slips and side parts, 1-1.5 mm) gives its own.
   */
  readonly leastThickness?: number;
}

export interface SheetSpec extends Piece {
  readonly kind: 'sheet';
  /** The origin line lies on one of these (the nearest counts). */
  readonly originBones: readonly AttachTarget[];
  readonly insertionBones: readonly AttachTarget[];
  /**
   * Cross-lines from origin to insertion, each a polyline across the sheet (same direction for all):
   * the first lies on the origin area, the last on the insertion area, the others shape the belly.
   */
  readonly lines: readonly (readonly Vec3[])[];
  /** Thickness at u across (0..1), v along (0 origin, 1 insertion). */
  readonly thickness: (u: number, v: number) => number;
  readonly spines?: number;
  /**
   * One more spine beyond the lines' last ends, through these points (one per cross-line): a strip along
   * the sheet's edge whose width is its own, not a share of each line's length (spines cross every line at
   * the same fractions of its length, so lengthening one line moves all of them along it).
   */
  readonly edge?: readonly Vec3[];
  readonly rings?: number;
  readonly segments?: number;
  /**
   * Rings along the cross-lines (soft/build.ts' sheetRings): every cross-line at one fraction of every spine's
   * length (their mean), the fractions between two lines spread in proportion, where by default each spine's
   * rings lie at fractions of its own length. Where the spines' lengths between the lines differ, the
   * default rings cut across the lines: iliacus' lateral edge is ~18 cm from crest to trochanter, its middle
   * ~25, so over the pelvic brim its rings ran within 11-20 deg of the spines.
   */
  readonly ringsOnLines?: boolean;
}

/**
 * A box of a limb's cross-section at level t (soft/limb.ts): from angle deg0 to deg1 (degrees round the
 * shaft axis, increasing from lateral through anterior), from depth rho0 to rho1 (0 on the bone, 1 under the
 * subcutaneous fat).
 */
export type SectionKey = readonly [t: number, deg0: number, deg1: number, rho0: number, rho1: number];

/** Where a sectioned muscle's belly ends: its tendon or fleshy attachment. */
export interface End {
  readonly bone: AttachTarget;
  readonly p: Vec3;
  /** A second point: the attachment is a line from p to `to` (a broad origin or insertion). */
  readonly to?: Vec3;
  /**
   * How far out from the bone's surface the end lies (default 1 mm): more where it ends on a structure that
   * lies on the bone (flexor digitorum longus' tendon dividing under the midfoot). `to` lies as far out.
   */
  readonly lift?: number;
  /** Width (across the limb) and thickness (radially) at the attachment, metres. */
  readonly width: number;
  readonly thickness: number;
  /** Points the tendon passes on its way from the belly (wrapping round a condyle). */
  readonly via?: readonly Vec3[];
  /**
   * How far the end leaves the belly straight on before it turns towards its attachment, metres (default
   * 30 % of the way, at most 3 cm). Shorter where the end must turn at once to stay under a muscle that
   * covers it (the hamstrings' origin under gluteus maximus).
   */
  readonly lead?: number;
  /**
   * Where the end's way bends (a tendon round a malleolus), the most its centre line turns from one ring to
   * the next, degrees: its rings are placed where the way turns that much (at least 2.5 mm apart; else every
   * `ringStep`), and each ring is turned with the way (frames carried along it), square to it, where by default
   * the rings are spaced evenly and keep the belly's and the attachment's orientation, so round a sharp bend
   * they turn 20-40 deg at a ring and lie slanted across the way. The way is the curve through the via points,
   * or, with `taut`, a cord pulled taut round bones.
   */
  readonly maxTurn?: number;
  /**
   * With `maxTurn` (not `taut`, no via points), the way leaves the belly on an arc of this radius (metres),
   * turning from the belly's axis towards its attachment, and runs straight on to it: the turn spread over the
   * arc. Through a short lead and the attachment alone the way turned where the lead met the curve, within a few
   * millimetres, and square rings there folded the belly's wide section on the inside of the bend (the
   * hamstrings' origins, whose bellies begin 3.4 cm below and up to 8 cm lateral of the ischial tuberosity).
   */
  readonly bend?: number;
  /** With `maxTurn`, the most metres between two rings (default the belly's ring step). */
  readonly ringStep?: number;
  /**
   * With `maxTurn`, the last metres of the tendon close in a rounded tip at p (a quarter ellipse in width and
   * thickness) instead of a flat cap: a tendon sunk into its bone (`sinksInto`) ends inside it, rounded in
   * outline.
   */
  readonly round?: number;
  /**
   * With `maxTurn`, a tendon laid taut round these bones on its way (semimembranosus round the back of the
   * medial condyle): its way is found, not given: a cord pulled taut from the belly's end through the via
   * points to the attachment, its centre kept as far off the bones as its section reaches towards them plus
   * the bones' margin, and under the skin (over its last 1.5 cm it dives to the attachment, into its bone where
   * it sinks into it); its flat faces turned to lie on its bone at the attachment.
   */
  readonly taut?: readonly BoneId[];
  /**
   * With `maxTurn` (not `taut`), a tendon that lies flat on these bones (fibularis longus on the fibula, the
   * calcaneus and the cuboid): its section is turned about its way, ring by ring, so that its thickness axis
   * points to the nearest of them (the turn smoothed along the way), instead of keeping the orientation the
   * frames carry back from the attachment, which stood it on edge against the calcaneus and the skin.
   */
  readonly flatOn?: readonly BoneId[];
  /**
   * With `maxTurn`, where the tendon swells on its way (fibularis longus' fusiform thickening where it curves
   * round the cuboid): its section's width and thickness there (metres), eased in and out over `reach` metres
   * of the way either side of the way's point nearest `at` (a Gaussian's sigma).
   */
  readonly swell?: {
    readonly at: Vec3;
    readonly width: number;
    readonly thickness: number;
    readonly reach: number;
  };
  /** Fraction of the way from the belly that is tendon of the final size (default 0.3). */
  readonly tendon?: number;
  /**
   * Fraction of the way from the belly that stays muscle-coloured before it fades into the tendon (default
   * 0.6 of the way to the tendon): more where the muscle is fleshy almost to a short tendinous attachment
   * (tensor fasciae latae at the ASIS).
   */
  readonly muscular?: number;
  /**
   * A fleshy attachment along the bone where the belly ends (vastus intermedius on the shaft): the belly
   * closes bluntly over ~1 cm instead of tapering to p, which only marks where it meets the bone.
   */
  readonly fleshy?: boolean;
  /**
   * With `fleshy`, how far (metres) the end runs on along the bone as it closes (default ~2.6 cm, shorter
   * where the bone flares across its way): less where its area ends at a line just past the belly (popliteus
   * at the soleal line, where it ran on below the line into flexor digitorum longus' top).
   */
  readonly close?: number;
}

/**
 * A muscle of the thigh or leg given by its cross-section at levels of the limb (boxes that neighbours
 * share edges of, so muscles pack the limb without overlapping), and its two ends. The origin is the upper
 * end.
 */
export interface LimbSpec extends Piece {
  readonly kind: 'limb';
  readonly limb: 'thigh' | 'leg';
  readonly sections: readonly SectionKey[];
  readonly origin: End;
  readonly insertion: End;
  /** Vertices per ring (default 20). */
  readonly segments?: number;
  /** Spacing of the rings along the limb, metres (default 1.5 cm; long, straight leg muscles need fewer). */
  readonly ringStep?: number;
  /**
   * Bones the belly lies on and wraps round (fibularis brevis round the fibula's posterior border): a box's
   * deep face is an arc round the limb's axis and cuts through such a bone's convex border, and the fit's push
   * out of it, vertex by vertex, creased the belly. Its rings are laid off these bones first by a displacement
   * smoothed over the rings (sectioned.ts' layOff), so the fit has nothing left to push.
   */
  readonly wraps?: readonly BoneId[];
}

export type SoftSpec = PathSpec | SheetSpec | LimbSpec;

/** Smooth (cosine) interpolation between profile keyframes. */
export function profileAt(keys: readonly Key[], u: number): { width: number; thickness: number } {
  const first = keys[0]!;
  if (u <= first[0]) return { width: first[1], thickness: first[2] };
  for (let i = 0; i < keys.length - 1; i++) {
    const a = keys[i]!;
    const b = keys[i + 1]!;
    if (u <= b[0]) {
      const s = (1 - Math.cos((Math.PI * (u - a[0])) / Math.max(1e-9, b[0] - a[0]))) / 2;
      return { width: a[1] + (b[1] - a[1]) * s, thickness: a[2] + (b[2] - a[2]) * s };
    }
  }
  const last = keys[keys.length - 1]!;
  return { width: last[1], thickness: last[2] };
}

/** Bump used by sheet thickness functions: 0 at the edges, 1 in the middle of [0,1]. */
export const bump = (u: number): number => Math.sin(Math.PI * Math.min(1, Math.max(0, u)));
/** Cosine ramp between two values over v in [a, b]. */
export function ramp(v: number, a: number, b: number, from: number, to: number): number {
  if (v <= a) return from;
  if (v >= b) return to;
  return from + ((to - from) * (1 - Math.cos((Math.PI * (v - a)) / (b - a)))) / 2;
}
