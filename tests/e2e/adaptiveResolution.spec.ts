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
