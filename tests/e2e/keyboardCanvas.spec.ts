import { expect, test } from './support/test';
import { emphasis, openScene, waitForIdle } from './support/scene';

const camera = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__explorerScene!.camera().position);

test('the canvas is a keyboard control: arrows turn, +/- zoom, Enter selects and cycles, Escape clears', async ({
  page,
}) => {
  await openScene(page);
  const canvas = page.locator('.scene canvas');
  await expect(canvas).toHaveAttribute('tabindex', '0');
  await expect(canvas).toHaveAttribute('aria-label', /Arrow keys/);
  await canvas.focus();

  const start = await camera(page);
  await page.keyboard.press('ArrowLeft');
  await waitForIdle(page);
  const turned = await camera(page);
  expect(Math.hypot(turned[0]! - start[0]!, turned[2]! - start[2]!)).toBeGreaterThan(0.2);
  await expect(page.getByTestId('view-announcer')).toHaveText('Turned left');

  const distance = (p: number[]) => Math.hypot(p[0]!, p[1]! - 0.57, p[2]!);
  await page.keyboard.press('+');
  await waitForIdle(page);
  expect(distance(await camera(page))).toBeLessThan(distance(turned) - 0.1);
  await expect(page.getByTestId('view-announcer')).toHaveText('Zoomed in');

  await page.keyboard.press('Enter');
  await expect.poll(async () => (await emphasis(page)).selected.length).toBe(1);
  const first = (await emphasis(page)).selected[0];
  await expect(page.getByTestId('announcer')).not.toBeEmpty();
  await waitForIdle(page);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await emphasis(page)).selected[0]).not.toBe(first);

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await emphasis(page)).selected).toEqual([]);
  await expect(canvas).toBeFocused();
});
