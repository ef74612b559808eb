import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import type { Selection } from '../../src/state/types';
import { emphasis, openScene, waitForIdle } from './support/scene';

/** Makes every canvas refuse WebGL, as a browser with WebGL off (or a blocked GPU) does. */
const NO_WEBGL = () => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (/webgl/i.test(type)) return null;
    return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
};

const status = (page: Page) => page.evaluate(() => window.__explorerStore?.getState().scene.status);

test.describe('without the 3D scene the list view carries everything', () => {
  test('no WebGL: a short note and the full list, no blank canvas', async ({ page }) => {
    await page.addInitScript(NO_WEBGL);
    await page.goto('/');
    await expect(page.getByTestId('scene-unavailable')).toContainText('WebGL');
    await expect(page.locator('canvas')).toHaveCount(0);
    await page.getByTestId('structure-rectus_femoris').click();
    await expect(page.getByTestId('spread-front_of_knee-right')).toBeVisible();
    await expect(page.getByTestId('announcer')).toContainText('The article links it to');
    expect(await status(page)).toBe('no-webgl');
  });

  for (const [name, fulfil] of [
    ['missing (404)', { status: 404, body: 'not found' }],
    ['corrupt', { status: 200, contentType: 'model/gltf-binary', body: 'glTF this is not a model at all' }],
  ] as const) {
    test(`model file ${name}: a clear message and the list view`, async ({ page, consoleGuard }) => {
      // The failure is reported once, on purpose, in the console (and the 404 by the browser).
      consoleGuard.allow(/The 3D model could not be loaded/);
      consoleGuard.allow(/Failed to load resource: .*404/);
      await page.route('**/models/lower-body.glb', (route) => route.fulfill(fulfil));
      await page.goto('/');
      await expect(page.getByTestId('scene-unavailable')).toContainText('could not be loaded', {
        timeout: 30_000,
      });
      expect(await status(page)).toBe('error');
      await page.getByTestId('region-outside_of_knee').click();
      await expect(page.getByTestId('source-iliotibial_band')).toBeVisible();
    });
  }
});

test.describe('WebGL context loss', () => {
  test('the scene restores itself and keeps the selection', async ({ page }) => {
    await openScene(page, '?structure=rectus_femoris&side=right');
    const before = await emphasis(page);
    expect(before.selected).toContain('rectus_femoris_r');
    const lost = await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const ext = gl.getExtension('WEBGL_lose_context');
      if (!ext) return { outcome: 'no WEBGL_lose_context', frames: 0 };
      const lostEvent = new Promise((resolve) =>
        canvas.addEventListener('webglcontextlost', resolve, { once: true }),
      );
      ext.loseContext();
      await lostEvent;
      const restored = new Promise((resolve) =>
        canvas.addEventListener('webglcontextrestored', resolve, { once: true }),
      );
      // Frames are counted before the restore: the scene may redraw before this script resumes.
      let frames = 0;
      setTimeout(() => {
        frames = window.__explorerScene!.frames();
        ext.restoreContext();
      }, 200);
      await restored;
      return { outcome: 'restored', frames };
    });
    expect(lost.outcome).toBe('restored');
    const framesAtRestore = lost.frames;
    // The restored (blank) canvas must be drawn again without anyone touching it.
    await expect
      .poll(() => page.evaluate(() => window.__explorerScene!.frames()), {
        timeout: 10_000,
        message: 'the scene draws again by itself after the context is restored',
      })
      .toBeGreaterThan(framesAtRestore);
    await waitForIdle(page);
    expect(await page.evaluate(() => window.__explorerStore!.getState().selection)).toEqual({
      kind: 'structure',
      id: 'rectus_femoris',
      side: 'right',
    });
    expect(await emphasis(page)).toEqual(before);
    expect(await status(page)).toBe('ready');
    await expect(page.getByTestId('scene-unavailable')).toHaveCount(0);
    // The body is really drawn again: the canvas centre is not the plain background.
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      return !gl.isContextLost();
    });
    expect(drawn).toBe(true);
  });
});

