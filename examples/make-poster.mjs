// Makes public/poster.png, the still image <pain-explorer> shows before the explorer loads: the start view
// of the 3D scene, with its buttons hidden. Needs `npx vite build` and `npm run preview` (port 4173).
// Usage: node examples/make-poster.mjs
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const APP = process.env.APP_URL ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1100, height: 480 }, deviceScaleFactor: 1 });
await page.goto(new URL('embed.html', APP).href);
await page.waitForFunction(() => window.__explorerStore?.getState().scene.status === 'ready', null, {
  timeout: 120_000,
});
await page.evaluate(() => {
  for (const el of document.querySelectorAll('.scene-toolbar, .legend, .hover-label'))
    el.style.display = 'none';
});
await page.waitForTimeout(1500); // let the camera settle
await page.locator('.scene canvas').screenshot({ path: 'public/poster.png' });
await browser.close();
console.log('wrote public/poster.png');
