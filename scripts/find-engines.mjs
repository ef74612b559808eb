// Finds WebKit (WebKitGTK's WebKitWebDriver + MiniBrowser), Firefox ESR and Xvfb for the cross-engine tests,
// or installs Debian's packages as root, or says exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = {
  webkitDriver: ['/usr/bin/WebKitWebDriver'],
  miniBrowser: [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  xvfb: ['/usr/bin/Xvfb'],
  // The handout test reads the printed PDF: its page count and text (tests/e2e/takeHome.spec.ts).
  pdftotext: ['/usr/bin/pdftotext'],
  pdfinfo: ['/usr/bin/pdfinfo'],
};
const PACKAGES = 'webkit2gtk-driver firefox-esr xvfb poppler-utils';

const look = () =>
  Object.fromEntries(
    Object.entries(CANDIDATES).map(([key, paths]) => [key, paths.find((p) => existsSync(p)) ?? null]),
  );
const missing = (found) => Object.keys(found).filter((key) => !found[key]);

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`[engines] installing Debian packages with apt-get (once): ${PACKAGES}`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES}`, {
      stdio: 'inherit',
    });
    return true;
  } catch {
    return false;
  }
}

/** Paths of the engines' binaries; throws with what to install when one cannot be had. */
export function findEngines() {
  let found = look();
  if (missing(found).length > 0 && installWithApt()) found = look();
  const absent = missing(found);
  if (absent.length > 0)
    throw new Error(
      `The WebKit and Firefox end-to-end tests (and the printed handout's) need ${absent.join(', ')}. Install them with:\n` +
        `  sudo apt-get install -y ${PACKAGES}\n` +
        '(Debian/Ubuntu; WebKit is WebKitGTK driven by WebKitWebDriver, Firefox is driven over WebDriver BiDi).',
    );
  return found;
}