test.describe('soak', () => {
  test.use({ viewport: { width: 360, height: 280 } });
  // 200 cycles here catch a leak of one object per cycle (the counts allow +2) or of 20 kB per cycle; the
  // bench (`npm run bench`) runs 2,000 with a frame every 20 and reports the heap and GPU counts.
  test('200 selections and clears leak no geometry, texture, program or heap', async ({ page }) => {
    test.setTimeout(180_000);
    await openScene(page);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // Each structure on each side, and a region on each side: everything a cycle selects.
    const sides = ['left', 'right'] as const;
    const picks: Selection[] = [
      ...(['rectus_femoris', 'iliotibial_band', 'sciatic_nerve', 'gluteus_medius', 'femur'] as const).flatMap(
        (id) => sides.map((side): Selection => ({ kind: 'structure', id, side })),
      ),
      ...sides.map((side): Selection => ({ kind: 'region', id: 'outside_of_knee', side })),
    ];
    const cycle = (count: number, frameEvery: number) =>
      page.evaluate(
        async ({ selections, n, every }) => {
          const store = window.__explorerStore!.getState;
          const frame = () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const commit = () => new Promise((resolve) => setTimeout(resolve, 0));
          // Each change is committed by React (panel, scene emphasis); a frame is drawn every `every`th
          // cycle, since a software-rendered frame takes ~0.1 s here.
          for (let i = 0; i < n; i++) {
            store().select(selections[i % selections.length]!);
            await commit();
            if (i % every === 0) await frame();
            store().select(null);
            await commit();
          }
        },
        { selections: picks, n: count, every: frameEvery },
      );
    // Warm up: draw each selection once, so what three uploads on first draw (each mesh's own geometry, each
    // pathway arrow, each shader) is on the GPU before measuring; then the soak must add nothing.
    await cycle(picks.length, 1);
    // Every look's program is compiled once after the first frame (precompileLooks.ts): no growth, a start.
    await expect
      .poll(() => page.evaluate(() => window.__explorerScene!.info().detailReady), { timeout: 30_000 })
      .toBe(true);
    await waitForIdle(page);
    const info0 = await page.evaluate(() => window.__explorerScene!.info());
    const heap0 = await heap();
    await cycle(200, 20);
    await waitForIdle(page);
    const info1 = await page.evaluate(() => window.__explorerScene!.info());
    const heap1 = await heap();
    expect(
      info1.geometries,
      `geometries ${JSON.stringify({ before: info0, after: info1 })}`,
    ).toBeLessThanOrEqual(info0.geometries + 2);
    expect(info1.textures, 'textures').toBeLessThanOrEqual(info0.textures + 1);
    expect(info1.programs, 'programs').toBeLessThanOrEqual(info0.programs + 1);
    expect(heap1 - heap0, `heap grew from ${heap0} to ${heap1} bytes`).toBeLessThan(4 * 1024 * 1024);
    expect(await page.evaluate(() => window.__explorerStore!.getState().selection)).toBeNull();
  });
});

/** A seeded sample of broken links: unknown ids, wrong sides, odd characters, very long values. */
function badLinks(): string[] {
  const long = 'a'.repeat(5000);
  return [
    '?structure=nonsense',
    '?region=moon&side=left',
    '?structure=rectus_femoris&side=up',
    '?structure=%00%01%02',
    `?structure=${long}`,
    `?region=${encodeURIComponent('<script>alert(1)</script>')}`,
    '?mode=surgeon',
    '?lang=fr',
    '?layers=bones,ghosts',
    '?structure=../../etc/passwd',
    `?side=${encodeURIComponent('💥'.repeat(50))}`,
    '?structure=__proto__',
    '?region=constructor&side=right',
    '?structure=rectus_femoris&side=',
    '?mode=&lang=',
    `?lang=${long}&mode=${long}`,
    '?structure=%E0%A4%A',
    '?structure=RECTUS_FEMORIS',
    '?layers=,,,,x',
    '?region=outside_of_knee&side=middle&kiosk=banana&idle=-1',
    // A right-to-left override would show "gnp.exe" reversed, and hide where the value ends.
    `?structure=${encodeURIComponent('gnp.\u202eexe')}&mode=${encodeURIComponent('\u2066x\u200by')}`,
  ];
}

test.describe('bad links', () => {
  test('each falls back to defaults with a notice, and the page keeps working', async ({ page }) => {
    test.setTimeout(180_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const link of badLinks()) {
      await page.goto(`/${link}`);
      await expect(page.getByTestId('notice'), link).toBeVisible();
      const text = (await page.getByTestId('notice').innerText()) ?? '';
      expect(text.length, link).toBeLessThan(1000);
      expect(text, `${link}: no bidi control or invisible formatting character`).not.toMatch(/\p{Cf}/u);
      await expect(page.getByTestId('structure-femur'), link).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.lang), link).toMatch(/^(en|es)$/);
    }
    expect(errors).toEqual([]);
  });
});

test.describe('security and privacy', () => {
  test('under the strict CSP nothing is blocked and no request leaves the origin', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    // Reduced motion: the camera eases in one step, so the page rests soon even on a loaded machine.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe('ready');
    await waitForIdle(page);
    await page.getByTestId('structure-rectus_femoris').click();
    await page.getByTestId('mode-student').click();
    await page.getByTestId('legend').locator('summary').click();
    await waitForIdle(page);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
