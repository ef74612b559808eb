import { emphasis, openExplorer, pointOn } from './support/explorer';
import { expect, test } from './support/fixtures';

/** `npm start` (the README's first command, Vite's dev server with React's StrictMode) in this engine. */
const DEV = 'http://127.0.0.1:5173';

test('npm start draws the body and selects on tap, with a clean console', async ({ enginePage: page }) => {
  await openExplorer(page, '', DEV);
  const target = await pointOn(page, 'rectus_femoris_r');
  await page.click(target.x, target.y);
  await expect.poll(async () => (await emphasis(page))?.selected).toEqual(['rectus_femoris_r']);
  expect((await emphasis(page))?.regions).toContain('front_of_knee_r');
});
