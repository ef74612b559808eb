import {
  colourDistance,
  emphasis,
  openExplorer,
  pointOn,
  screenshot,
  textOf,
  visible,
  waitForIdle,
} from './support/explorer';
import { HOST } from './support/explorer';
import { serveDist } from './support/distServer';
import { expect, test } from './support/fixtures';

/**
 * The explorer in the engines clinics' tablets run: WebKit (every iPad browser) and Gecko (Firefox), beside
 * the Chromium suite in tests/e2e. Each engine runs this file as its own Playwright project.
 */
test.describe('the explorer', () => {
  test('start view renders the body (a canvas that is not blank)', async ({ enginePage: page }, testInfo) => {
    await openExplorer(page);
    const shot = await screenshot(page);
    await testInfo.attach(`start-${page.engine}`, { body: shot.png, contentType: 'image/png' });
    const canvas = await page.evaluate(() => {
      const r = document.querySelector('.scene canvas')!.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const background = shot.at(canvas.x + 4, canvas.y + 4);
    let body = 0;
    let samples = 0;
    for (let y = canvas.y + 10; y < canvas.y + canvas.height - 10; y += 8)
      for (let x = canvas.x + 10; x < canvas.x + canvas.width - 10; x += 8) {
        samples += 1;
        if (colourDistance(shot.at(x, y), background) > 40) body += 1;
      }
    expect(body / samples, 'share of the canvas covered by the body').toBeGreaterThan(0.1);
  });

  test('a tap on the right rectus femoris selects it and lights the front of the knee', async ({
    enginePage: page,
  }) => {
    await openExplorer(page);
    const target = await pointOn(page, 'rectus_femoris_r');
    await page.click(target.x, target.y);
    await expect.poll(async () => (await emphasis(page))?.selected).toEqual(['rectus_femoris_r']);
    await waitForIdle(page);
    expect((await emphasis(page))?.regions).toContain('front_of_knee_r');
    const region = await pointOn(page, 'front_of_knee_r');
    const lit = (await screenshot(page)).at(region.x, region.y);
    await page.clickSelector('[data-testid="clear-selection"]');
    await waitForIdle(page);
    const plain = (await screenshot(page)).at(region.x, region.y);
    expect(colourDistance(lit, plain), `the region's pixel changes: ${lit} -> ${plain}`).toBeGreaterThan(60);
    expect(await visible(page, '[data-testid="quote-K2"]')).toBe(false);
  });

  test('"where does it hurt?" on the outside of the right knee lists the iliotibial band', async ({
    enginePage: page,
  }) => {
    await openExplorer(page);
    await page.clickSelector('[data-testid="where-does-it-hurt"]');
    await waitForIdle(page);
    const region = await pointOn(page, 'outside_of_knee_r');
    await page.click(region.x, region.y);
    await expect.poll(() => visible(page, '[data-testid="source-iliotibial_band"]')).toBe(true);
  });

  test('Spanish: ?lang=es speaks Spanish', async ({ enginePage: page }) => {
    await openExplorer(page, '?lang=es');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await textOf(page, '[data-testid="where-does-it-hurt"]')).toMatch(/duele/i);
  });

  test('a deep link opens the left iliotibial band with its quotes', async ({ enginePage: page }) => {
    await openExplorer(page, '?structure=iliotibial_band&side=left');
    expect((await emphasis(page))?.selected).toEqual(['iliotibial_band_l']);
    expect(await visible(page, '[data-testid="quote-K1"]')).toBe(true);
    expect(await visible(page, '[data-testid="spread-outside_of_knee-left"]')).toBe(true);
  });

  test('the <pain-explorer> element on a host page of another origin loads and answers select()', async ({
    enginePage: page,
  }) => {
    await page.goto(`${HOST}/article.html`);
    await page.evaluate(() => {
      const events: string[] = [];
      (window as unknown as { __events: string[] }).__events = events;
      const element = document.getElementById('explorer')!;
      element.addEventListener('select', (e) => events.push(JSON.stringify((e as CustomEvent).detail)));
      element.scrollIntoView();
    });
    const ready = () =>
      page.evaluate(() => document.getElementById('explorer')?.shadowRoot?.querySelector('.ready') !== null);
    await expect.poll(ready, { timeout: 90_000, message: 'the explorer in the element is ready' }).toBe(true);
    await page.evaluate(() =>
      (document.getElementById('explorer') as unknown as { select(id: string, side: string): void }).select(
        'iliotibial_band',
        'left',
      ),
    );
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __events: string[] }).__events.join('\n')), {
        timeout: 30_000,
      })
      .toContain('iliotibial_band');
  });
});

test('after one visit the explorer reloads with the network gone (service worker)', async ({
  enginePage: page,
}) => {
  const server = await serveDist();
  try {
    await openExplorer(page, '', server.url);
    expect(await page.evaluate(() => 'serviceWorker' in navigator && window.isSecureContext)).toBe(true);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  } finally {
    await server.close();
  }
  await openExplorer(page, '?structure=iliotibial_band&side=left', server.url);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await visible(page, '[data-testid="quote-K1"]')).toBe(true);
});
