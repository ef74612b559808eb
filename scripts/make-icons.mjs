// Renders the app icons (PNG) from the same drawing as public/favicon.svg with headless Chromium, so the
// installed app (Android, iPad "Add to Home Screen") has real bitmaps. Run after changing the drawing:
//   node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';

const BACKGROUND = '#10202e';
const FIGURE =
  '<path d="M16 4v9M11 13h10l-2 6h-6zM13 19l-2 10M19 19l2 10" stroke="#ff7a1a" stroke-width="2.5" fill="none" stroke-linecap="round"/>';

/** `padding` shrinks the figure into the safe zone a maskable icon needs (the inner 80 %). */
const svg = (rounded, padding) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
  `<rect width="32" height="32" rx="${rounded ? 6 : 0}" fill="${BACKGROUND}"/>` +
  `<g transform="translate(${padding} ${padding}) scale(${(32 - 2 * padding) / 32})">${FIGURE}</g></svg>`;

const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, svg: svg(true, 0) },
  { file: 'public/icons/icon-512.png', size: 512, svg: svg(true, 0) },
  { file: 'public/icons/maskable-512.png', size: 512, svg: svg(false, 4) },
  // iOS draws its own rounded corners and ignores transparency: full square, a little margin.
  { file: 'public/icons/apple-touch-icon-180.png', size: 180, svg: svg(false, 2) },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const icon of ICONS) {
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img src="data:image/svg+xml,${encodeURIComponent(icon.svg)}" width="${icon.size}" height="${icon.size}" style="display:block">` +
      `</body></html>`,
  );
  await page.screenshot({ path: icon.file, omitBackground: true });
  console.log(`${icon.file} (${icon.size}×${icon.size})`);
}
await browser.close();
