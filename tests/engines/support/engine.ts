import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import puppeteer from 'puppeteer-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
// @ts-expect-error plain ES module without types
import { findEngines } from '../../../scripts/find-engines.mjs';
import type {} from '../../../src/app/testHooks';

export type EngineName = 'webkit' | 'firefox';

/** The little a cross-engine test needs from a page, the same on WebKit (WebDriver) and Firefox (BiDi). */
export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** A pointer press and release at viewport CSS pixels. */
  click(x: number, y: number): Promise<void>;
  clickSelector(selector: string): Promise<void>;
  screenshotPng(): Promise<Buffer>;
  /** Errors the page recorded (window.__explorerErrors, kept by the app for automated browsers). */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface EngineBrowser {
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly webgl: boolean;
  readonly width: number;
  readonly height: number;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });

const recordedErrors = () => window.__explorerErrors ?? [];

/** An X server of our own: WebKitGTK needs a display, and headless Firefox has no WebGL here. */
export async function startXvfb(): Promise<{ display: string; stop(): void }> {
  const { xvfb } = findEngines() as { xvfb: string };
  const child = spawn(xvfb, ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
  return { display, stop: () => child.kill() };
}

async function waitForPort(port: number, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** WebKitGTK's MiniBrowser under WebKitWebDriver (W3C WebDriver classic): the engine of every iPad browser. */
export async function launchWebKit(display: string, options: LaunchOptions): Promise<EngineBrowser> {
  const { webkitDriver, miniBrowser } = findEngines() as { webkitDriver: string; miniBrowser: string };
  const port = await freePort();
  // WebKitGTK reports prefers-reduced-motion from GTK's animation setting: tests want still frames.
  const config = mkdtempSync(join(tmpdir(), 'webkit-config-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
  const driver: ChildProcess = spawn(webkitDriver, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config },
  });
  await waitForPort(port, 10_000);
  const session = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only; WebdriverIO would otherwise ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: miniBrowser,
        args: ['--automation', `--enable-webgl=${options.webgl}`],
      },
    } as WebdriverIO.Capabilities,
  });
  await session.setWindowSize(options.width, options.height);
  let open = false;
  const page: EnginePage = {
    engine: 'webkit',
    async goto(url) {
      await session.url(url);
    },
    async evaluate(fn, arg) {
      // WebdriverIO's typing wants element arguments; ours are plain JSON values.
      const run = session.execute.bind(session) as (f: unknown, a: unknown) => Promise<unknown>;
      return (await run(fn, arg)) as never;
    },
    async click(x, y) {
      await session
        .action('pointer', { parameters: { pointerType: 'mouse' } })
        .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' })
        .down()
        .pause(30)
        .up()
        .perform();
    },
    async clickSelector(selector) {
      await session.$(selector).click();
    },
    async screenshotPng() {
      return Buffer.from(await session.takeScreenshot(), 'base64');
    },
    async errors() {
      return session.execute(recordedErrors);
    },
    async close() {
      open = false;
      // One window per session: clear what a page leaves behind instead of closing it.
      await session.url('about:blank');
    },
  };
  return {
    async newPage() {
      if (open) throw new Error('The WebKit session drives one page at a time.');
      open = true;
      return page;
    },
    async close() {
      await session.deleteSession().catch(() => {});
      driver.kill();
    },
  };
}

/** Firefox ESR over WebDriver BiDi (puppeteer-core), in a window on our X server for WebGL. */
export async function launchFirefox(display: string, options: LaunchOptions): Promise<EngineBrowser> {
  const { firefox } = findEngines() as { firefox: string };
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: false,
    // ESR's BiDi lacks the viewport override puppeteer would send: size the window instead.
    defaultViewport: null,
    args: [`--width=${options.width}`, `--height=${options.height}`],
    env: { ...process.env, DISPLAY: display },
    // Still frames for the tests (no pulse, no easing), as the Chromium suite emulates.
    extraPrefsFirefox: { 'webgl.disabled': !options.webgl, 'ui.prefersReducedMotion': 1 },
  });
  return {
    async newPage() {
      const tab: PuppeteerPage = await browser.newPage();
      return {
        engine: 'firefox',
        async goto(url) {
          await tab.goto(url);
        },
        async evaluate(fn, arg) {
          return (await tab.evaluate(fn as (a: unknown) => unknown, arg)) as never;
        },
        async click(x, y) {
          await tab.mouse.click(x, y);
        },
        async clickSelector(selector) {
          await tab.click(selector);
        },
        async screenshotPng() {
          return Buffer.from(await tab.screenshot({ type: 'png' }));
        },
        async errors() {
          return tab.evaluate(recordedErrors);
        },
        async close() {
          await tab.close();
        },
      };
    },
    async close() {
      await browser.close();
    },
  };
}
