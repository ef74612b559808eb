// `npm run bench [-- --quick]`: builds the app, serves it with the comparison pages from one local server,
// measures (sizes; first frame vs <model-viewer> and orbit vs bare three.js, on the shipped GLB and on one
// with twice the meshes; tap -> highlight; memory soak) and writes bench/results/latest.json and latest.md.
// See bench/README.md. Not part of `npm test`.
//
// --quick: fewer pairs and shorter orbits, for a look while changing code (its table says so).
// Env: BENCH_GPU=1 drops the SwiftShader flags; BENCH_CHROMIUM_ARGS adds flags; CHROMIUM_PATH picks the
// browser; BENCH_SKIP_BUILD=1 reuses the last bench build; BENCH_RUNS, BENCH_ORBIT_RUNS, BENCH_ORBIT_FRAMES,
// BENCH_TAPS, BENCH_SOAK, BENCH_SOAK_FRAME_EVERY change the sample sizes; BENCH_SCALE=0 skips the 2× model.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browser.mjs';
import { fileSize, initialJs } from './lib/bundleSize.mjs';
import { writeDoubledModel } from './lib/doubleModel.mjs';
import { timeToFirstFrame } from './lib/firstFrame.mjs';
import { glbStats } from './lib/glbStats.mjs';
import { orbitFrameTimes } from './lib/orbit.mjs';
import {
  EXPLORER,
  EXPLORER_2X,
  EXPLORER_BEFORE,
  GLB,
  GLB_2X,
  GLB_BEFORE,
  MODEL_VIEWER,
} from './lib/pages.mjs';
import { markdown, rows } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { median, p95, pairedRatioInterval, spread } from './lib/stats.mjs';
import { tapToHighlight } from './lib/taps.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
// Under node_modules/.cache: ignored by git, eslint and prettier alike.
const OUT = join(ROOT, 'node_modules', '.cache', 'bench-app');
const DOUBLED = join(ROOT, 'node_modules', '.cache', 'bench-2x', 'lower-body-2x.glb');
// An earlier model (e.g. `git show <commit>:public/models/lower-body.glb > /tmp/before.glb`), measured in the
// same run by the same build: a model change read against the same machine at the same moment.
const BASELINE = process.env.BENCH_BASELINE_GLB ? resolve(process.env.BENCH_BASELINE_GLB) : null;
// Or an earlier build, code and model (e.g. `git worktree add /tmp/old <commit>`, `npx vite build --outDir
// /tmp/old-build` there): a change of code read the same way. It wins over BENCH_BASELINE_GLB.
const BASELINE_BUILD = process.env.BENCH_BASELINE_BUILD ? resolve(process.env.BENCH_BASELINE_BUILD) : null;
const BEFORE_GLB = BASELINE_BUILD ? join(BASELINE_BUILD, 'models', 'lower-body.glb') : BASELINE;
const RESULTS = join(BENCH, 'results');
const env = process.env;
const QUICK = process.argv.includes('--quick');
const setting = (name, full, quick, min = 1) => Math.max(min, Number(env[name] ?? (QUICK ? quick : full)));
const SETTINGS = {
  runs: setting('BENCH_RUNS', 11, 3, 2),
  orbitRuns: setting('BENCH_ORBIT_RUNS', 4, 2),
  orbitFrames: setting('BENCH_ORBIT_FRAMES', 24, 10, 4),
  warmupFrames: 4,
  taps: setting('BENCH_TAPS', 32, 10),
  soak: setting('BENCH_SOAK', 2000, 2000),
  soakFrameEvery: setting('BENCH_SOAK_FRAME_EVERY', 20, 20),
  scale: env.BENCH_SCALE !== '0',
};

const started = Date.now();
const log = (line) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);

function build() {
  if (env.BENCH_SKIP_BUILD === '1' && existsSync(join(OUT, 'index.html'))) return log('build skipped');
  log(`vite build -> ${OUT.slice(ROOT.length + 1)}`);
  // Its own output folder, so the benchmark never races another build writing dist/; the manifest says
  // which chunks the entry imports statically (initial JS) and which it loads lazily.
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Structures to tap, one kind after another so the taps cover bones, muscles, nerves, joints... */
function tapOrder(nodes) {
  const byKind = new Map();
  for (const n of nodes) {
    if (n.kind === 'skin' || n.kind === 'region') continue;
    byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n.name]);
  }
  const lists = [...byKind.values()];
  const order = [];
  for (let i = 0; order.length < nodes.length && lists.some((l) => i < l.length); i += 1)
    for (const l of lists) if (i < l.length) order.push(l[i]);
  return order;
}

