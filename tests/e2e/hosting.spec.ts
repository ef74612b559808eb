import { expect, test } from './support/test';
import type { Page } from './support/test';
import { openScene } from './support/scene';

/** The example site (examples/serve.mjs), a second origin that may frame embed.html; :4173 is the app. */
const HOST = 'http://127.0.0.1:4174';
const APP = 'http://127.0.0.1:4173';
/** The same example server under another name: an origin the e2e server's headers do not list. */
const STRANGER = 'http://localhost:4174';

/** Addresses inside the app's folder that are not the app. */
const SUB_PATHS = ['/foo/bar', '/index.html/x', '/foo/bar/?structure=femur&lang=es', '/assets/missing.html'];

/** The explorer answers: its list of structures is on screen. */
const expectExplorer = (page: Page) => expect(page.getByTestId('structure-femur')).toBeVisible();

test.describe('never a blank page', () => {
  test('an address under the app that is not the app says so, and leads to the start', async ({ page }) => {
    for (const path of SUB_PATHS) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toContainText('not part of the explorer');
      await expect(page.locator('[lang=es] h2'), path).toContainText('no forma parte del explorador');
    }
    await page.getByRole('link', { name: 'Open the explorer at its start' }).click();
    await expectExplorer(page);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('hosted in a sub-folder, the same build works, and so does its 404 page', async ({ page }) => {
    // examples/serve.mjs serves dist/ as is under /explorer/, as a clinic's server would.
    await page.goto(`${HOST}/explorer/`);
    await expectExplorer(page);
    await page.goto(`${HOST}/explorer/foo/bar`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('not part of the explorer');
    await page.getByRole('link', { name: 'Open the explorer at its start' }).click();
    await expectExplorer(page);
    expect(new URL(page.url()).pathname).toBe('/explorer/');
  });

  for (const reducedMotion of ['no-preference', 'reduce'] as const)
    test(`a page whose code cannot load says so, with a link to the start (motion: ${reducedMotion})`, async ({
      page,
      consoleGuard,
    }) => {
      consoleGuard.allow(/Failed to load resource/);
      // The switch from "loading" is a CSS animation; the app's reduced-motion rule must not cancel it.
      await page.emulateMedia({ reducedMotion });
      // The app's entry script is missing (a half-finished upload, a cache that lost it).
      await page.route(/\/assets\/main-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
      // The page's clock for animations runs 10x fast (DevTools' animation speed), so the 10 s wait takes 1 s:
      // still the stylesheet's own animation that makes the switch.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 10 });
      await page.goto('/');
      const failed = page.getByTestId('boot-failed');
      await expect(failed).toBeVisible();
      await expect(failed).toContainText('could not start');
      await expect(failed.locator('[lang=es]')).toContainText('no pudo iniciarse');
      await expect(page.getByTestId('boot-loading')).toBeHidden();
      await page.unroute(/\/assets\/main-[^/]*\.js$/);
      await failed.getByRole('link', { name: 'Start again' }).click();
      await expectExplorer(page);
      await expect(page.getByTestId('boot')).toHaveCount(0);
    });

  test('a boot that throws shows the message at once', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/could not start/);
    // A browser that refuses something the start needs.
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'languages', {
        get: () => {
          throw new Error('refused');
        },
      }),
    );
    await page.goto('/');
    await expect(page.getByTestId('boot-failed')).toBeVisible({ timeout: 3_000 });
    await expect(page.getByTestId('boot-loading')).toBeHidden();
  });

  test.describe('with its service worker', () => {
    // The suite blocks service workers (playwright.config.ts); these tests are about one.
    test.use({ serviceWorkers: 'allow' });

    test('offline, an address that is not the app says so too, and the start works', async ({
      page,
      context,
    }) => {
      await openScene(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      for (const path of SUB_PATHS) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }), path).toContainText('not part of the explorer');
      }
      await page.getByRole('link', { name: 'Open the explorer at its start' }).click();
      await expectExplorer(page);
      await context.setOffline(false);
    });
  });
});

/** Puts an iframe of `src` on the example page at `origin` and says whether the app is inside it. */
async function frameFrom(page: Page, origin: string, src: string): Promise<boolean> {
  await page.goto(`${origin}/iframe.html`);
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.id = 'probe';
    frame.src = url;
    document.body.prepend(frame);
  }, src);
  const frame = (await (await page.locator('#probe').elementHandle())!.contentFrame())!;
  // A refused frame shows the browser's error page instead; the app's root appears in an accepted one.
  await expect.poll(() => frame.url(), { message: 'the frame navigates' }).not.toBe('about:blank');
  await frame.waitForLoadState('domcontentloaded');
  return (await frame.locator('#root').count()) > 0;
}

test.describe('framing', () => {
  test('the server says who may frame what', async ({ request }) => {
    for (const path of ['/', '/?kiosk=1', '/404.html']) {
      const headers = (await request.get(`${APP}${path}`)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
    const embed = (await request.get(`${APP}/embed.html`)).headers();
    expect(embed['content-security-policy']).toContain(`frame-ancestors 'self' ${HOST}`);
    expect(embed['x-frame-options']).toBeUndefined();
  });

  test('another site cannot frame the app or the kiosk; the listed site can frame embed.html, no other', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(/Framing 'http:\/\/127\.0\.0\.1:4173\/' violates .*"frame-ancestors /);
    expect(await frameFrom(page, HOST, `${APP}/`)).toBe(false);
    expect(await frameFrom(page, HOST, `${APP}/?kiosk=1&idle=90`)).toBe(false);
    expect(await frameFrom(page, HOST, `${APP}/embed.html?origins=${HOST}`)).toBe(true);
    expect(await frameFrom(page, STRANGER, `${APP}/embed.html`)).toBe(false);
  });
});
