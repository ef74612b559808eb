import { expect, test } from './support/test';
import { openScene, pagePointOn, waitForIdle } from './support/scene';

// The test browser draws with software GL, far under 30 frames a second: the case in which the explorer
// draws at half resolution while the camera moves (src/scene/AdaptiveResolution.tsx, like model-viewer).
test('a slow GPU draws a moving view at half resolution, and the still view at full resolution', async ({
  page,
}) => {
  await openScene(page);
  const ratio = () => page.evaluate(() => window.__explorerScene!.info().pixelRatio);
  const full = await ratio();
  expect(full).toBeGreaterThanOrEqual(1);
  const { x, y } = await pagePointOn(page, 'rectus_femoris_r');
  await page.mouse.move(x, y);
  await page.mouse.down();
  const whileMoving: number[] = [];
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(x + i * 10, y, { steps: 1 });
    await page.waitForTimeout(80);
    whileMoving.push(await ratio());
  }
  await page.mouse.up();
  expect(Math.min(...whileMoving)).toBe(full / 2);
  await waitForIdle(page);
  await expect.poll(ratio).toBe(full);
});

test('a view that keeps drawing (a lit region pulsing) still comes back to full resolution once it rests', async ({
  page,
}) => {
  // No reduced motion here: the lit regions pulse and the arrows flow, a frame every display refresh.
  await page.goto('/');
  await page.waitForFunction(() => window.__explorerStore?.getState().scene.status === 'ready', null, {
    timeout: 60_000,
  });
  const ratio = () => page.evaluate(() => window.__explorerScene!.info().pixelRatio);
  await expect.poll(ratio, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  const full = await ratio();
  await page.evaluate(() =>
    window.__explorerStore!.getState().select({ kind: 'structure', id: 'psoas_major', side: 'right' }),
  );
  const canvas = (await page.locator('.scene canvas').boundingBox())!;
  const x = canvas.x + canvas.width / 2;
  const y = canvas.y + canvas.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const whileMoving: number[] = [];
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(x + i * 12, y, { steps: 1 });
    await page.waitForTimeout(80);
    whileMoving.push(await ratio());
  }
  await page.mouse.up();
  expect(Math.min(...whileMoving)).toBe(full / 2);
  const framesNow = await page.evaluate(() => window.__explorerScene!.frames());
  await expect.poll(ratio, { timeout: 15_000, message: 'full resolution once the camera rests' }).toBe(full);
  // ...while the pulse went on drawing
  expect(await page.evaluate(() => window.__explorerScene!.frames())).toBeGreaterThan(framesNow + 3);
});