function selectionsOf(nodes) {
  const seen = new Set();
  const list = [];
  for (const n of nodes) {
    if (n.kind === 'skin' || !n.id) continue;
    const sel =
      n.kind === 'region'
        ? { kind: 'region', id: n.id, side: n.side }
        : { kind: 'structure', id: n.id, side: n.side ?? null };
    const key = JSON.stringify(sel);
    if (!seen.has(key)) seen.add(key) && list.push(sel);
  }
  return list;
}

/** First frame and orbit for one model: samples, spreads and the ratios with their intervals. */
async function measureModel(browser, origin, { label, explorer, glbUrl, glb }) {
  // A frame "shows the model" when it draws a quarter of its triangles: more than any clear, sky or quad.
  const minTriangles = Math.round(glb.triangles / 4);
  log(`${label}: time to first frame, ${SETTINGS.runs} pairs of cold loads`);
  const modelViewer = `${MODEL_VIEWER}?src=${encodeURIComponent(glbUrl)}`;
  const loads = await timeToFirstFrame(browser, origin, {
    runs: SETTINGS.runs,
    explorer,
    modelViewer,
    minTriangles,
    log,
  });
  const firstFrames = (which) => loads.map((p) => p[which].firstFrameMs);
  log(`${label}: orbit, ${SETTINGS.orbitRuns} pairs of ${SETTINGS.orbitFrames} frames`);
  const orbit = await orbitFrameTimes(browser, origin, {
    runs: SETTINGS.orbitRuns,
    frames: SETTINGS.orbitFrames,
    warmup: SETTINGS.warmupFrames,
    minTriangles,
    explorer,
    glb: glbUrl,
    log,
  });
  const pairsOf = (list, a, b, pick) => list.map((p) => ({ a: pick(p[a]), b: pick(p[b]) }));
  const loadPairs = pairsOf(loads, 'explorer', 'modelViewer', (s) => [s.firstFrameMs]);
  const orbitPairs = pairsOf(orbit.pairs, 'explorer', 'three', (s) => s.intervals);
  const stillPairs = pairsOf(orbit.stillPairs, 'explorer', 'three', (s) => s.intervals);
  const summary = (runs, which) => {
    const intervals = runs.flatMap((p) => p[which].intervals);
    const ratios = runs.flatMap((p) => p[which].pixelRatios ?? []);
    return {
      median: median(intervals),
      p95: p95(intervals),
      frames: runs.reduce((n, p) => n + p[which].frames, 0),
      // Pixel ratios the page drew at (the explorer lowers it while moving on a slow GPU).
      pixelRatio: ratios.length ? { min: Math.min(...ratios), max: Math.max(...ratios) } : null,
    };
  };
  return {
    label,
    glb: { bytes: glb.bytes, meshes: glb.meshes, triangles: glb.triangles, file: glb.file },
    minTriangles,
    view: orbit.view,
    firstFrame: {
      explorer: spread(firstFrames('explorer')),
      modelViewer: spread(firstFrames('modelViewer')),
      ratio: pairedRatioInterval(loadPairs, median),
      pairs: loads,
    },
    orbit: {
      explorer: { ...summary(orbit.pairs, 'explorer'), drawn: orbit.view.info },
      three: { ...summary(orbit.pairs, 'three'), drawn: orbit.threeInfo },
      medianRatio: pairedRatioInterval(orbitPairs, median),
      p95Ratio: pairedRatioInterval(orbitPairs, p95),
      pairs: orbit.pairs,
    },
    still: {
      explorer: summary(orbit.stillPairs, 'explorer'),
      three: summary(orbit.stillPairs, 'three'),
      medianRatio: pairedRatioInterval(stillPairs, median),
      pairs: orbit.stillPairs,
    },
    errors: [...orbit.errors, ...loads.flatMap((p) => [...p.explorer.errors, ...p.modelViewer.errors])],
  };
}

