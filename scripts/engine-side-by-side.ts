// The iPad-sized view in Chromium (left) and WebKit (right), side by side, for docs/engines.md.
// Needs a build served by `npm run preview` (port 4173):  npx tsx scripts/engine-side-by-side.ts
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { launchWebKit, startXvfb } from '../tests/engines/support/engine';
import { chromium } from '@playwright/test';
const url = 'http://127.0.0.1:4173/?structure=rectus_femoris&side=right';
const waitReady = async (ev: (f: () => unknown) => Promise<unknown>) => {
  for (let i = 0; i < 120; i++) {
    if ((await ev(() => window.__explorerStore?.getState().scene.status)) === 'ready') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 3000));
};
const x = await startXvfb();
const b = await launchWebKit(x.display, { webgl: true, width: 1180, height: 820 });
const p = await b.newPage();
await p.goto(url);
await waitReady((f) => p.evaluate(f));
const vw = await p.evaluate(() => ({ width: innerWidth, height: innerHeight }));
const wk = PNG.sync.read(await p.screenshotPng());
await b.close();
x.stop();
const c = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const cp = await c.newPage({ viewport: vw, reducedMotion: 'reduce' });
await cp.goto(url);
await waitReady((f) => cp.evaluate(f));
const ch = PNG.sync.read(await cp.screenshot());
await c.close();
const out = new PNG({ width: wk.width + ch.width + 10, height: Math.max(wk.height, ch.height) });
PNG.bitblt(ch, out, 0, 0, ch.width, ch.height, 0, 0);
PNG.bitblt(wk, out, 0, 0, wk.width, wk.height, ch.width + 10, 0);
writeFileSync('docs/engines/tablet-chromium-vs-webkit.png', PNG.sync.write(out));
console.log('viewport', vw, 'wk', wk.width, wk.height, 'ch', ch.width, ch.height);
