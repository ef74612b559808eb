import { expect, test } from './support/test';
import { clickOn, emphasis, openScene } from './support/scene';

/**
 * The README's first command as people run it: `npm start` serves the source through Vite's dev server,
 * where React's StrictMode mounts every effect twice. The body must draw, a tap must select, and the
 * console must stay clean (no error, no warning).
 */
test('npm start draws the body, selects on tap and keeps the console clean', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await openScene(page);
  const drawn = await page.evaluate(() => window.__explorerScene?.info());
  expect(drawn?.triangles ?? 0, 'triangles drawn in the start view').toBeGreaterThan(50_000);
  await clickOn(page, 'rectus_femoris_r');
  await expect.poll(async () => (await emphasis(page)).selected).toEqual(['rectus_femoris_r']);
  expect((await emphasis(page)).regions).toContain('front_of_knee_r');
  await expect(page.getByTestId('quote-K2').first()).toBeVisible();
  expect(warnings, 'console warnings').toEqual([]);
});
