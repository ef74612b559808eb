// Runs the Playwright end-to-end tests against the production build, in Chromium, WebKit and Firefox, with
// the browsers found or installed first.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { findEngines } from './find-engines.mjs';

let executable;
try {
  executable = findChromium();
} catch (error) {
  console.error(`\n[e2e] ${error.message}\n`);
  process.exit(1);
}
console.log(`[e2e] Chromium: ${executable}`);
// WebKit and Firefox: found or installed here once; if they cannot be had, their tests fail with this message.
try {
  const engines = findEngines();
  console.log(`[e2e] WebKit: ${engines.miniBrowser}; Firefox: ${engines.firefox}; Xvfb: ${engines.xvfb}`);
} catch (error) {
  console.error(`\n[e2e] ${error.message}\n`);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: executable },
});
process.exit(result.status ?? 1);
