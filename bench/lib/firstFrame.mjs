// Time to first frame: cold loads of the explorer and <model-viewer>, in interleaved pairs.
import { openProbed, waitFirstFrame } from './pages.mjs';

/** One cold load: a new context (empty cache), navigation start to the first frame with the model drawn. */
async function coldLoad(browser, url, minTriangles) {
  const { context, page, failed, errors } = await openProbed(browser, url, minTriangles);
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

/**
 * `runs` pairs of cold loads, explorer and model-viewer, the order swapped every pair (E M, M E, ...) so
 * neither page always loads right after the other. A pair is measured close together in time, so drift of a
 * busy machine hits both alike; the ratio's interval is drawn over pairs (stats.pairedRatioInterval).
 */
export async function timeToFirstFrame(browser, origin, { runs, explorer, modelViewer, minTriangles, log }) {
  const pairs = [];
  for (let i = 0; i < runs; i += 1) {
    const pair = {};
    for (const which of i % 2 === 0 ? ['explorer', 'modelViewer'] : ['modelViewer', 'explorer'])
      pair[which] = await coldLoad(
        browser,
        origin + (which === 'explorer' ? explorer : modelViewer),
        minTriangles,
      );
    pairs.push(pair);
    log(
      `  pair ${i + 1}/${runs}: explorer ${pair.explorer.firstFrameMs.toFixed(0)} ms, ` +
        `model-viewer ${pair.modelViewer.firstFrameMs.toFixed(0)} ms`,
    );
  }
  return pairs;
}
