// Tap -> highlight and the memory soak, on the explorer with its real model.
import { EXPLORER, explorerStartView, openProbed } from './pages.mjs';

/** Taps closer than this in time (and 40 px in space) make a double tap (src/scene/BodyModel.tsx). */
const TAP_SPACING_MS = 450;

/**
 * Tap -> highlight: a real mouse tap on each structure, timed from the canvas's pointerup (captured before
 * the app sees it) to the first frame drawn after the selection changed. Reduced motion, so the camera
 * jumps instead of easing and every tap aims at a settled view; the highlight path is the same. Taps are
 * at least TAP_SPACING_MS apart, so none is taken for the second half of a double tap.
 */
export async function tapToHighlight(browser, origin, { names, taps, soak }) {
  const { context, page, errors } = await openProbed(browser, origin + EXPLORER, 1e12, {
    reducedMotion: 'reduce',
  });
  try {
    const view = await explorerStartView(page);
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      canvas.addEventListener(
        'pointerup',
        () => {
          window.__tap = { at: performance.now(), frame: window.__explorerScene.frames() };
        },
        { capture: true },
      );
    });
    const results = [];
    let lastTapAt = 0;
    for (const name of names) {
      if (results.length >= taps) break;
      // Back to the start view with nothing selected, then aim at the structure from the front, back or
      // a side: many structures are hidden behind others from the front.
      const point = await page.evaluate(async (n) => {
        const scene = window.__explorerScene;
        const nextFrame = async (before) => {
          for (let i = 0; i < 30 && scene.frames() <= before; i += 1)
            await new Promise(requestAnimationFrame);
        };
        let before = scene.frames();
        window.__explorerStore.getState().select(null);
        window.__explorerStore.getState().resetView();
        await nextFrame(before);
        for (const azimuth of [0, Math.PI, Math.PI / 2, -Math.PI / 2]) {
          if (azimuth !== 0) {
            before = scene.frames();
            scene.orbitTo(azimuth);
            await nextFrame(before);
          }
          const found = scene.pointOn(n);
          if (found) return found;
        }
        return null;
      }, name);
      if (!point) continue;
      const wait = lastTapAt + TAP_SPACING_MS - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
      await page.evaluate(() => (window.__tap = null));
      lastTapAt = Date.now();
      await page.mouse.click(view.canvas.x + point.x, view.canvas.y + point.y);
      const sample = await page
        .waitForFunction(
          () => {
            const tap = window.__tap;
            const frame = window.__explorerScene.selectionFrame();
            if (!tap || !frame || frame.frameAt === null || frame.changedAt < tap.at) return null;
            return {
              latencyMs: frame.frameAt - tap.at,
              framesAfterTap: frame.frame - tap.frame,
              selected: window.__explorerScene.emphasis().selected,
            };
          },
          null,
          { timeout: 10_000, polling: 'raf' },
        )
        .then((h) => h.jsonValue())
        .catch(() => null);
      results.push(
        sample ? { name, ...sample, hit: sample.selected.includes(name) } : { name, missed: true },
      );
    }
    const memory = await soakSelections(context, page, soak);
    return { taps: results, memory, errors };
  } finally {
    await context.close();
  }
}

/** Heap (CDP, after forced GC) and three's GPU resource counts before and after many selections. */
async function soakSelections(context, page, { selections, count, frameEvery }) {
  // A small canvas: software GL takes a large share of a second per frame at full size, and the soak
  // looks for leaks, not speed.
  await page.setViewportSize({ width: 320, height: 400 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const measure = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const info = await page.evaluate(() => window.__explorerScene.info());
    return { heapUsedBytes: heap.usedSize, heapTotalBytes: heap.totalSize, ...info };
  };
  const cycle = (n) =>
    page.evaluate(
      async ({ list, n, every }) => {
        const { select } = window.__explorerStore.getState();
        const t0 = performance.now();
        for (let i = 0; i < n; i += 1) {
          const before = window.__explorerScene.frames();
          select(list[i % list.length]);
          if (i % every !== every - 1) continue;
          // A drawn frame every `every` selections, so the looks are really rendered.
          for (let k = 0; k < 30 && window.__explorerScene.frames() <= before; k += 1)
            await new Promise(requestAnimationFrame);
        }
        select(null);
        return performance.now() - t0;
      },
      { list: selections, n, every },
    );
  let every = 1;
  // Warm-up: every selection once, each drawn, so lazily compiled programs exist before the baseline.
  await cycle(selections.length);
  every = frameEvery;
  const before = await measure();
  const durationMs = await cycle(count);
  const after = await measure();
  await cdp.detach();
  return { selections: count, distinct: selections.length, frameEvery, durationMs, before, after };
}
