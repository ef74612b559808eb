/**
 * Simplifies a batch's triangles off the main thread (movingDetail.ts): a move on a slow GPU asks for them,
 * and the page keeps drawing and answering taps meanwhile. One job at a time, answered in order.
 */
import type { SimplifyJob, SimplifyResult } from './movingDetail';
import { simplifyTriangles } from './simplifyTriangles';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SimplifyJob>) => void) | null;
  postMessage(message: SimplifyResult, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id } = event.data;
  void simplifyTriangles(event.data).then((light) => scope.postMessage({ id, light }, [light.buffer]));
};
