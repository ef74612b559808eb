import type { CDPSession } from '@playwright/test';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { emphasis, openScene, pagePointOn, waitForIdle } from './support/scene';

const camera = (page: Page) => page.evaluate(() => window.__explorerScene!.camera().position);
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Two fingers from `from` to `to` (pairs of page points), in small steps, as a real gesture arrives. */
async function twoFingers(cdp: CDPSession, from: [number, number][], to: [number, number][]) {
  const at = (t: number) =>
    from.map(([x, y], i) => ({ x: x + (to[i]![0] - x) * t, y: y + (to[i]![1] - y) * t, id: i }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 5; step++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 5) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * Two taps 150 ms apart by the tablet's clock: each touch carries the time the finger made it, as a real
 * screen's events do, so a page still drawing the first tap's frame sees the second as soon after it as the
 * finger was (two plain `touchscreen.tap`s are 150 ms to a second apart on busy software-rendering cores).
 */
async function doubleTap(page: Page, point: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const touch = [{ x: point.x, y: point.y, id: 0 }];
  for (const [type, at] of [
    ['touchStart', 0],
    ['touchEnd', 0.05],
    ['touchStart', 0.15],
    ['touchEnd', 0.2],
  ] as const)
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchStart' ? touch : [],
      timestamp: start + at,
    });
}

test.describe('touch like the anchors', () => {
  test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: true });

  test('a pinch zooms and a two-finger drag pans; neither selects', async ({ page }) => {
    await openScene(page);
    const cdp = await page.context().newCDPSession(page);
    const box = (await page.locator('.scene canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const start = await camera(page);
    await twoFingers(
      cdp,
      [
        [cx - 40, cy],
        [cx + 40, cy],
      ],
      [
        [cx - 160, cy],
        [cx + 160, cy],
      ],
    );
    await waitForIdle(page);
    const pinched = await camera(page);
    expect(distance(pinched, start), 'the camera moved in').toBeGreaterThan(0.2);
    await twoFingers(
      cdp,
      [
        [cx - 40, cy],
        [cx + 40, cy],
      ],
      [
        [cx - 40, cy + 150],
        [cx + 40, cy + 150],
      ],
    );
    await waitForIdle(page);
    expect(distance(await camera(page), pinched), 'the camera panned').toBeGreaterThan(0.05);
    expect((await emphasis(page)).selected).toEqual([]);
  });

  test('a double tap brings the tapped part closer than a single tap frames it', async ({ page }) => {
    await openScene(page);
    const away = (p: number[], from: number[]) => Math.hypot(...p.map((v, i) => v - from[i]!));
    const centreOf = () => page.evaluate(() => window.__explorerScene!.camera().target);
    let point = await pagePointOn(page, 'rectus_femoris_r');
    await page.touchscreen.tap(point.x, point.y);
    await expect.poll(async () => (await emphasis(page)).selected).toEqual(['rectus_femoris_r']);
    await waitForIdle(page);
    const framed = away(await camera(page), await centreOf());
    point = await pagePointOn(page, 'rectus_femoris_r');
    await doubleTap(page, point);
    // The second tap's click comes after the browser's tap gesture, once the page has drawn the first's
    // frame: on these cores up to 2 s after the touch events return.
    await expect
      .poll(async () => away(await camera(page), await centreOf()), { timeout: 15_000 })
      .toBeLessThan(framed - 0.15);
    expect((await emphasis(page)).selected).toEqual(['rectus_femoris_r']);
  });
});
