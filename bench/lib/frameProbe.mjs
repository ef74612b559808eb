// Installed in every benchmark page before its own scripts (context.addInitScript), so the explorer,
// <model-viewer> and bare three.js are timed by the very same code: WebGL draw calls are wrapped, and a
// "frame" is one task that drew at least `minTriangles` triangles (i.e. the model, not a clear or a quad).

/** Runs in the page. Keep it self-contained: Playwright sends its source text. */
export function installFrameProbe({ minTriangles }) {
  const probe = { firstFrameAt: null, frames: [], frameTriangles: [] };
  window.__benchProbe = probe;
  let inTask = false;
  let triangles = 0;
  let startedAt = 0;
  let context = null;
  // A posted message runs after the current task (the rAF callbacks that drew): the frame's end.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    inTask = false;
    if (triangles >= minTriangles) {
      probe.frames.push(startedAt);
      probe.frameTriangles.push(triangles);
      if (probe.firstFrameAt === null) {
        // Wait for the GPU to finish that frame, once: "first frame" means drawn, not just queued.
        context?.finish();
        probe.firstFrameAt = performance.now();
      }
    }
    triangles = 0;
  };
  const trianglesOf = (gl, mode, count) =>
    mode === gl.TRIANGLES
      ? count / 3
      : mode === gl.TRIANGLE_STRIP || mode === gl.TRIANGLE_FAN
        ? count - 2
        : 0;
  const wrap = (proto, name, countOf) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      if (!inTask) {
        inTask = true;
        startedAt = performance.now();
        context = this;
        channel.port2.postMessage(0);
      }
      triangles += countOf(this, args);
      return original.apply(this, args);
    };
  };
  for (const ctor of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype;
    wrap(proto, 'drawElements', (gl, [mode, count]) => trianglesOf(gl, mode, count));
    wrap(proto, 'drawArrays', (gl, [mode, , count]) => trianglesOf(gl, mode, count));
    wrap(proto, 'drawRangeElements', (gl, [mode, , , count]) => trianglesOf(gl, mode, count));
    wrap(proto, 'drawElementsInstanced', (gl, [mode, count, , , n]) => trianglesOf(gl, mode, count) * n);
    wrap(proto, 'drawArraysInstanced', (gl, [mode, , count, n]) => trianglesOf(gl, mode, count) * n);
  }
}
