import { expect, test as base } from '@playwright/test';
import { launchFirefox, launchWebKit, startXvfb } from './engine';
import type { EngineBrowser, EngineName, EnginePage } from './engine';

export { expect };

export interface EngineOptions {
  engineName: EngineName;
  /** false launches the engine with WebGL switched off (the list-view fallback). */
  webgl: boolean;
}

/** The size of an iPad Air in landscape (CSS px): the clinic tablet. */
export const TABLET = { width: 1180, height: 820 };

/**
 * One engine per worker (a browser launch costs 5–20 s under software rendering), a fresh page per test.
 * A test fails on any error the page recorded, across every document it opened.
 */
export const test = base.extend<{ enginePage: EnginePage }, EngineOptions & { engineBrowser: EngineBrowser }>(
  {
    engineName: ['webkit', { scope: 'worker', option: true }],
    webgl: [true, { scope: 'worker', option: true }],
    engineBrowser: [
      async ({ engineName, webgl }, provide) => {
        const x = await startXvfb();
        const launch = engineName === 'webkit' ? launchWebKit : launchFirefox;
        const browser = await launch(x.display, { webgl, ...TABLET });
        await provide(browser);
        await browser.close();
        x.stop();
      },
      { scope: 'worker', timeout: 120_000 },
    ],
    enginePage: async ({ engineBrowser }, provide, testInfo) => {
      const page = await engineBrowser.newPage();
      const errors: string[] = [];
      let opened = false;
      const collect = async () => {
        if (opened) errors.push(...(await page.errors().catch(() => [])));
      };
      const checked: EnginePage = {
        ...page,
        async goto(url) {
          await collect();
          await page.goto(url);
          opened = true;
        },
      };
      await provide(checked);
      await collect();
      await page.close();
      if (testInfo.status === testInfo.expectedStatus)
        expect(errors, 'no console error or page error during the test').toEqual([]);
    },
  },
);