async function main() {
  log(`${QUICK ? 'quick' : 'full'} run: ${JSON.stringify(SETTINGS)}`);
  build();
  const glbPath = join(OUT, 'models', 'lower-body.glb');
  const glb = glbStats(glbPath);
  let glb2x = null;
  if (SETTINGS.scale) {
    mkdirSync(dirname(DOUBLED), { recursive: true });
    const { copies } = await writeDoubledModel(glbPath, DOUBLED);
    glb2x = glbStats(DOUBLED);
    log(`2× model: ${copies} meshes copied, ${glb2x.bytes} B, ${glb2x.triangles} triangles`);
  }
  const loaderPath = [
    join(OUT, 'embed', 'pain-explorer.js'),
    join(ROOT, 'dist', 'embed', 'pain-explorer.js'),
  ].find(existsSync);
  const loader = loaderPath ? { file: loaderPath.slice(ROOT.length + 1), ...fileSize(loaderPath) } : null;
  const js = initialJs(OUT);
  log(
    `GLB ${glb.bytes} B, ${glb.triangles} triangles; initial JS ${js.gzipBytes} B gzip ` +
      `(+ ${js.preloadedGzipBytes} B preloaded); loader ${loader ? loader.gzipBytes + ' B gzip' : 'missing'}`,
  );

  const server = await startServer({
    '/app/': OUT,
    // The same build, its GLB replaced by the doubled one (the longest prefix wins).
    '/app-2x/': OUT,
    [GLB_2X]: DOUBLED,
    ...(BASELINE_BUILD
      ? { '/app-before/': BASELINE_BUILD }
      : BASELINE
        ? { '/app-before/': OUT, [GLB_BEFORE]: BASELINE }
        : {}),
    '/bench/pages/': join(BENCH, 'pages'),
    '/node_modules/three/': join(ROOT, 'node_modules', 'three'),
    '/node_modules/@google/model-viewer/dist/': join(ROOT, 'node_modules', '@google', 'model-viewer', 'dist'),
    '/node_modules/meshoptimizer/': join(ROOT, 'node_modules', 'meshoptimizer'),
  });
  const { browser, version, args } = await launch();
  try {
    log(`Chromium ${version} at ${server.origin}`);
    // The shipped model, then (when asked for) the doubled one and an earlier one, one after another.
    const models = [
      { label: 'model', explorer: EXPLORER, glbUrl: GLB, glb },
      glb2x && { label: '2× meshes', explorer: EXPLORER_2X, glbUrl: GLB_2X, glb: glb2x },
      BEFORE_GLB && {
        label: 'before',
        explorer: EXPLORER_BEFORE,
        glbUrl: GLB_BEFORE,
        glb: {
          ...glbStats(BEFORE_GLB),
          file: BASELINE_BUILD ? `build ${basename(BASELINE_BUILD)}` : basename(BEFORE_GLB),
        },
      },
    ].filter(Boolean);
    const cases = [];
    for (const model of models) cases.push(await measureModel(browser, server.origin, model));
    log(`tap -> highlight: ${SETTINGS.taps} taps; then ${SETTINGS.soak} selections`);
    const taps = await tapToHighlight(browser, server.origin, {
      names: tapOrder(glb.nodes),
      taps: SETTINGS.taps,
      soak: {
        selections: selectionsOf(glb.nodes),
        count: SETTINGS.soak,
        frameEvery: SETTINGS.soakFrameEvery,
      },
    });
    const tapped = taps.taps.filter((t) => !t.missed);
    const model = cases.find((c) => c.label === 'model');
    const result = {
      date: new Date().toISOString(),
      quick: QUICK,
      settings: SETTINGS,
      environment: {
        browser: `Chromium ${version}`,
        renderer: env.BENCH_GPU === '1' ? 'hardware GPU' : 'SwiftShader (software WebGL)',
        args,
        cpus: cpus().length,
        node: process.version,
      },
      glb: { ...glb, nodes: undefined },
      startView: model.view.info,
      canvas: model.view.canvas,
      initialJs: js,
      loader,
      cases,
      highlight: {
        wanted: SETTINGS.taps,
        count: tapped.length,
        aimedAt: taps.taps.length,
        medianMs: median(tapped.map((t) => t.latencyMs)),
        p95Ms: p95(tapped.map((t) => t.latencyMs)),
        onNextFrame: tapped.filter((t) => t.framesAfterTap === 1).length,
        hits: tapped.filter((t) => t.hit).length,
        taps: taps.taps,
      },
      memory: taps.memory,
      pageErrors: [...cases.flatMap((c) => c.errors), ...taps.errors],
      durationS: Math.round((Date.now() - started) / 1000),
    };
    result.checks = rows(result).map(([what, value, compared, ratio, target, status]) => ({
      what,
      value,
      compared,
      ratio,
      target,
      status,
    }));

    const table = markdown(result);
    console.log(`\n${table}`);
    if (result.pageErrors.length) console.log(`page errors:\n- ${result.pageErrors.join('\n- ')}`);
    mkdirSync(RESULTS, { recursive: true });
    // A quick look never overwrites the full run the README quotes.
    const name = QUICK ? 'quick' : 'latest';
    writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify(result, null, 2) + '\n');
    writeFileSync(join(RESULTS, `${name}.md`), table);
    log(`wrote bench/results/${name}.json and ${name}.md`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
