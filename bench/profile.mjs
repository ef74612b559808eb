// `npm run bench:profile`: where the explorer's bytes and time go. The initial JS by source (through the
// build's source maps); one cold load (navigation to the first frame that draws the model) and one orbit, each
// recorded with a Chromium trace (every process) and a V8 CPU profile of the page, summarised by source file.
// Prints the summary and writes it with the raw profiles to node_modules/.cache/bench-profile/ (open the
// .cpuprofile or trace.json in Chromium's DevTools Performance panel). See bench/README.md, "Where the time
// goes".
//
// --bytes: the initial JS by source only (no browser).
// Env: as run.mjs (BENCH_GPU, BENCH_CHROMIUM_ARGS, CHROMIUM_PATH, BENCH_SKIP_BUILD); PROFILE_PAGE=model-viewer
// or three profiles a comparison page's cold load instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshContext, launch } from './lib/browser.mjs';
import { initialJs } from './lib/bundleSize.mjs';
import { installFrameProbe } from './lib/frameProbe.mjs';
import { glbStats } from './lib/glbStats.mjs';
import { startServer } from './lib/server.mjs';
import { orbitInPage } from './lib/orbit.mjs';
import { EXPLORER, MODEL_VIEWER, THREE_PAGE, explorerStartView } from './lib/pages.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'bench-profile');
const APP = join(OUT, 'app');
const env = process.env;

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink',
  'gpu',
  'toplevel',
  'loading',
];

