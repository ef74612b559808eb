import { PNG } from 'pngjs';
import { expect } from '@playwright/test';
import type { EnginePage } from './engine';

export const APP = 'http://127.0.0.1:4173';
export const HOST = 'http://127.0.0.1:4174';

const sceneStatus = (page: EnginePage) =>
  page.evaluate(() => window.__explorerStore?.getState().scene.status ?? null);

/** Opens a view of the explorer and waits until the scene has drawn and stopped drawing. */
export async function openExplorer(page: EnginePage, search = '', origin = APP) {
  await page.goto(`${origin}/${search}`);
  await expect
    .poll(() => sceneStatus(page), {
      timeout: 90_000,
      message: 'the scene becomes ready (value: its status)',
    })
    .toBe('ready');
  await waitForIdle(page);
}

/** Drawn, then no new frame for three polls, at full resolution (see tests/e2e/support/scene.ts). */
export async function waitForIdle(page: EnginePage) {
  let last = -1;
  let stable = 0;
  for (let i = 0; i < 200 && stable < 3; i++) {
    const { frames, resting } = await page.evaluate(() => {
      const info = window.__explorerScene?.info();
      return {
        frames: window.__explorerScene?.frames() ?? 0,
        resting: info?.pixelRatio === info?.fullPixelRatio,
      };
    });
    stable = frames > 0 && frames === last && resting ? stable + 1 : 0;
    last = frames;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(stable, 'the scene stops drawing when idle').toBeGreaterThanOrEqual(3);
}

/** Viewport point where a mesh is the front-most thing drawn. */
export async function pointOn(page: EnginePage, nodeName: string) {
  const point = await page.evaluate((name) => {
    const canvas = document.querySelector('.scene canvas');
    const p = window.__explorerScene?.pointOn(name);
    if (!canvas || !p) return null;
    const rect = canvas.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, nodeName);
  if (!point) throw new Error(`${nodeName} is not visible in the scene`);
  return point;
}

export const emphasis = (page: EnginePage) => page.evaluate(() => window.__explorerScene?.emphasis() ?? null);

export const visible = (page: EnginePage, selector: string) =>
  page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  }, selector);

export const textOf = (page: EnginePage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

export interface Pixels {
  readonly width: number;
  readonly height: number;
  at(x: number, y: number): [number, number, number];
}

/** The page as drawn now, decoded (screenshots are in device pixels; the tablet runs at 1×). */
export async function screenshot(page: EnginePage): Promise<Pixels & { png: Buffer }> {
  const png = await page.screenshotPng();
  const image = PNG.sync.read(png);
  return {
    png,
    width: image.width,
    height: image.height,
    at(x, y) {
      const i = (Math.round(y) * image.width + Math.round(x)) * 4;
      return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    },
  };
}

export const colourDistance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
