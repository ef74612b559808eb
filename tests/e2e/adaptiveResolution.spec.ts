import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openScene, pagePointOn, waitForIdle } from './support/scene';

const pixelRatio = (page: Page) => page.evaluate(() => window.__explorerScene!.info().pixelRatio);

/** Drags the camera from (x, y) in `steps` short moves; what `measure` read after each (the pixel ratio). */
async function drag(
  page: Page,
  x: number,
  y: number,
  steps: number,
  stepPx: number,
  measure: (page: Page) => Promise<number> = pixelRatio,
): Promise<number[]> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  const whileMoving: number[] = [];
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x + i * stepPx, y, { steps: 1 });
    await page.waitForTimeout(80);
    whileMoving.push(await measure(page));
  }
  await page.mouse.up();
  return whileMoving;
}

// The test browser draws with software GL, far under 30 frames a second: the case in which the explorer
// draws at half resolution while the camera moves (src/scene/AdaptiveResolution.tsx, like model-viewer).
test('a slow GPU draws a moving view at half resolution, from its second move with simplified triangles; the still view in full', async ({
  page,
}) => {
  await openScene(page);
  const full = await pixelRatio(page);
  expect(full).toBeGreaterThanOrEqual(1);
  const info = () => page.evaluate(() => window.__explorerScene!.info());
  const still = await info();
  // A still page never makes the moving view's simplified triangles; the first move asks a worker for them.
  expect(still.movingDetail).toBe('none');
  const { x, y } = await pagePointOn(page, 'rectus_femoris_r');
  expect(Math.min(...(await drag(page, x, y, 12, 10)))).toBe(full / 2);
  await waitForIdle(page);
  await expect.poll(() => pixelRatio(page)).toBe(full);
  await expect.poll(async () => (await info()).movingDetail, { timeout: 30_000 }).toBe('made');
  expect((await info()).triangles).toBe(still.triangles);
  // The next move draws them: under half the still view's triangles.
  const triangles = async () => (await info()).triangles;
  expect(Math.min(...(await drag(page, x, y, 6, -10, triangles)))).toBeLessThan(0.5 * still.triangles);
  await waitForIdle(page);
  expect((await info()).triangles).toBe(still.triangles);
});

test('a view that keeps drawing (a lit region pulsing) still comes back to full resolution once it rests', async ({
  page,
}) => {
  // No reduced motion here: the lit regions pulse and the arrows flow, a frame every display refresh.
  await page.goto('/');
  await page.waitForFunction(() => window.__explorerStore?.getState().scene.status === 'ready', null, {
    timeout: 60_000,
  });
  // The whole body drawn (the deep structures' file joined): a frame here takes ~60 ms, twice the budget.
  await expect
    .poll(() => page.evaluate(() => window.__explorerScene?.info().deepModel), { timeout: 60_000 })
    .toBe('ready');
  await expect.poll(() => pixelRatio(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  const full = await pixelRatio(page);
  await page.evaluate(() =>
    window.__explorerStore!.getState().select({ kind: 'structure', id: 'psoas_major', side: 'right' }),
  );
  const canvas = (await page.locator('.scene canvas').boundingBox())!;
  const moving = await drag(page, canvas.x + canvas.width / 2, canvas.y + canvas.height / 2, 8, 12);
  expect(Math.min(...moving)).toBe(full / 2);
  // The pulse goes on drawing: the case where a pending frame, or a check put off by every new one, kept the
  // view at half resolution for good.
  const framesNow = await page.evaluate(() => window.__explorerScene!.frames());
  await expect
    .poll(() => page.evaluate(() => window.__explorerScene!.frames()), { timeout: 15_000 })
    .toBeGreaterThan(framesNow + 3);
  await expect
    .poll(() => pixelRatio(page), { timeout: 15_000, message: 'full resolution once the camera rests' })
    .toBe(full);
});
