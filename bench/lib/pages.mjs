// The pages under test and how a measure opens one: a fresh context with the frame probe installed.
import { freshContext } from './browser.mjs';
import { installFrameProbe } from './frameProbe.mjs';

/** The explorer as built, with the GLB it ships; `/app-2x/` is the same build with the doubled model. */
export const EXPLORER = '/app/index.html';
export const EXPLORER_2X = '/app-2x/index.html';
export const MODEL_VIEWER = '/bench/pages/model-viewer.html';
export const THREE_PAGE = '/bench/pages/three.html';
export const GLB = '/app/models/lower-body.glb';
export const GLB_2X = '/app-2x/models/lower-body.glb';
/** The same build again with an earlier model (BENCH_BASELINE_GLB), to read a model change in one run. */
export const EXPLORER_BEFORE = '/app-before/index.html';
export const GLB_BEFORE = '/app-before/models/lower-body.glb';
/** A node of the deep structures' file (lower-body-deep.glb), in every build since that file was split off. */
const DEEP_NODE = 'tibialis_posterior_r';

export async function openProbed(browser, url, minTriangles, options) {
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

export const waitFirstFrame = (page) =>
  page.waitForFunction(() => window.__benchProbe?.firstFrameAt != null, null, { timeout: 120_000 });

/** Waits until the explorer's scene is up and idle, then reads what the start view draws. */
export async function explorerStartView(page) {
  await page.waitForFunction(() => window.__explorerScene && window.__explorerStore, null, {
    timeout: 120_000,
  });
  await page.waitForFunction(() => window.__explorerStore.getState().scene.status === 'ready', null, {
    timeout: 120_000,
  });
  // Settled: every look's shader program compiled (after the first frame, at the page's first idle moment),
  // so no measure pays for a compile the explorer does once per visit. Builds before that hook lack the field.
  // The deep structures' file, fetched after the first frame, has joined the scene too: the orbit then draws
  // the explorer's whole model (the three.js page loads that file as well).
  await page.waitForFunction(
    () => {
      const info = window.__explorerScene.info();
      return info.detailReady !== false && info.deepModel !== 'loading' && info.deepModel !== null;
    },
    null,
    { timeout: 120_000, polling: 100 },
  );
  // "ready" is the file's status: its meshes join the index and the batches at the next commit, and only the
  // frame after that draws them. Measured before it, one page orbits without the deep batches (7 draw calls,
  // not 9) and its frames are cheaper: wait for a deep node in the index, then draw the view once more
  // (redraw) and wait for that frame.
  if ((await page.evaluate(() => window.__explorerScene.info().deepModel)) === 'ready') {
    await page.waitForFunction((node) => window.__explorerScene.hasNode(node), DEEP_NODE, {
      timeout: 30_000,
      polling: 100,
    });
    const merged = await page.evaluate(() => {
      const at = performance.now();
      window.__explorerScene.redraw();
      return at;
    });
    await page.waitForFunction((t) => (window.__explorerScene.lastFrameAt() ?? 0) > t, merged, {
      timeout: 30_000,
      polling: 100,
    });
  }
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
