/**
 * "Take this home" beyond its button: the open panel and the printed handout, with the QR library, are a
 * chunk of their own, out of the start-up JavaScript (issue 18's budget). The handout loads once the scene
 * has drawn its first frame and the page is idle (so the browser's own print finds it), the panel when first opened; the service worker
 * precaches the chunk, so both work offline.
 */
let parts: Promise<typeof import('./TakeHomeParts')> | null = null;

export function loadTakeHome(): Promise<typeof import('./TakeHomeParts')> {
  parts ??= import('./TakeHomeParts');
  return parts;
}
