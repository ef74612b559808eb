/**
 * "Take this home" on the clinic tablet's viewport, as a new user does it: mark the right side of the hip
 * and the right outside of the knee, open Take this home, scan the QR code (decoded here from a
 * screenshot) back to the same view, and print the handout: one page, with the article's words.
 *
 * The build under test is given VITE_PUBLIC_BASE_URL=http://127.0.0.1:4173/ (scripts/test-all.mjs), the
 * test server itself, so the decoded link can be opened here.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { REGION_IDS, SIDES } from '../../src/content/ids';
import { expect, test, type Page } from './support/test';
import { openScene, pagePointOn, waitForIdle } from './support/scene';
import type { Locator } from '@playwright/test';

test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

const BASE = 'http://127.0.0.1:4173/';
const HIP_AND_KNEE = 'hurts=side_of_hip:right,outside_of_knee:right';

const tapOn = async (page: Page, node: string) => {
  const { x, y } = await pagePointOn(page, node);
  await page.touchscreen.tap(x, y);
};

/** What a phone's camera reads: the code as drawn on screen, decoded from a screenshot. */
async function scan(code: Locator): Promise<string | null> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** WCAG 2.2 A and AA (as the accessibility suite checks), on the Take this home panel. */
async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="take-home"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    what,
  ).toEqual([]);
}

