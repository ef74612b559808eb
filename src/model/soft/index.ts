/**
 * Soft tissue of the lower body: muscles, tendons, nerves, skin and pain regions. Left-side structures are
 * built, pushed out of the bones and of the structures drawn before them, then mirrored for the right side
 * (x -> -x, winding flipped so normals stay outward).
 */
import { nodeName, SIDES, type RegionId, type StructureId } from '../../content/ids';
import type { MeshData, MeshKind, Sdf, Vec3 } from '../types';
import { ALL_BONES, attachSdf } from './bones';
import { boneBounds } from '../bones';
import { buildSoftBody, type SoftBody } from './build';
import { parallelTransportFrames } from '../kernel/pathFrames.ts';
import { tube } from '../kernel/loft.ts';
import { union } from '../kernel/sdf.ts';
import { distToSegment } from '../kernel/vec.ts';
import { merge, mirrored, toMeshData } from '../kernel/mesh.ts';
import type { RawMesh } from '../types.ts';
import { muscleSpecs } from './muscles';
import { perLandmarks } from '../landmarks';
import { nerveSpecs, type NervePart } from './nerves';
import { type Box, boundsOf, pushOut } from './pushout';
import { drape, keepBandInside, pressUnder } from './drape';
import { loftFibres } from './fibres';
import { regionWeights } from './regionWeights';
import { smoothDisplacement } from './relax';
import { buildSkin, skinSdf } from './skin';
import { keepInside } from './skinClamp';
import { SKIN_MARGIN, skinMarginAt } from './skinMargin';
import { BAND_MARGIN, BONE_MARGIN, NEIGHBOUR_MARGIN, PRESS_MARGIN } from './margins';
import { catmullRom, turnIndices } from '../kernel/spline.ts';
import { tendonSpecs } from './tendons';

export const SKIN_TRIANGLES = 9000;

export interface SoftPart {
  id: StructureId | RegionId;
  kind: MeshKind;
  /**
   * Left side (or midline for the skin); normals where the surface is known better than its triangles;
   * muscles carry their fibres (soft/fibres.ts).
   */
  mesh: RawMesh & { normals?: Float32Array; fibre?: Float32Array; region?: Uint8Array };
  midline?: boolean;
}

export interface Field {
  sdf: Sdf;
  box: Box;
  /** The structure the field belongs to (muscle pieces), so fused heads can skip each other. */
  id?: string;
  /** Which head, for a muscle drawn in pieces. */
  part?: string;
}

/**
 * All bones as one field (the minimum), so a vertex squeezed between two bones (piriformis in the sciatic
 * notch) is pushed towards free space rather than from one bone into the other.
 */
function boneFields(
  except: readonly string[] = [],
  { ends: near, reach }: { ends: readonly (readonly [Vec3, Vec3])[]; reach: number } = {
    ends: [],
    reach: SINK_REACH,
  },
): Field[] {
  const pad = 0.02;
  // With `near` (the ends of a limb muscle that sinks into `except`), those bones are left out only within
  // `reach` of an end (2 cm), so the rest of the muscle (popliteus behind the condyle) is still kept out of them.
  const sinkAll = near.length === 0;
  const nearEnd = (x: number, y: number, z: number): boolean =>
    near.some(([a, b]) => distToSegment([x, y, z], a, b) < reach);
  const fields = ALL_BONES.filter((id) => !sinkAll || !except.includes(id)).map((id) => {
    const b = boneBounds(id);
    const sinks = except.includes(id);
    return { f: attachSdf(id), sinks, lo: b.min.map((v) => v - pad), hi: b.max.map((v) => v + pad) };
  });
  // Bones whose box (padded 2 cm) misses the point are skipped: push-out only needs the field near bone.
  const sdf: Sdf = (x, y, z) => {
    let d = pad;
    for (const { f, sinks, lo, hi } of fields) {
      if (x < lo[0]! || x > hi[0]! || y < lo[1]! || y > hi[1]! || z < lo[2]! || z > hi[2]!) continue;
      if (sinks && nearEnd(x, y, z)) continue;
      d = Math.min(d, f(x, y, z));
    }
    return d;
  };
  return [{ sdf, box: { min: [-0.07, -0.01, -0.14], max: [0.21, 1.3, 0.2] } }];
}

/** How far from a sinking end its bone is ignored (the reach the tests allow). */
const SINK_REACH = 0.02;

/**
 * Ends of a limb muscle on the bones it sinks into (a point, or a line p-to), and the reach round them within
 * which those bones are left out; a path's insertion where it sets `sinkReach`; none for other paths and sheets
 * (their bones are left out everywhere).
 */
