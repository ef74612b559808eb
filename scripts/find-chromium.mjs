// Finds a Chromium for the end-to-end tests, or installs Debian's, or stops with a message saying what to do.
// Order: an explicit path (CHROMIUM_PATH), Playwright's own download, a system Chromium, then apt-get as root.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function system() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? null;
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return null;
  console.log('[e2e] No Chromium found: installing Debian chromium with apt-get (once)...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    return null;
  }
  return system();
}

export function findChromium() {
  const found = playwrightOwn() ?? system() ?? installWithApt();
  if (!found) {
    throw new Error(
      'No Chromium for the end-to-end tests. Install one of:\n' +
        '  - Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  - Playwright:    npx playwright install chromium\n' +
        'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
  }
  return found;
}

/** Flags that give headless Chromium software WebGL (SwiftShader) and keep it off the network. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
