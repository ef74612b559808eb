import { expect, test } from './support/test';
import { openScene, waitForIdle } from './support/scene';

const frames = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__explorerScene?.frames() ?? 0);

test.describe('clinic tablet', () => {
  test.use({ viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: true });

  test('works offline after the first visit (service worker precache)', async ({ page, context }) => {
    await openScene(page);
    // Wait until the worker has installed (precached everything) and is active.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const manifest = await page.evaluate(() =>
      document.querySelector('link[rel=manifest]')?.getAttribute('href'),
    );
    expect(manifest).toBeTruthy();
    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => window.__explorerStore?.getState().scene.status), { timeout: 60_000 })
      .toBe('ready');
    await waitForIdle(page);
    await page.getByTestId('structure-iliotibial_band').tap();
    await expect(page.getByTestId('quote-K1').first()).toBeVisible();
    await context.setOffline(false);
  });

  test('kiosk: returns to the start view after the idle time, keeps nothing selected, links stay inside', async ({
    page,
  }) => {
    await openScene(page, '?kiosk=1&idle=3');
    await expect(page.locator('html')).toHaveClass(/kiosk/);
    await page.getByTestId('mode-student').tap();
    await page.getByTestId('structure-rectus_femoris').tap();
    await expect(page.getByTestId('info-structure')).toBeVisible();
    await expect(page).toHaveURL(/kiosk=1/);
    await expect(page).toHaveURL(/idle=3/);
    // No link may leave the app: the references (student mode) and the article show as text.
    await page.locator('#article summary').tap();
    await expect(page.locator('a[href^="http"]')).toHaveCount(0);
    await expect(page.locator('#article')).toContainText('joionline.net');

    // Untouched for 3 s: back to the start, patient mode, nothing selected, menus closed.
    await expect
      .poll(() => page.evaluate(() => window.__explorerStore!.getState().selection), { timeout: 10_000 })
      .toBeNull();
    const state = await page.evaluate(() => {
      const s = window.__explorerStore!.getState() as unknown as { mode: string; pickRegions: boolean };
      return { mode: s.mode, pickRegions: s.pickRegions };
    });
    expect(state).toEqual({ mode: 'patient', pickRegions: false });
    await expect(page.getByTestId('info-structure')).toHaveCount(0);
    await expect(page.locator('#article')).not.toHaveAttribute('open');
    await expect(page).toHaveURL(/kiosk=1/);

    // Battery: once settled, an idle kiosk draws nothing.
    await waitForIdle(page);
    const before = await frames(page);
    await page.waitForTimeout(4_000); // longer than the idle time: a second reset would draw
    expect(await frames(page)).toBe(before);
  });

  test('kiosk: no text selection or long-press menu on the scene, no page pinch zoom, large type', async ({
    page,
  }) => {
    await openScene(page, '?kiosk=1');
    const styles = await page.evaluate(() => {
      const html = getComputedStyle(document.documentElement);
      const scene = getComputedStyle(document.querySelector('.scene')!);
      return {
        touchAction: html.touchAction,
        userSelect: scene.userSelect,
        fontSize: parseFloat(html.fontSize),
      };
    });
    expect(styles.touchAction).toBe('pan-x pan-y');
    expect(styles.userSelect).toBe('none');
    expect(styles.fontSize).toBeGreaterThanOrEqual(20);
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('.scene canvas')!.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
  });

  test('outside a kiosk, links to the article are real links and nothing resets', async ({ page }) => {
    await page.goto('/?idle=3');
    await page.getByTestId('structure-rectus_femoris').tap();
    await page.locator('#article summary').tap();
    await expect(page.locator('#article a[href^="https://"]')).toHaveCount(1);
    await page.waitForTimeout(4_000);
    expect(await page.evaluate(() => window.__explorerStore!.getState().selection)).not.toBeNull();
  });
});
