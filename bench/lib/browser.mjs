// Launching Chromium for the benchmark: the project's finder and flags, with the software-GL flags
// droppable (BENCH_GPU=1) so the same script runs on a machine with a real GPU.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

const SOFTWARE_GL = new Set(['--use-angle=swiftshader', '--enable-unsafe-swiftshader']);

/** Flags for every page in the run; frame-rate uncapped so frame times show cost, not the 60 Hz clock. */
export function benchArgs(env = process.env) {
  const gpu = env.BENCH_GPU === '1';
  const base = CHROMIUM_ARGS.filter((a) => !(gpu && SOFTWARE_GL.has(a)));
  const extra = (env.BENCH_CHROMIUM_ARGS ?? '').split(/\s+/).filter(Boolean);
  return [
    ...base,
    // Nothing but the local server is reachable: a page that tries a CDN fails loudly instead of waiting.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ...extra,
  ];
}

export async function launch() {
  const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
  const args = benchArgs();
  const browser = await chromium.launch({ executablePath, args });
  return { browser, executablePath, args, version: browser.version() };
}

/** A fresh context (empty cache, no service workers) with the viewport the e2e tests use. */
export function freshContext(browser, options = {}) {
  return browser.newContext({ viewport: { width: 900, height: 640 }, serviceWorkers: 'block', ...options });
}
