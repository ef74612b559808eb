// Orbit frame time: the explorer and bare three.js, both pages open, orbited in turns (E T T E E T ...).
import { explorerStartView, openProbed, THREE_PAGE, waitFirstFrame } from './pages.mjs';

/**
 * Page side: `warmup` frames of orbit (not counted), then one full turn around the start view's target in
 * `frames` drawn frames. The camera steps only after a frame has drawn the previous step, so every page shows
 * the very same views whatever its speed. Returns the intervals between the model-drawing frames.
 */
export function orbitInPage({ frames, warmup, hookName, still = false }) {
  const hook = window[hookName];
  const probe = window.__benchProbe;
  return new Promise((done) => {
    let step = -warmup;
    let seen = probe.frames.length;
    const stamps = [];
    const pixelRatios = [];
    // still: the same view drawn again and again (the start view's frame at rest, at full resolution)
    const aim = () =>
      still && hook.redraw
        ? hook.redraw()
        : hook.orbitTo(still ? 0 : (2 * Math.PI * Math.max(0, step)) / frames);
    const tick = () => {
      if (probe.frames.length > seen) {
        seen = probe.frames.length;
        if (step >= 0) {
          stamps.push(probe.frames[seen - 1]);
          // The explorer draws fewer pixels while the camera moves on a slow GPU: record what it drew at.
          const ratio = hook.info?.().pixelRatio;
          if (ratio !== undefined) pixelRatios.push(ratio);
        }
        step += 1;
        if (step >= frames) {
          hook.orbitTo(0);
          const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
          return done({ frames: stamps.length, intervals, pixelRatios });
        }
        aim();
      }
      requestAnimationFrame(tick);
    };
    aim();
    requestAnimationFrame(tick);
  });
}

/** Until the page has drawn nothing for `ms` (the frame after the last orbit step is done). */
const settle = (page, ms = 400) =>
  page.waitForFunction(
    (quiet) => {
      const frames = window.__benchProbe.frames;
      const last = frames.at(-1) ?? 0;
      return performance.now() - last > quiet;
    },
    ms,
    { timeout: 30_000, polling: 100 },
  );

/**
 * Frame times while orbiting, the explorer (at `explorer`) against bare three.js on the same GLB (`glb`),
 * canvas size, camera and path. Both pages stay open; `runs` pairs of orbits, the order swapped every pair,
 * each orbit after the same warm-up; then as many pairs of still frames (the start view drawn again, as a
 * page at rest draws it). Returns the pairs of frame intervals and what each page draws.
 */
export async function orbitFrameTimes(browser, origin, opts) {
  const { runs, frames, warmup, minTriangles, explorer: explorerPath, glb, log } = opts;
  const ex = await openProbed(browser, origin + explorerPath, minTriangles);
  let bare;
  try {
    const view = await explorerStartView(ex.page);
    const [px, py, pz] = view.camera.position;
    const [tx, ty, tz] = view.camera.target;
    const query = new URLSearchParams({
      src: glb,
      deep: glb.replace(/lower-body\.glb$/, 'lower-body-deep.glb'),
      w: String(view.canvas.width),
      h: String(view.canvas.height),
      fov: String(view.camera.fov),
      ...{ px: String(px), py: String(py), pz: String(pz), tx: String(tx), ty: String(ty), tz: String(tz) },
    });
    bare = await openProbed(browser, `${origin}${THREE_PAGE}?${query}`, minTriangles);
    await bare.page.waitForFunction(() => window.__bare?.ready, null, { timeout: 120_000 });
    await waitFirstFrame(bare.page);
    const orbit = async (page, hookName, still) => {
      await settle(page);
      return page.evaluate(orbitInPage, { frames, warmup, hookName, still });
    };
    const inTurns = async (still) => {
      const pairs = [];
      for (let i = 0; i < runs; i += 1) {
        const pair = {};
        for (const which of i % 2 === 0 ? ['explorer', 'three'] : ['three', 'explorer'])
          pair[which] =
            which === 'explorer'
              ? await orbit(ex.page, '__explorerScene', still)
              : await orbit(bare.page, '__bare', still);
        pairs.push(pair);
        log?.(
          `  ${still ? 'still' : 'orbit'} pair ${i + 1}/${runs}: explorer ${pair.explorer.frames} frames, ` +
            `three.js ${pair.three.frames}`,
        );
      }
      return pairs;
    };
    // The explorer's first move on a slow GPU asks for its simplified triangles (made in a worker,
    // src/scene/movingDetail.ts): one orbit not counted, then every measured one draws what later moves draw.
    await orbit(ex.page, '__explorerScene', false);
    await ex.page.waitForFunction(() => window.__explorerScene.info().movingDetail !== 'making', null, {
      timeout: 60_000,
      polling: 100,
    });
    const pairs = await inTurns(false);
    // The idle frame: the start view drawn again without moving, at full resolution on both pages.
    const stillPairs = await inTurns(true);
    const threeInfo = await bare.page.evaluate(() => window.__bare.info());
    return { view, pairs, stillPairs, threeInfo, errors: [...ex.errors, ...bare.errors] };
  } finally {
    await ex.context.close();
    await bare?.context.close();
  }
}
