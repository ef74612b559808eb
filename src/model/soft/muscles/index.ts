/**
 * All modelled muscles (left side), in drawing order: the limb muscles, which pack the thigh and leg by
 * their cross-sections, first; then the trunk and gluteal muscles, each pushed out of the ones before it
 * (soft/index.ts). One file per region; each returns its specs from the landmarks as they are now.
 */
import type { Vec3 } from '../../types';
import { perLandmarks } from '../../landmarks';
import { BONE_IDS, type BoneId } from '../../bones';
import { onBone } from '../attachments';
import type { AttachTarget, End } from '../spec';
import { glutealMuscles } from './gluteal';
import { hipRotatorMuscles } from './hipRotators';
import { legMuscles } from './leg';
import { legDeepMuscles } from './legDeep';
import { soleMuscles } from './sole';
import { thighAnteriorMuscles } from './thighAnterior';
import { thighMedialMuscles } from './thighMedial';
import { thighPosteriorMuscles } from './thighPosterior';
import { trunkMuscles } from './trunk';
import type { MuscleId, MuscleSpec } from './types';

export type { MuscleId, MuscleSpec } from './types';

const isBone = (t: AttachTarget): t is BoneId => (BONE_IDS as readonly string[]).includes(t);
const snap = (t: AttachTarget, p: Vec3, lift?: number): Vec3 => (isBone(t) ? onBone(t, p, lift) : p);
/**
 * An end whose bone the muscle sinks into (`sinksInto`) is put inside it, deep enough that the corners of its
 * flat cap stay in a rounded bone (half its half-width or thickness, whichever is more, plus 2 mm; at most
 * 9 mm, so it stays within 1 cm of the surface).
 */
const snapEnd = (e: End, sinks: readonly AttachTarget[] = []): End => {
  const depth = Math.min(0.009, Math.max(e.thickness, e.width / 2) / 2 + 0.002);
  const lift = sinks.includes(e.bone) ? -depth : e.lift;
  return { ...e, p: snap(e.bone, e.p, lift), ...(e.to ? { to: snap(e.bone, e.to, lift) } : {}) };
};

/**
 * The drawn attachments projected onto their bone's surface (1 mm out, or into it where the end sinks into
 * the bone): they are placed by hand on the right area, and the projection keeps them on the bone when a
 * bone's shape is refined.
 */
function snapEnds(m: MuscleSpec): MuscleSpec {
  if (m.kind === 'limb')
    return { ...m, origin: snapEnd(m.origin, m.sinksInto), insertion: snapEnd(m.insertion, m.sinksInto) };
  if (m.kind === 'path')
    return {
      ...m,
      origin: { ...m.origin, p: snap(m.origin.bone, m.origin.p, m.origin.lift) },
      insertion: { ...m.insertion, p: snap(m.insertion.bone, m.insertion.p, m.insertion.lift) },
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

/** Every muscle piece in drawing order, for the current landmarks. */
export const muscleSpecs = perLandmarks((): readonly MuscleSpec[] =>
  [
    ...thighAnteriorMuscles(),
    ...thighMedialMuscles(),
    ...thighPosteriorMuscles(),
    ...legMuscles(),
    ...legDeepMuscles(),
    ...trunkMuscles(),
    ...glutealMuscles(),
    ...hipRotatorMuscles(),
    ...soleMuscles(),
  ].map(snapEnds),
);

export const muscleSpec = (id: MuscleId, part?: string): MuscleSpec => {
  const s = muscleSpecs().find((m) => m.id === id && m.part === part);
  if (!s) throw new Error(`no muscle ${id}${part ? ` (${part})` : ''}`);
  return s;
};
