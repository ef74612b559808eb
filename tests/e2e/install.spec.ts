import { expect, test } from './support/test';
import type { Page } from './support/test';

/**
 * Opens the explorer as an iPad home-screen app sees itself (navigator.standalone; Chromium cannot
 * emulate display-mode: standalone, whose branch is the same code path).
 */
async function openInstalled(page: Page, path = '/') {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true, configurable: true }),
  );
  await page.goto(path);
}

test.describe('an install that behaves like an app', () => {
  test('the manifest installs the normal explorer, with PNG and maskable icons and iPad meta', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = (await (await request.get(new URL(href!, page.url()).href)).json()) as {
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest.start_url).toBe('./');
    expect(manifest.display).toBe('standalone');
    expect(manifest.background_color).toBe(manifest.theme_color);
    const themeMeta = await page.locator('meta[name=theme-color]').getAttribute('content');
    expect(themeMeta).toBe(manifest.theme_color);
    const png = manifest.icons.filter((i) => i.type === 'image/png');
    expect(png.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    const apple = await page.locator('link[rel=apple-touch-icon]').getAttribute('href');
    for (const src of [...png.map((i) => i.src), apple!]) {
      const response = await request.get(new URL(src, page.url()).href);
      expect(response.status(), src).toBe(200);
      expect(response.headers()['content-type'], src).toContain('image/png');
    }
    await expect(page.locator('meta[name=apple-mobile-web-app-capable]')).toHaveAttribute('content', 'yes');
    await expect(page.locator('meta[name=apple-mobile-web-app-title]')).toHaveAttribute('content', /\S/);
  });

  test('installed, it is not a kiosk and has its own Back', async ({ page }) => {
    await openInstalled(page);
    await expect(page.locator('html')).not.toHaveClass(/kiosk/);
    const back = page.getByTestId('app-back');
    await expect(back).toBeDisabled();
    await page.getByTestId('structure-rectus_femoris').click();
    await page.getByTestId('structure-iliotibial_band').click();
    await expect(page).toHaveURL(/structure=iliotibial_band/);
    await expect(back).toBeEnabled();
    await back.click();
    await expect(page).toHaveURL(/structure=rectus_femoris/);
    await back.click();
    await expect(page).not.toHaveURL(/structure=/);
    await expect(back).toBeDisabled();
  });

  test('the kiosk is a setting of the device: ?kiosk=1 is remembered, ?kiosk=0 forgets it', async ({
    page,
  }) => {
    await page.goto('/?kiosk=1&idle=60');
    await expect(page.locator('html')).toHaveClass(/kiosk/);
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/kiosk/);
    await page.goto('/?kiosk=0');
    await expect(page.locator('html')).not.toHaveClass(/kiosk/);
    await page.goto('/');
    await expect(page.locator('html')).not.toHaveClass(/kiosk/);
  });

  test('full screen where the API exists', async ({ page }) => {
    await page.goto('/');
    const button = page.getByTestId('fullscreen');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('the language of the device', () => {
  test.use({ locale: 'es-MX' });

  test('a first visit follows the device; a choice is remembered; a link that names one wins', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByTestId('lang-en').click();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/?lang=es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});
