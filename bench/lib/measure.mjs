// The browser measurements. Each takes a Playwright browser and the server origin and returns plain data.
import { freshContext } from './browser.mjs';
import { installFrameProbe } from './frameProbe.mjs';

const EXPLORER = '/app/index.html';
const MODEL_VIEWER = '/bench/pages/model-viewer.html';
const THREE_PAGE = '/bench/pages/three.html';
/** The explorer's start view orbits this point (src/scene/CameraRig.tsx, START.target). */
export const START_TARGET = [0, 0.6, 0];

async function openProbed(browser, url, minTriangles, options) {
  const context = await freshContext(browser, options);
  await context.addInitScript(installFrameProbe, { minTriangles });
  const page = await context.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('crash', () => errors.push(`page crashed: ${url}`));
  await page.goto(url);
  return { context, page, failed, errors };
}

const waitFirstFrame = (page) =>
  page.waitForFunction(() => window.__benchProbe?.firstFrameAt != null, null, { timeout: 90_000 });

/** One cold load: a new context (empty cache), navigation start to the first frame with the model drawn. */
async function coldLoad(browser, origin, path, minTriangles) {
  const { context, page, failed, errors } = await openProbed(browser, origin + path, minTriangles);
  try {
    await waitFirstFrame(page);
    const timing = await page.evaluate(() => {
      const glb = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.glb'));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        firstFrameMs: window.__benchProbe.firstFrameAt,
        firstFrameTriangles: window.__benchProbe.frameTriangles[0],
        glbLoadedMs: glb ? glb.responseEnd : null,
        firstContentfulPaintMs: fcp ? fcp.startTime : null,
      };
    });
    return { ...timing, failedRequests: failed, errors };
  } finally {
    await context.close();
  }
}

/** Time to first frame, explorer vs <model-viewer>, loads interleaved so drift hits both alike. */
export async function timeToFirstFrame(browser, origin, { runs, minTriangles, log }) {
  const explorer = [];
  const modelViewer = [];
  for (let i = 0; i < runs; i += 1) {
    explorer.push(await coldLoad(browser, origin, EXPLORER, minTriangles));
    modelViewer.push(await coldLoad(browser, origin, MODEL_VIEWER, minTriangles));
    log(
      `  load ${i + 1}/${runs}: explorer ${explorer.at(-1).firstFrameMs.toFixed(0)} ms, ` +
        `model-viewer ${modelViewer.at(-1).firstFrameMs.toFixed(0)} ms`,
    );
  }
  return { explorer, modelViewer };
}

/** Waits until the explorer's scene is up and idle, then reads what the start view draws. */
async function explorerStartView(page) {
  await page.waitForFunction(() => window.__explorerScene && window.__explorerStore, null, {
    timeout: 90_000,
  });
  await page.waitForFunction(() => window.__explorerStore.getState().scene.status === 'ready', null, {
    timeout: 90_000,
  });
  // Idle: no frame for 300 ms, so renderer.info holds the start view's last frame.
  await page.waitForFunction(
    () => {
      const at = window.__explorerScene.lastFrameAt();
      return at !== null && performance.now() - at > 300;
    },
    null,
    { timeout: 30_000, polling: 100 },
  );
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const rect = canvas.getBoundingClientRect();
    return {
      info: window.__explorerScene.info(),
      camera: window.__explorerScene.camera(),
      canvas: { width: rect.width, height: rect.height, x: rect.x, y: rect.y },
      dpr: devicePixelRatio,
    };
  });
}

/** Page side: orbit once around in `durationMs`, one camera step per animation frame; frame intervals. */
function orbitInPage({ durationMs, hookName }) {
  const hook = window[hookName];
  const probe = window.__benchProbe;
  const run = (ms) =>
    new Promise((done) => {
      const t0 = performance.now();
      const step = () => {
        const t = performance.now() - t0;
        if (t >= ms) return done();
        hook.orbitTo((2 * Math.PI * t) / durationMs);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  return run(500).then(() => {
    const from = probe.frames.length;
    return run(durationMs).then(() => {
      hook.orbitTo(0);
      const stamps = probe.frames.slice(from);
      const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
      return { frames: stamps.length, intervals };
    });
  });
}

/** Frame times while orbiting, explorer vs bare three.js with the same canvas, camera and path. */
export async function orbitFrameTimes(browser, origin, { durationMs, minTriangles }) {
  const ex = await openProbed(browser, origin + EXPLORER, minTriangles);
  let view;
  let explorer;
  try {
    view = await explorerStartView(ex.page);
    explorer = await ex.page.evaluate(orbitInPage, { durationMs, hookName: '__explorerScene' });
    explorer.info = view.info;
  } finally {
    await ex.context.close();
  }
  const [px, py, pz] = view.camera.position;
  const [tx, ty, tz] = START_TARGET;
  const query = new URLSearchParams({
    w: String(view.canvas.width),
    h: String(view.canvas.height),
    fov: String(view.camera.fov),
    ...{ px: String(px), py: String(py), pz: String(pz), tx: String(tx), ty: String(ty), tz: String(tz) },
  });
  const bare = await openProbed(browser, `${origin}${THREE_PAGE}?${query}`, minTriangles);
  let three;
  try {
    await bare.page.waitForFunction(() => window.__bare?.ready, null, { timeout: 90_000 });
    await waitFirstFrame(bare.page);
    three = await bare.page.evaluate(orbitInPage, { durationMs, hookName: '__bare' });
    three.info = await bare.page.evaluate(() => window.__bare.info());
  } finally {
    await bare.context.close();
  }
  return { view, explorer, three, errors: [...ex.errors, ...bare.errors] };
}

/**
 * Tap -> highlight: a real mouse tap on each structure, timed from the canvas's pointerup (captured before
 * the app sees it) to the first frame drawn after the selection changed. Reduced motion, so the camera
 * jumps instead of easing and every tap aims at a settled view; the highlight path is the same.
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
      await page.evaluate(() => (window.__tap = null));
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
