import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { emphasis, openScene } from './support/scene';

/** WCAG 2.2 A and AA rules; the whole page, the scene's canvas included. */
async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, what).toEqual([]);
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test('start view', async ({ page }) => {
    await openScene(page);
    await expectNoViolations(page, 'start view');
  });

  test('a selection, in both modes', async ({ page }) => {
    await openScene(page, '?structure=rectus_femoris&side=left');
    await expectNoViolations(page, 'selection, patient');
    await page.getByTestId('mode-student').click();
    await expectNoViolations(page, 'selection, student');
  });

  test('"where does it hurt?" with a region chosen, legend and layers open', async ({ page }) => {
    await openScene(page);
    await page.getByTestId('where-does-it-hurt').click();
    await page.getByTestId('region-outside_of_knee').click();
    await page.getByTestId('legend').locator('summary').click();
    await page.getByTestId('layers').click();
    await expectNoViolations(page, 'where does it hurt');
  });

  test('the list view alone (no WebGL) and in Spanish', async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        return /webgl/i.test(type)
          ? null
          : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto('/?lang=es&region=low_back&side=right');
    await expect(page.getByTestId('scene-unavailable')).toBeVisible();
    await expectNoViolations(page, 'list view, Spanish');
  });

  test('honours prefers-contrast and reduced motion without violations', async ({ page }) => {
    await page.emulateMedia({ contrast: 'more', reducedMotion: 'reduce' });
    await openScene(page, '?structure=iliotibial_band');
    await expectNoViolations(page, 'more contrast');
  });
});

test.describe('keyboard only', () => {
  test('skip link, search and the list select a structure that shows in the scene and is announced', async ({
    page,
  }) => {
    await openScene(page);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('search-input')).toBeFocused();
    await page.keyboard.type('rectus fem');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('announcer')).toContainText(
      /^Right rectus femoris.* selected\. The article links it to: .*front of the knee/,
    );
    await expect.poll(async () => (await emphasis(page)).selected).toContain('rectus_femoris_r');

    // A region from the list by Tab and Enter/Space only; the focus ring is visible.
    const region = page.getByTestId('region-outside_of_knee');
    // The bound only stops a runaway loop: the panel holds one stop per control (about 90 with a selection).
    for (let i = 0; i < 200 && !(await region.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(region).toBeFocused();
    const outline = await region.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await expect(region).toHaveAttribute('aria-pressed', 'true');
    // One source by the article's word (the iliotibial band, K1): "1 part", not "1 parts".
    await expect(page.getByTestId('announcer')).toContainText('1 part named by the article');
    await expect.poll(async () => (await emphasis(page)).regions.length).toBeGreaterThan(0);
  });

  test('the scene has a label and every region and structure is a button in the list', async ({ page }) => {
    await openScene(page);
    await expect(page.getByRole('application', { name: /3D model/ })).toBeVisible();
    const structures = await page.locator('[data-testid^="structure-"]').count();
    const regions = await page.locator('[data-testid^="region-"]').count();
    expect(structures).toBeGreaterThan(20);
    expect(regions).toBeGreaterThan(5);
  });
});
