import * as THREE from 'three';
import { TISSUE_KINDS, type MeshKind } from '../model/types';
import type { KindBatches } from './kindBatches';
import type { Triangles } from './simplifyTriangles';

/**
 * While the camera moves on a slow GPU (AdaptiveResolution.tsx) the batches draw a simplified copy of
 * themselves: the same vertices (normals, fibres, occlusion unchanged) and about 40 % of the triangles,
 * none further than a millimetre from the full surface, about a third of a pixel at the moving frame's
 * half resolution. On software GL a moving frame's time is mostly vertex work once its pixels are
 * quartered (bench/README.md, "Orbit"). The simplified triangles follow the full ones in the same index
 * buffer; the draw range picks one or the other, so switching costs nothing. They are made in a worker
 * when a move first asks for them.
 *
 * The skin keeps its triangles: its region weights are interpolated across them, and it is small.
 */
const SIMPLIFIED: readonly MeshKind[] = TISSUE_KINDS.filter((kind) => kind !== 'skin');
const TARGET_SHARE = 0.4;
/** Metres: meshoptimizer stops short of the target rather than move the surface further. */
const MAX_ERROR = 0.001;
/** A simplification that keeps most triangles is not worth a second index. */
const WORTH_IT = 0.8;

interface MovingRange {
  readonly start: number;
  readonly count: number;
}

const rangeOf = (geometry: THREE.BufferGeometry) => geometry.userData.movingRange as MovingRange | undefined;

/** One batch's triangles to simplify, and the answer (simplifyWorker.ts). */
export interface SimplifyJob extends Triangles {
  readonly id: number;
}
export interface SimplifyResult {
  readonly id: number;
  readonly light: Uint32Array;
}

/** The simplified triangles of a batch's index, made somewhere (a worker, or here in a test). */
export type Simplify = (job: Triangles) => Promise<Uint32Array>;

/** On this thread (the simplifier loads with the first call): for tests, and where no worker can start. */
export const simplifyHere: Simplify = async (job) =>
  (await import('./simplifyTriangles')).simplifyTriangles(job);

let worker: Worker | null | undefined;
let nextJob = 0;
const pending = new Map<number, { job: Triangles; done: (light: Uint32Array) => void }>();

/** In a worker of its own, started at the first job and kept for the page's later ones (a deep file). */
const simplifyInWorker: Simplify = (job) => {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./simplifyWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<SimplifyResult>) => {
        pending.get(event.data.id)?.done(event.data.light);
        pending.delete(event.data.id);
      };
      // A worker that cannot run (its file lost, a policy that refuses it): its jobs are done here.
      worker.onerror = () => {
        worker?.terminate();
        worker = null;
        for (const { job, done } of pending.values()) void simplifyHere(job).then(done);
        pending.clear();
      };
    } catch {
      worker = null;
    }
  }
  if (!worker) return simplifyHere(job);
  const id = nextJob++;
  const sent: SimplifyJob = { ...job, id, index: job.index.slice(), positions: job.positions.slice() };
  worker.postMessage(sent, [sent.index.buffer, sent.positions.buffer]);
  return new Promise((done) => pending.set(id, { job, done }));
};

/** Geometries whose simplified triangles are being made: a second call does not make them again. */
const making = new Set<THREE.BufferGeometry>();
let made = false;

/** Whether this page has simplified triangles, is making them, or has not been asked (the test hook). */
export const movingDetailStatus = (): 'none' | 'making' | 'made' =>
  making.size > 0 ? 'making' : made ? 'made' : 'none';

/**
 * Adds the simplified triangles to every batch that lacks them (a batch grown by a later file has a new
 * geometry and gets them again). Asked for by the first move on a slow GPU (AdaptiveResolution.tsx), so a
 * device that keeps up never makes them; until they come, a move draws the full triangles.
 */
export async function addMovingDetail(
  batches: KindBatches,
  simplify: Simplify = simplifyInWorker,
): Promise<void> {
  await Promise.all(
    SIMPLIFIED.map(async (kind) => {
      const geometry = batches.get(kind)?.geometry;
      const index = geometry?.getIndex();
      if (!geometry || !index || rangeOf(geometry) || making.has(geometry)) return;
      making.add(geometry);
      const full = index.array as Uint32Array;
      const positions = geometry.getAttribute('position').array as Float32Array;
      const target = Math.floor((full.length * TARGET_SHARE) / 3) * 3;
      const light = await simplify({ index: full, positions, target, maxError: MAX_ERROR }).finally(() => {
        making.delete(geometry);
      });
      // a batch grown meanwhile (the deep file) has a new geometry, which the next move simplifies
      if (batches.get(kind)?.geometry !== geometry || light.length > full.length * WORTH_IT) return;
      const joined = new Uint32Array(full.length + light.length);
      joined.set(full);
      joined.set(light, full.length);
      geometry.setIndex(new THREE.BufferAttribute(joined, 1));
      geometry.userData.movingRange = { start: full.length, count: light.length } satisfies MovingRange;
      // The full triangles until a move asks for the simplified ones (setMovingDetail).
      geometry.setDrawRange(0, full.length);
      made = true;
    }),
  );
}

/** The full triangles, or while the camera moves on a slow GPU the simplified ones (where a batch has them). */
export function setMovingDetail(batch: THREE.Mesh, reduced: boolean): void {
  const range = rangeOf(batch.geometry);
  if (!range) return;
  if (reduced) batch.geometry.setDrawRange(range.start, range.count);
  else batch.geometry.setDrawRange(0, range.start);
}