function build() {
  if (env.BENCH_SKIP_BUILD === '1' && existsSync(join(APP, 'index.html'))) return;
  // Source maps, so the profile names source files instead of minified chunks; the manifest, for initial JS.
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', APP, '--emptyOutDir', '--sourcemap', '--manifest', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Maps a (chunk URL, line, column) of the built app back to its source file, by the chunk's source map. */
function sourceMapper() {
  const maps = new Map();
  const mapOf = (url) => {
    if (!maps.has(url)) {
      const path = new URL(url).pathname;
      const file = path.startsWith('/app/') ? join(APP, path.slice(5)) : null;
      const mapFile = file && `${file}.map`;
      maps.set(url, mapFile && existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile))) : null);
    }
    return maps.get(url);
  };
  return (url, line, column) => {
    if (!url) return '(native)';
    const map = url.startsWith('http') ? mapOf(url) : null;
    if (!map) return url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    const entry = map.findEntry(line, column);
    const source = entry?.originalSource ?? url;
    return source
      .replace(/^.*node_modules\//, '')
      .replace(/^(\.\.\/)+/, '')
      .replace(/^.*?\/src\//, 'src/')
      .replace(/^(three\/examples\/jsm|three\/src)\/.*\/([^/]+)$/, '$1/…/$2');
  };
}

/** A source path as the summaries show it: the package, or src/<folder>/<file>. */
const shortSource = (source) => {
  // Sources are relative to the chunk, which lies inside node_modules/.cache: strip the climb out of it.
  const path = source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  if (path.startsWith('src/')) return path.replace(/^(src\/[^/]+\/[^/]+)\/.*$/, '$1/');
  return path.replace(/^((@[^/]+\/)?[^/]+).*$/, '$1');
};

/**
 * Minified bytes of the initial JS by source (package, or file under src/), through the source maps: each
 * character is charged to the source its nearest mapping names (sampled every 8 characters). Gzip is
 * estimated as each source's share of its chunk's gzip size.
 */
function initialJsBySource() {
  const js = initialJs(APP);
  const bySource = new Map();
  for (const { file, gzipBytes } of js.files) {
    const code = readFileSync(join(APP, file), 'utf8');
    const mapFile = join(APP, `${file}.map`);
    const map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
    const counts = new Map();
    code.split('\n').forEach((line, l) => {
      for (let c = 0; c < line.length; c += 8) {
        const source = map?.findEntry(l, c)?.originalSource;
        const key = source ? shortSource(source) : '(unmapped)';
        counts.set(key, (counts.get(key) ?? 0) + Math.min(8, line.length - c));
      }
    });
    for (const [key, bytes] of counts) {
      const row = bySource.get(key) ?? { bytes: 0, gzipBytes: 0 };
      row.bytes += bytes;
      row.gzipBytes += (gzipBytes * bytes) / code.length;
      bySource.set(key, row);
    }
  }
  const rows = [...bySource]
    .map(([name, r]) => ({ name, bytes: r.bytes, gzipBytes: Math.round(r.gzipBytes) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { gzipBytes: js.gzipBytes, files: js.files.map((f) => f.file), bySource: rows };
}

/** Self time (ms) per source file and per function from a V8 CPU profile. */
function summariseProfile(profile, sourceOf) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const byFile = new Map();
  const byFunction = new Map();
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    const file = sourceOf(callFrame.url, callFrame.lineNumber, callFrame.columnNumber);
    const fn = `${callFrame.functionName || '(anonymous)'} ${file}`;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { totalMs: Math.round(total), byFile: top(byFile, 25), byFunction: top(byFunction, 25) };
}

/** Busy time per process and thread, and the costliest event names on the page's and the GPU's main threads. */
function summariseTrace(events, fromUs, toUs) {
  const names = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') names.set(`p${e.pid}`, e.args.name);
    if (e.name === 'thread_name') names.set(`t${e.pid}:${e.tid}`, e.args.name);
  }
  const within = events
    .filter((e) => e.ph === 'X' && e.ts >= fromUs && e.ts <= toUs && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const busy = new Map();
  const busyUntil = new Map();
  const byName = new Map();
  for (const e of within) {
    const thread = `${names.get(`p${e.pid}`) ?? e.pid} / ${names.get(`t${e.pid}:${e.tid}`) ?? e.tid}`;
    // Busy time is the union of the thread's events, so nested events are not counted twice.
    const until = busyUntil.get(thread) ?? 0;
    const end = e.ts + e.dur;
    if (end > until) {
      busy.set(thread, (busy.get(thread) ?? 0) + (end - Math.max(until, e.ts)) / 1000);
      busyUntil.set(thread, end);
    }
    if (!/CrRendererMain|CrGpuMain/.test(thread)) continue;
    const key = `${thread.includes('Gpu') ? 'GPU' : 'page'}: ${e.name}`;
    byName.set(key, (byName.get(key) ?? 0) + e.dur / 1000);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  return { wallMs: Math.round((toUs - fromUs) / 1000), busyByThread: top(busy, 12), events: top(byName, 30) };
}

async function record(browser, page, cdp, action) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  const span = await action();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  return { profile, trace, span };
}

function printSummary(title, summary) {
  console.log(`\n## ${title}: ${summary.trace.wallMs} ms wall\n`);
  console.log('Busy threads (ms):');
  for (const r of summary.trace.busyByThread) console.log(`  ${String(r.ms).padStart(6)}  ${r.name}`);
  console.log(`JavaScript self time by source (ms, of ${summary.js.totalMs} sampled):`);
  for (const r of summary.js.byFile.slice(0, 18)) console.log(`  ${String(r.ms).padStart(6)}  ${r.name}`);
  console.log('Costliest functions (ms):');
  for (const r of summary.js.byFunction.slice(0, 15)) console.log(`  ${String(r.ms).padStart(6)}  ${r.name}`);
  console.log('Trace events on the main threads (ms, nested events overlap):');
  for (const r of summary.trace.events.slice(0, 22)) console.log(`  ${String(r.ms).padStart(6)}  ${r.name}`);
}

async function main() {
  build();
  mkdirSync(OUT, { recursive: true });
  const bytes = initialJsBySource();
  console.log(`## Initial JS: ${bytes.gzipBytes} B gzip (${bytes.files.join(', ')})\n`);
  console.log('Largest sources (minified B, estimated gzip B):');
  for (const r of bytes.bySource.slice(0, 25))
    console.log(`  ${String(r.bytes).padStart(8)} ${String(r.gzipBytes).padStart(7)}  ${r.name}`);
  if (process.argv.includes('--bytes')) return;

  const glb = glbStats(join(APP, 'models', 'lower-body.glb'));
  const minTriangles = Math.round(glb.triangles / 4);
  const server = await startServer({
    '/app/': APP,
    '/bench/pages/': join(BENCH, 'pages'),
    '/node_modules/three/': join(ROOT, 'node_modules', 'three'),
    '/node_modules/@google/model-viewer/dist/': join(ROOT, 'node_modules', '@google', 'model-viewer', 'dist'),
    '/node_modules/meshoptimizer/': join(ROOT, 'node_modules', 'meshoptimizer'),
  });
  const { browser, version } = await launch();
  const sourceOf = sourceMapper();
  const pagePath = { 'model-viewer': MODEL_VIEWER, three: THREE_PAGE }[env.PROFILE_PAGE] ?? EXPLORER;
  const result = { browser: version, page: pagePath, initialJs: bytes };
  try {
    // The browser's first WebGL context starts the GPU process (seconds on software GL); the bench's cold
    // loads all but the first find it running, so the profiled load should too.
    const warm = await freshContext(browser);
    await (await warm.newPage()).evaluate(() => document.createElement('canvas').getContext('webgl2'));
    await warm.close();
    const context = await freshContext(browser);
    await context.addInitScript(installFrameProbe, { minTriangles });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Trace timestamps and performance.now() share no origin: bracket the span with marks in both.
    const load = await record(browser, page, cdp, async () => {
      await page.goto(server.origin + pagePath);
      await page.waitForFunction(() => window.__benchProbe?.firstFrameAt != null, null, { timeout: 120_000 });
      return page.evaluate(() => ({ firstFrameMs: window.__benchProbe.firstFrameAt }));
    });
    const navStart = load.trace.traceEvents.find((e) => e.name === 'navigationStart')?.ts;
    const from = navStart ?? load.profile.startTime;
    result.load = {
      firstFrameMs: Math.round(load.span.firstFrameMs),
      js: summariseProfile(load.profile, sourceOf),
      trace: summariseTrace(load.trace.traceEvents, from, from + load.span.firstFrameMs * 1000),
    };
    writeFileSync(join(OUT, 'load.cpuprofile'), JSON.stringify(load.profile));
    writeFileSync(join(OUT, 'load.trace.json'), JSON.stringify(load.trace));
    printSummary(`Cold load to first frame (${pagePath})`, result.load);

    if (pagePath === EXPLORER) {
      await explorerStartView(page);
      const orbit = await record(browser, page, cdp, async () => {
        const t0 = Date.now();
        const run = await page.evaluate(orbitInPage, {
          frames: 8,
          warmup: 2,
          hookName: '__explorerScene',
        });
        return { ...run, ms: Date.now() - t0 };
      });
      const start = orbit.profile.startTime;
      result.orbit = {
        frames: orbit.span.frames,
        js: summariseProfile(orbit.profile, sourceOf),
        trace: summariseTrace(orbit.trace.traceEvents, start, orbit.profile.endTime),
      };
      writeFileSync(join(OUT, 'orbit.cpuprofile'), JSON.stringify(orbit.profile));
      writeFileSync(join(OUT, 'orbit.trace.json'), JSON.stringify(orbit.trace));
      printSummary(`Orbit, ${orbit.span.frames} frames`, result.orbit);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(OUT, 'summary.json'), JSON.stringify(result, null, 2));
  console.log(`\nwrote ${join(OUT, 'summary.json').slice(ROOT.length + 1)} with the raw profiles beside it`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
