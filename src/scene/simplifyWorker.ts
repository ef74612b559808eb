/**
 * Simplifies a batch's triangles off the main thread (movingDetail.ts): a move on a slow GPU asks for them,
 * and the page keeps drawing and answering taps meanwhile. One job at a time, answered in order.
 */
import { MeshoptSimplifier } from 'meshoptimizer/simplifier';
import type { SimplifyJob, SimplifyResult } from './movingDetail';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SimplifyJob>) => void) | null;
  postMessage(message: SimplifyResult, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, index, positions, target, maxError } = event.data;
  void MeshoptSimplifier.ready.then(() => {
    const [light] = MeshoptSimplifier.simplify(index, positions, 3, target, maxError, ['ErrorAbsolute']);
    scope.postMessage({ id, light }, [light.buffer]);
  });
};