interface SinkEnd {
  readonly bone: string;
  readonly p: Vec3;
  readonly to?: Vec3;
}
function sinkEnds(s: {
  readonly kind: string;
  readonly sinksInto?: readonly string[];
  readonly sinkReach?: number;
  readonly origin?: SinkEnd;
  readonly insertion?: SinkEnd;
}): { ends: [Vec3, Vec3][]; reach: number } {
  if (s.kind === 'path' && s.sinkReach !== undefined && s.insertion)
    return { ends: [[s.insertion.p, s.insertion.p]], reach: s.sinkReach };
  if (s.kind !== 'limb' || !s.origin || !s.insertion) return { ends: [], reach: SINK_REACH };
  const ends = [s.origin, s.insertion]
    .filter((e) => s.sinksInto?.includes(e.bone))
    .map((e): [Vec3, Vec3] => [e.p, e.to ?? e.p]);
  return { ends, reach: SINK_REACH };
}

export function pushFromAll(mesh: RawMesh, fields: readonly Field[], margin: number): void {
  const mb = boundsOf(mesh.positions, 0.01);
  for (const f of fields) {
    const o = f.box;
    const overlap =
      o.min[0] <= mb.max[0] &&
      o.max[0] >= mb.min[0] &&
      o.min[1] <= mb.max[1] &&
      o.max[1] >= mb.min[1] &&
      o.min[2] <= mb.max[2] &&
      o.max[2] >= mb.min[2];
    if (overlap) pushOut(mesh, f.sdf, margin, o, 6);
  }
}

/**
 * A trunk or gluteal muscle (a path or sheet) as lofted, before it is fitted, and the fields of the earlier
 * muscles it is pushed out of: what soft/pushes.ts measures each neighbour alone against.
 */
export interface MuscleFit {
  readonly id: string;
  readonly part?: string;
  /** The loft as its spec draws it. */
  readonly loft: RawMesh;
  /** Vertices per ring of the loft. */
  readonly ring: number;
  /** Each ring's fraction of the length, where its rings are not evenly spaced (paths). */
  readonly along?: readonly number[];
  readonly fields: readonly Field[];
  /** The bones' field it is pushed out of last (all bones as one). */
  readonly bones: readonly Field[];
}

/** Muscles and tendons (left), in drawing order, each pushed out of bones and earlier bodies. */
export function buildMuscleParts(): SoftPart[] {
  return fitted().parts;
}

/** The trunk and gluteal muscles' unfitted lofts and what they were pushed out of, in drawing order. */
export function muscleFits(): readonly MuscleFit[] {
  return fitted().fits;
}

const fitted = perLandmarks(fitMuscles);

function fitMuscles(): { parts: SoftPart[]; fits: MuscleFit[] } {
  const bones = boneFields();
  const skin = skinSdf();
  const earlier: Field[] = [];
  const parts: SoftPart[] = [];
  const fits: MuscleFit[] = [];
  const specs = [
    ...muscleSpecs().map((m) => ({ s: m, kind: 'muscle' as const })),
    // the plantar aponeurosis is drawn as a band but coloured as a ligament (silvery fascia)
    ...tendonSpecs().map((t) => ({
      s: t,
      kind: t.id === 'plantar_aponeurosis' ? ('ligament' as const) : ('tendon' as const),
    })),
  ];
  const bands: { overlies: Vec3; ring: number; mesh: RawMesh }[] = [];
  for (const { s, kind } of specs) {
    const body: SoftBody = buildSoftBody(s);
    const before = Float32Array.from(body.mesh.positions);
    const under = parts.filter((p) => p.kind === 'muscle').map((p) => p.mesh);
    // Limb muscles pack their limb by construction; the others are pushed out of everything before them
    // (but the heads they fuse with and the muscles they join or interleave), and a band over muscles is
    // draped over them.
    const fitsNeighbours = kind === 'muscle' && s.kind !== 'limb';
    const boneField = s.sinksInto ? boneFields(s.sinksInto, sinkEnds(s)) : bones;
    const pushers = fitsNeighbours
      ? earlier.filter(
          (e) =>
            !(s.fuse && e.id === s.id) &&
            !s.joins?.includes(e.id ?? '') &&
            !s.interleaves?.includes(e.id ?? ''),
        )
      : [];
    if (fitsNeighbours)
      fits.push({
        id: s.id,
        ...(s.part ? { part: s.part } : {}),
        // `before` is only read from here on (smoothDisplacement too)
        loft: { positions: before, indices: body.mesh.indices },
        ring: body.ring,
        ...(body.along ? { along: body.along } : {}),
        fields: pushers,
        bones: boneField,
      });
    // What it `clears` is kept out of with the bones, last, as one field: a vertex in a bone is pushed out
    // on the side away from it, not through the bone into it (the adductors' ends on the pubis were pushed
    // out of the pubis behind the obturator membrane, up to 9 mm).
    const keptOut =
      s.clears && !s.overlies
        ? boneField.map((f) => ({ ...f, sdf: union([f.sdf, s.clears!], 0) }))
        : boneField;
    const fit = (): void => {
      if (pushers.length > 0) pushFromAll(body.mesh, pushers, NEIGHBOUR_MARGIN);
      if (s.clears && !s.overlies) pushOut(body.mesh, s.clears, NEIGHBOUR_MARGIN, undefined, 6);
      if (s.overlies) drape(body.mesh, body.ring, under, s.overlies, BAND_MARGIN, s.clears, s.flatAcross);
      if (s.overlies) keepBandInside(body.mesh, body.ring, skin, SKIN_MARGIN);
      else keepInside(body.mesh, skin, skinMarginAt);
      pushFromAll(body.mesh, keptOut, BONE_MARGIN);
    };
    fit();
    // Spread the pushes into smooth bends (no creases where a muscle wraps a neighbour), then fit again.
    smoothDisplacement(body.mesh, before);
    fit();
    earlier.push({
      sdf: body.sdf,
      box: boundsOf(body.mesh.positions, 0.005),
      id: s.id,
      ...(s.part ? { part: s.part } : {}),
    });
    if (s.overlies) bands.push({ overlies: s.overlies, ring: body.ring, mesh: body.mesh });
    parts.push({
      id: s.id,
      kind,
      mesh:
        kind === 'muscle'
          ? { ...body.mesh, fibre: loftFibres(body.mesh.positions, body.ring, body.muscle) }
          : body.mesh,
    });
  }
  // Where the skin leaves a band no room to lie on the muscles, it presses them in (a smoothed dent).
  for (const band of bands) {
    for (const m of parts) {
      if (m.kind !== 'muscle') continue;
      // pressed, the dent smoothed into the muscle, in rounds until nothing reaches into the band
      for (let round = 0; round < 4; round++) {
        const before = Float32Array.from(m.mesh.positions);
        if (pressUnder(m.mesh, band.mesh, band.ring, band.overlies, PRESS_MARGIN) === 0) break;
        smoothDisplacement(m.mesh, before);
      }
      pressUnder(m.mesh, band.mesh, band.ring, band.overlies, PRESS_MARGIN);
    }
  }
  // Heads drawn as separate pieces (biceps femoris, gastrocnemius) become one node.
  const byId = new Map<string, SoftPart>();
  for (const p of parts) {
    const first = byId.get(p.id);
    if (first) first.mesh = merge([first.mesh, p.mesh]);
    else byId.set(p.id, p);
  }
  return { parts: [...byId.values()], fits };
}

