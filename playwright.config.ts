import { readdirSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import type { EngineOptions } from './tests/engines/support/fixtures';
// @ts-expect-error plain ES module without types
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const PORT = 4173;
/**
 * The test browser draws WebGL without multisampling (the app still asks for antialiasing, as on any device):
 * on software GL a frame's cost is mostly per-sample rasterization, so 4x MSAA made every frame ~3x dearer
 * (~220 against ~65 ms for the start view, 900x640) and the end-to-end run ~850 s on two cores. The benchmark
 * and the docs' screenshots (`npm run docs:screenshots`) keep it: they show or time what a visitor sees.
 */
const E2E_CHROMIUM_ARGS: string[] = process.env.DOC_SCREENSHOTS
  ? CHROMIUM_ARGS
  : [...CHROMIUM_ARGS, '--webgl-msaa-sample-count=0'];
/** `npm start` (the README's first command) serves here; the dev-server spec runs against it. */
const DEV_PORT = 5173;
const SPEC_GROUPS = [
  ['a11y', 'embed', 'install', 'listView', 'robustness', 'searchCombobox'],
  ['keyboardCanvas', 'scene', 'spanish', 'study', 'grades'],
  ['tour', 'visual', 'webgl', 'adaptiveResolution', 'touch'],
  ['tablet', 'hosting'],
  ['devServer'],
  ['visit', 'takeHome'],
];
// A new spec must join a group, or it would silently not run.
const ungrouped = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.spec.ts'))
  .filter((f) => !SPEC_GROUPS.flat().includes(f.replace('.spec.ts', '')));
if (ungrouped.length > 0) throw new Error(`playwright.config.ts: add ${ungrouped.join(', ')} to SPEC_GROUPS`);

export default defineConfig<EngineOptions>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  timeout: 90_000,
  expect: { timeout: 30_000, toHaveScreenshot: { maxDiffPixelRatio: 0.02, threshold: 0.25 } },
  fullyParallel: false,
  workers: 1,
  // Software WebGL on 2 shared cores can stall a page load now and then; a retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 900, height: 640 },
    launchOptions: { executablePath: findChromium() as string, args: E2E_CHROMIUM_ARGS },
    // No service worker unless a test asks for one (the offline tests: tablet.spec, hosting.spec): its
    // precache of the app and both model files would compete with every test's own page on two cores.
    serviceWorkers: 'block',
    trace: 'off',
  },
  // Groups of specs, each in a fresh worker and browser: over some 45 WebGL pages in one browser, software
  // rendering slows down until a page load stalls for a minute. The tablet specs (mobile emulation, touch,
  // a service worker) get a browser of their own: pages opened after them in one browser ran 3-10x slower (the
  // touch spec's pinch: 43 s after them, 15 s before them).
  projects: [
    ...SPEC_GROUPS.map((specs, i) => ({
      name: `chromium-${i + 1}`,
      testMatch: specs.map((spec) => `${spec}.spec.ts`),
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 900, height: 640 },
        ...(specs.includes('devServer') ? { baseURL: `http://127.0.0.1:${DEV_PORT}` } : {}),
      },
    })),
    // WebKit (WebKitGTK under WebKitWebDriver) and Gecko (Firefox ESR over WebDriver BiDi): the engines of
    // iPads and Firefox, driven by tests/engines/support (Playwright's own WebKit/Firefox builds cannot be
    // downloaded here, and Debian's browsers speak WebDriver only).
    ...(['webkit', 'firefox'] as const).map((engineName) => ({
      name: engineName,
      testDir: 'tests/engines',
      use: { engineName },
    })),
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Exactly the README's command, so the test sees what a new user sees.
      command: `npm start -- --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A second origin for the embedding tests: the example host pages (examples/serve.mjs).
      command: 'node examples/serve.mjs 4174',
      url: 'http://127.0.0.1:4174/article.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
