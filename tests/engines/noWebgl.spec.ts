import { APP, visible } from './support/explorer';
import { expect, test } from './support/fixtures';

// The engine itself starts with WebGL switched off (a worker of its own).
test.use({ webgl: false });

test('without WebGL the list view carries everything', async ({ enginePage: page }) => {
  await page.goto(`${APP}/`);
  await expect.poll(() => visible(page, '[data-testid="scene-unavailable"]')).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll('canvas').length)).toBe(0);
  await page.clickSelector('[data-testid="structure-rectus_femoris"]');
  await expect.poll(() => visible(page, '[data-testid="spread-front_of_knee-right"]')).toBe(true);
});
