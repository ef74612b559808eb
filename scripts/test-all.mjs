// `npm test`: every check in one run. Each step runs even if an earlier one failed (except e2e, which
// needs the build), and the last line is the total as `N passed, N failed` for CI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

let passed = 0;
let failed = 0;
const summary = [];

const since = (started) => ((Date.now() - started) / 1000).toFixed(1);

function report(label, status, seconds) {
  summary.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
  return status === 0;
}

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return report(label, status, since(started));
}

/** Runs a step with its output held back, and prints it whole once the step ends (beside another step). */
function runHeld(label, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      console.log(`\n=== ${label}: ${command} ${args.join(' ')}\n${Buffer.concat(output).toString()}`);
      resolve({ label, status, seconds: since(started) });
    });
  });
}

/** A check without its own test count counts as one test. */
function count(ok) {
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

/** A test runner's own counts replace the step's; a runner that wrote no report counts as one failure. */
function countReport(file, read) {
  if (!existsSync(file)) {
    failed += 1;
    return;
  }
  const counts = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
}

// The static checks (one core each, one after another) and the model tests that build their own meshes
// (vite.config.ts) run beside the app's and the model's unit tests, which take one core for minutes (one
// process, file after file; vitest runs them in one worker on two cores).
const VITEST_JSON_OWN = 'test-results/vitest-own-builds.json';
rmSync(VITEST_JSON_OWN, { force: true });
const vitest = (json, projects) => [
  'vitest',
  'run',
  ...projects.flatMap((project) => ['--project', project]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${json}`,
];
const beside = Promise.all([
  (async () => {
    const done = [];
    done.push(await runHeld('typecheck', 'npx', ['tsc', '-b']));
    done.push(await runHeld('lint', 'npx', ['eslint', '.', '--max-warnings=0']));
    done.push(await runHeld('format', 'npx', ['prettier', '--check', '.']));
    return done;
  })(),
  runHeld('unit (model-own-builds)', 'npx', vitest(VITEST_JSON_OWN, ['model-own-builds'])),
]);
const unitStarted = Date.now();
console.log(`\n=== unit (app, model): npx ${vitest(VITEST_JSON, ['app', 'model']).join(' ')}`);
const unitStatus = await new Promise((resolve) =>
  spawn('npx', vitest(VITEST_JSON, ['app', 'model']), { stdio: 'inherit' }).on('close', resolve),
);
const unitSeconds = since(unitStarted);
const [staticChecks, ownBuilds] = await beside;
for (const { label, status, seconds } of staticChecks) count(report(label, status, seconds));
report('unit (app, model)', unitStatus, unitSeconds);
report(ownBuilds.label, ownBuilds.status, ownBuilds.seconds);
for (const json of [VITEST_JSON, VITEST_JSON_OWN])
  countReport(json, (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.success ? 0 : r.numFailedTestSuites),
  }));

/**
 * `npm audit` of the production dependencies, high or critical fails. The audit needs the registry: where
 * it cannot be reached (offline CI, a proxy without the advisories endpoint) the step reports that and
 * counts neither way, so a network outage never fails the suite, while a real finding always does.
 */
function audit() {
  console.log('\n=== audit: npm audit --audit-level=high --omit=dev');
  const { stdout } = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  let report;
  try {
    report = JSON.parse(stdout ?? '');
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.message ?? report?.error?.summary ?? 'no answer';
    console.log(`[audit] the registry's audit service is unreachable (${why}); not counted.`);
    summary.push('n/a  audit (registry unreachable; not counted)');
    return;
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`[audit] ${JSON.stringify(counts)}`);
  summary.push(`${serious === 0 ? 'ok  ' : 'FAIL'} audit (${serious} high or critical)`);
  if (serious === 0) passed += 1;
  else failed += 1;
}
audit();

// The clinic's public address that "Take this home" puts in its QR code, set at build time (README, "Take
// this home"). The tests' build points it at the test server, so a decoded QR code can be opened there.
process.env.VITE_PUBLIC_BASE_URL = 'http://127.0.0.1:4173/';
const built = count(run('build', 'npx', ['vite', 'build']));
if (built) {
  run('e2e', 'node', ['scripts/run-e2e.mjs']);
  countReport(PLAYWRIGHT_JSON, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (r.errors?.length ?? 0),
  }));
} else {
  failed += 1;
  summary.push('FAIL e2e (skipped: the build failed)');
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
