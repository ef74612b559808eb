// Runs the Playwright end-to-end tests against the production build, with a Chromium found or installed first.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let executable;
try {
  executable = findChromium();
} catch (error) {
  console.error(`\n[e2e] ${error.message}\n`);
  process.exit(1);
}
console.log(`[e2e] Chromium: ${executable}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: executable },
});
process.exit(result.status ?? 1);