/** Prints the page to PDF as the browser's print does; returns the file, its page count and its text. */
async function printToPdf(page: Page, file: string, format: 'A4' | 'Letter') {
  writeFileSync(file, await page.pdf({ format }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, text };
}

test.describe('take this home', () => {
  test('the QR code scans back to the same view, and the handout prints on one page', async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    await openScene(page);
    await page.getByTestId('where-does-it-hurt').tap();
    await waitForIdle(page);
    await tapOn(page, 'side_of_hip_r');
    await expect(page.getByTestId('mark-side_of_hip-right')).toBeVisible();
    await waitForIdle(page);
    await tapOn(page, 'outside_of_knee_r');
    const first = page.getByTestId('connectors').locator('.connector').first();
    await expect(first).toHaveAttribute('data-testid', 'connector-iliotibial_band-right');
    await expect(first.getByTestId('link-side_of_hip-right')).toHaveAttribute('data-claims', 'H3,K1');
    await waitForIdle(page);

    // Take this home: a QR code of this view on the clinic's site, made on the tablet.
    const open = page.getByTestId('take-home-open');
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    const box = await open.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48); // a big touch target
    await open.tap();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const qr = page.getByTestId('take-home-qr');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('aria-label', 'QR code of the link to this view');
    const link = `${BASE}?${HIP_AND_KNEE}`;
    expect(await scan(qr)).toBe(link);
    await expect(page.getByTestId('take-home-link')).toHaveText(link);
    await page.getByTestId('take-home').screenshot({ path: testInfo.outputPath('take-home-en.png') });

    // Print a handout: a fresh picture of the view goes into the page, then the browser prints it.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.getByTestId('take-home-print').tap();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(page.getByTestId('handout-view')).toHaveAttribute('src', /^data:image\/jpeg;base64,/);

    // The printed page: one A4 page (and one Letter page), with what was marked, the article's words with
    // their claim ids, the plain explanations, the red flags, the disclaimer, the date.
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, testInfo.outputPath(`handout-en-${format}.pdf`), format);
      expect(pages, format).toBe(1);
      expect(text).toContain('On the right: side of the hip and outside of the knee.');
      expect(text).toContain(
        'Tightness of the iliotibial band can manifest as hip problems and cause pain to the outside of the knee.',
      );
      expect(text).toContain('Hip pain can also originate from a tightness of the iliotibial band');
      expect(text).toMatch(/H3 .*K1 /);
      expect(text).toContain('When to get urgent care');
      expect(text).toContain('It does not diagnose.');
      expect(text).toContain('Source: “What Causes Hip, Knee, And Back Pain?”');
      expect(text).toContain('In plain words');
      expect(text).toContain(
        `Printed on ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date())}`,
      );
    }
    // In print, the handout is all there is; the QR code on it reads back to the same link.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('handout')).toBeVisible();
    await expect(page.locator('.layout')).toBeHidden();
    expect(await scan(page.getByTestId('handout-qr'))).toBe(link);
    await page.screenshot({ path: testInfo.outputPath('handout-print-media.png'), fullPage: true });
    await page.emulateMedia({ media: null }); // page.pdf() prints with screen styles under 'screen'

    // In Spanish: the panel, its code (now with the language) and the handout.
    await page.getByTestId('lang-es').tap();
    await expect(open).toHaveText('Llévelo a casa');
    const linkEs = `${BASE}?lang=es&${HIP_AND_KNEE}`;
    await expect.poll(() => scan(qr)).toBe(linkEs);
    await page.getByTestId('take-home').screenshot({ path: testInfo.outputPath('take-home-es.png') });
    const es = await printToPdf(page, testInfo.outputPath('handout-es-A4.pdf'), 'A4');
    expect(es.pages).toBe(1);
    expect(es.text).toContain('Del lado derecho');
    expect(es.text).toContain('Cuándo buscar atención urgente');
    expect(es.text).toContain('No hace diagnósticos.');
    expect(es.text).toContain('Fuente:');
    expect(es.text).toContain('Tightness of the iliotibial band can manifest');

    // The scanned link, opened: the same marks, the same first connection, in Spanish.
    await page.goto(linkEs);
    await expect(page.getByTestId('mark-side_of_hip-right')).toBeVisible();
    await expect(page.getByTestId('mark-outside_of_knee-right')).toBeVisible();
    await expect(page.getByTestId('connector-iliotibial_band-right')).toHaveAttribute('data-rank', '1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('share where the browser can, copy the link where it cannot', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?${HIP_AND_KNEE}`);
    await page.getByTestId('take-home-open').tap();
    await expect(page.getByTestId('take-home-share')).toHaveCount(0);
    await page.getByTestId('take-home-copy').tap();
    await expect(page.getByTestId('take-home-copied')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE}?${HIP_AND_KNEE}`);

    await page.addInitScript(() => {
      const shared: unknown[] = [];
      (window as unknown as { shared: unknown[] }).shared = shared;
      navigator.share = async (data) => {
        shared.push(data);
      };
    });
    await page.reload();
    await page.getByTestId('take-home-open').tap();
    await expect(page.getByTestId('take-home-copy')).toHaveCount(0);
    await page.getByTestId('take-home-share').tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared))
      .toEqual([expect.objectContaining({ url: `${BASE}?${HIP_AND_KNEE}` })]);
  });

  test('on a kiosk: the code and print only, nothing that opens another page', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.share = async () => {
        throw new Error('a kiosk must not open the share sheet');
      };
    });
    await page.goto(`/?kiosk=1&${HIP_AND_KNEE}`);
    await page.getByTestId('take-home-open').tap();
    // The kiosk's own settings are the tablet's: they stay out of the link a patient takes home.
    await expect(page.getByTestId('take-home-link')).toHaveText(`${BASE}?${HIP_AND_KNEE}`);
    expect(await scan(page.getByTestId('take-home-qr'))).toBe(`${BASE}?${HIP_AND_KNEE}`);
    await expect(page.getByTestId('take-home-print')).toBeVisible();
    await expect(page.getByTestId('take-home-share')).toHaveCount(0);
    await expect(page.getByTestId('take-home-copy')).toHaveCount(0);
    await expect(page.getByTestId('take-home-panel').locator('a')).toHaveCount(0);
    await expectAccessible(page, 'kiosk panel with its code');
  });

  test('a link too long for a readable code is refused with a message, and print is still offered', async ({
    page,
  }) => {
    const everywhere = REGION_IDS.flatMap((region) => SIDES.map((side) => `${region}:${side}`)).join(',');
    await page.goto(`/?hurts=${everywhere}`);
    await page.getByTestId('take-home-open').tap();
    await expect(page.getByTestId('take-home-qr')).toHaveCount(0);
    await expect(page.getByTestId('take-home-why')).toContainText('its link is too long');
    await expect(page.getByTestId('take-home-print')).toBeVisible();
    await expect(page.getByTestId('handout-qr')).toHaveCount(0);
    await expectAccessible(page, 'panel with the refusal');
  });
});
