import { expect, test } from './test';
import type { Frame, Page } from '@playwright/test';
import type {} from '../../../src/app/testHooks';

/**
 * Opens a view with reduced motion (no easing, no pulse: stable pixels) and waits for the model to draw,
 * with its deep structures' file (fetched once the page is idle after the first frame) joined or failed.
 */
export async function openScene(page: Page, search = '') {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/${search}`);
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(window.__explorerStore?.getState().scene ?? null)), {
      timeout: 60_000,
      intervals: [100], // the default backs off to 1 s: up to a second lost on every page load
      message: 'the scene becomes ready (the value is the scene status)',
    })
    .toBe(JSON.stringify({ status: 'ready' }));
  await expect
    .poll(() => page.evaluate(() => window.__explorerScene?.info().deepModel), {
      timeout: 60_000,
      intervals: [100],
      message: 'the deep structures file arrives or fails',
    })
    .toMatch(/^(ready|error)$/);
  await waitForIdle(page);
}

/**
 * Waits until the scene has drawn and then stopped drawing (camera settled, nothing animating), at full
 * resolution: no frame drawn over three polls, none asked for (`framePending`), and the pixel ratio back to
 * full (after a move the scene draws one more frame once it rests, AdaptiveResolution.tsx, and until then
 * draws at a lower one).
 */
export async function waitForIdle(page: Page | Frame) {
  let last = -1;
  let stable = 0;
  for (let i = 0; i < 360 && stable < 3; i++) {
    const { frames, idle } = await page.evaluate(() => {
      const info = window.__explorerScene?.info();
      return {
        frames: window.__explorerScene?.frames() ?? 0,
        idle: info?.pixelRatio === info?.fullPixelRatio && info?.framePending === false,
      };
    });
    stable = frames > 0 && frames === last && idle ? stable + 1 : 0;
    last = frames;
    await new Promise((resolve) => setTimeout(resolve, 50)); // polling, not waiting out a fixed time
  }
  expect(stable, 'the scene stops drawing when idle').toBeGreaterThanOrEqual(3);
}

/** Page coordinates where a mesh is the front-most thing drawn. */
export async function pagePointOn(page: Page, nodeName: string) {
  const canvas = page.locator('.scene canvas');
  const box = await canvas.boundingBox();
  const point = await page.evaluate((name) => window.__explorerScene?.pointOn(name) ?? null, nodeName);
  if (!box || !point) throw new Error(`${nodeName} is not visible in the scene`);
  return { x: box.x + point.x, y: box.y + point.y };
}

export async function clickOn(page: Page, nodeName: string) {
  const { x, y } = await pagePointOn(page, nodeName);
  await page.mouse.click(x, y);
}

export const emphasis = (page: Page) => page.evaluate(() => window.__explorerScene!.emphasis());

/** The colour of one pixel of the page as drawn now. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({
    clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 },
  });
  return page.evaluate(
    async (bytes) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const [r, g, b] = context.getImageData(1, 1, 1, 1).data;
      return [r!, g!, b!] as [number, number, number];
    },
    [...png],
  );
}

export const colourDistance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/**
 * A screenshot for the docs: written to docs/screenshots only when DOC_SCREENSHOTS=1
 * (`npm run docs:screenshots`), so an ordinary test run leaves the working tree clean.
 */
export async function docScreenshot(page: Page, name: string) {
  const path = process.env.DOC_SCREENSHOTS
    ? `docs/screenshots/${name}.png`
    : test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
}
