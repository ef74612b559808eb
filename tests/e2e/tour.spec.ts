import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { CLAIMS } from '../../src/content/claims';
import { TOUR_ENTRIES } from '../../src/content/tour';
import { CONNECTIONS } from '../../src/content/connections';
import { nodeName } from '../../src/content/ids';
import { docScreenshot, emphasis, openScene, waitForIdle } from './support/scene';

const focusOf = (page: Page) => page.evaluate(() => window.__explorerStore!.getState().focus);

const ORDER = [...CLAIMS].sort((a, b) => a.order - b.order).map((c) => c.id);
const SHOTS = new Set(['B1', 'H3', 'K2']);
/** Claims whose every connection changes position or mechanics only (no pain region lit). */
const POSITION_ONLY = new Set(
  ORDER.filter((id) => {
    const own = CONNECTIONS.filter((c) => c.claim === id);
    return own.length > 0 && own.every((c) => c.effect === 'function');
  }),
);

test.describe('guided tour', () => {
  test('runs every step with the keyboard: quote, focus and lit structures per claim', async ({ page }) => {
    await openScene(page);
    await page.getByTestId('tour-open').click();
    const tour = page.getByTestId('tour');
    await expect(tour).toHaveAttribute('data-step', 'G1');
    await page.getByTestId('tour-play').click(); // pause: the test walks by hand
    await expect(page.getByTestId('tour-play')).toHaveAttribute('aria-pressed', 'false');
    expect(ORDER.slice(0, 2)).toEqual(['G1', 'G2']);
    expect(ORDER.at(-1)).toBe('G3');

    for (const [i, claim] of ORDER.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(tour).toHaveAttribute('data-step', claim);
      await expect(page.getByTestId('tour-progress')).toContainText(`${i + 1}`);
      await expect(tour.getByTestId(`quote-${claim}`)).toBeVisible();
      const entry = TOUR_ENTRIES.find((e) => e.claim === claim)!;
      const focus = await focusOf(page);
      if (entry.structures.length === 0) {
        expect(focus, claim).toBeNull();
        await expect(tour.getByTestId('tour-intro')).toBeVisible();
        continue;
      }
      expect(focus?.claim, claim).toBe(claim);
      expect(focus?.structures, claim).toEqual(entry.structures);
      const expected = entry.structures.map((s) => nodeName(s.id, s.side)).sort();
      await expect
        .poll(async () => (await emphasis(page)).selected.sort(), { message: claim })
        .toEqual(expected);
      const lit = await emphasis(page);
      // H5 is about the position of the low back and sacroiliac joints, not pain: arrows, no glow.
      if (POSITION_ONLY.has(claim)) {
        expect(lit.regions, `${claim} lights no pain region`).toEqual([]);
        expect(lit.arrows, `${claim} draws its arrows`).toBeGreaterThan(0);
      } else expect(lit.regions.length, `${claim} lights regions`).toBeGreaterThan(0);
      if (SHOTS.has(claim)) {
        await waitForIdle(page);
        await docScreenshot(page, `tour-${claim}`);
      }
    }
    // Past the end nothing moves; back walks back; Escape closes and gives the scene back.
    await page.keyboard.press('ArrowRight');
    await expect(tour).toHaveAttribute('data-step', 'G3');
    await page.keyboard.press('ArrowLeft');
    await expect(tour).toHaveAttribute('data-step', 'K3');
    await page.keyboard.press('Escape');
    await expect(tour).toBeHidden();
    expect(await focusOf(page)).toBeNull();
    await expect(page).not.toHaveURL(/tour=/);
  });

  test('opens a step from a link and from the info panel', async ({ page }) => {
    await openScene(page, '?tour=K2');
    await expect(page.getByTestId('tour')).toHaveAttribute('data-step', 'K2');
    expect((await focusOf(page))?.claim).toBe('K2');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/tour=K1/);
    await page.getByTestId('tour-close').click();

    await page.getByTestId('structure-iliotibial_band').first().click();
    await page.getByTestId('tour-link-H3').first().click();
    await expect(page.getByTestId('tour')).toHaveAttribute('data-step', 'H3');
    expect((await focusOf(page))?.claim).toBe('H3');
  });

  test('plays on its own, pauses, and follows a swipe', async ({ page }) => {
    await page.clock.install();
    await openScene(page, '?tour=B3');
    await page.getByTestId('tour-play').click();
    await page.clock.runFor(17_000);
    const tour = page.getByTestId('tour');
    await expect(tour).not.toHaveAttribute('data-step', 'B3');
    await page.getByTestId('tour-play').click();
    const step = await tour.getAttribute('data-step');
    const box = (await page.getByTestId('tour-progress').boundingBox())!;
    const swipe = async (dx: number) => {
      await page.mouse.move(box.x + 150, box.y + 5);
      await page.mouse.down();
      await page.mouse.move(box.x + 150 + dx, box.y + 8, { steps: 4 });
      await page.mouse.up();
    };
    await swipe(-120);
    await expect(tour).not.toHaveAttribute('data-step', step!);
    await swipe(120);
    await expect(tour).toHaveAttribute('data-step', step!);
  });
});

test.describe('kiosk attract loop', () => {
  test.use({ hasTouch: true });

  test('starts after the idle time and stops at the first touch', async ({ page }) => {
    await openScene(page, '?kiosk=1&idle=3');
    const tour = page.getByTestId('tour');
    await expect(tour).toBeVisible({ timeout: 15_000 });
    await expect(tour).toHaveAttribute('data-attract', 'true');
    await expect(page.getByTestId('tour-play')).toHaveAttribute('aria-pressed', 'true');
    const canvas = await page.locator('.scene canvas').boundingBox();
    await page.touchscreen.tap(canvas!.x + 20, canvas!.y + canvas!.height - 20);
    await expect(tour).toBeHidden();
    expect(await focusOf(page)).toBeNull();
  });
});