/** Radial segments of nerve tubes and the spacing of their rings (few, to stay in budget). */
const NERVE_SEGMENTS = 8;
const NERVE_RING_STEP = 0.06;
/** The same for the fine nerves (`fine`: 1-2 mm across). */
const FINE_SEGMENTS = 5;
const FINE_RING_STEP = 0.065;

/** The most a nerve's centre line turns between two rings: more shows as a corner on its tube. */
const NERVE_MAX_TURN = 15;

/** The centre line a nerve part's tube is built round: its points smoothed, a ring every step or bend. */
export function nervePath(part: NervePart, fine: boolean | undefined): Vec3[] {
  const dense = catmullRom(part.points, 48);
  return turnIndices(
    dense,
    part.ringStep ?? (fine ? FINE_RING_STEP : NERVE_RING_STEP),
    part.maxTurn ?? NERVE_MAX_TURN,
  ).map((j) => dense[j]!);
}

export function buildNerveParts(): SoftPart[] {
  const skin = skinSdf();
  return nerveSpecs().map((n) => {
    const pieces = n.parts.map((part) => {
      const path = nervePath(part, n.fine);
      return tube(
        path,
        parallelTransportFrames(path),
        (u) => part.r0 + (part.r1 - part.r0) * u,
        n.fine ? FINE_SEGMENTS : NERVE_SEGMENTS,
      );
    });
    const mesh = merge(pieces);
    keepInside(mesh, skin, SKIN_MARGIN);
    return { id: n.id, kind: 'nerve' as const, mesh };
  });
}

export async function buildSkinParts(): Promise<SoftPart[]> {
  const skin = await buildSkin(SKIN_TRIANGLES);
  // The pain regions are shading on the skin itself (soft/regionWeights.ts), not meshes of their own.
  return [{ id: 'skin', kind: 'skin', mesh: { ...skin, region: regionWeights(skin) }, midline: true }];
}

const softTissue = perLandmarks((): Promise<MeshData[]> => build());

/** Muscles, tendons, nerves and the skin with its regions (both sides), built once per landmark set. */
export function buildSoftTissue(): Promise<MeshData[]> {
  return softTissue();
}

async function build(): Promise<MeshData[]> {
  const parts = [...buildMuscleParts(), ...buildNerveParts(), ...(await buildSkinParts())];
  const out: MeshData[] = [];
  for (const p of parts) {
    if (p.midline) {
      out.push(toMeshData(nodeName(p.id, null), p.kind, p.mesh));
      continue;
    }
    for (const side of SIDES) {
      out.push(toMeshData(nodeName(p.id, side), p.kind, side === 'left' ? p.mesh : mirrored(p.mesh)));
    }
  }
  return out;
}
