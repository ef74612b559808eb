// `npm run bench`: builds the app, serves it with the comparison pages from one local server, measures
// (sizes, first frame vs <model-viewer>, orbit vs bare three.js, tap -> highlight, memory soak) and writes
// bench/results/latest.json and latest.md. See bench/README.md. Not part of `npm test`.
//
// Env: BENCH_GPU=1 drops the SwiftShader flags; BENCH_CHROMIUM_ARGS adds flags; CHROMIUM_PATH picks the
// browser; BENCH_SKIP_BUILD=1 reuses the last bench build; BENCH_RUNS, BENCH_TAPS, BENCH_SOAK, BENCH_ORBIT_MS
// BENCH_SOAK_FRAME_EVERY change the sample sizes (defaults: 5 cold loads, 32 taps, 2000 selections with a
// drawn frame every 20, 5000 ms orbit).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browser.mjs';
import { fileSize, initialJs } from './lib/bundleSize.mjs';
import { glbStats } from './lib/glbStats.mjs';
import { orbitFrameTimes, tapToHighlight, timeToFirstFrame } from './lib/measure.mjs';
import { markdown, rows } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { median, p95, ratio } from './lib/stats.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
// Under node_modules/.cache: ignored by git, eslint and prettier alike.
const OUT = join(ROOT, 'node_modules', '.cache', 'bench-app');
const RESULTS = join(BENCH, 'results');
const env = process.env;
const RUNS = Math.max(5, Number(env.BENCH_RUNS ?? 5));
const TAPS = Math.max(30, Number(env.BENCH_TAPS ?? 32));
const SOAK = Number(env.BENCH_SOAK ?? 2000);
const ORBIT_MS = Number(env.BENCH_ORBIT_MS ?? 5000);
const SOAK_FRAME_EVERY = Math.max(1, Number(env.BENCH_SOAK_FRAME_EVERY ?? 20));

const started = Date.now();
const log = (line) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}`);

function build() {
  if (env.BENCH_SKIP_BUILD === '1' && existsSync(join(OUT, 'index.html'))) return log('build skipped');
  log(`vite build -> ${OUT.slice(ROOT.length + 1)}`);
  // Its own output folder, so the benchmark never races another build writing dist/.
  const result = spawnSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
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

function summarize(samples) {
  return { median: median(samples), p95: p95(samples), samples: samples.length };
}

async function main() {
  build();
  const glbPath = join(OUT, 'models', 'lower-body.glb');
  const glb = glbStats(glbPath);
  const loaderPath = [
    join(OUT, 'embed', 'pain-explorer.js'),
    join(ROOT, 'dist', 'embed', 'pain-explorer.js'),
  ].find(existsSync);
  const loader = loaderPath ? { file: loaderPath.slice(ROOT.length + 1), ...fileSize(loaderPath) } : null;
  const js = initialJs(OUT);
  log(
    `GLB ${glb.bytes} B, ${glb.triangles} triangles; initial JS ${js.gzipBytes} B gzip; loader ${loader ? loader.gzipBytes + ' B gzip' : 'missing'}`,
  );

  const server = await startServer({
    '/app/': OUT,
    '/bench/pages/': join(BENCH, 'pages'),
    '/node_modules/three/': join(ROOT, 'node_modules', 'three'),
    '/node_modules/@google/model-viewer/dist/': join(ROOT, 'node_modules', '@google', 'model-viewer', 'dist'),
    '/node_modules/meshoptimizer/': join(ROOT, 'node_modules', 'meshoptimizer'),
  });
  const { browser, version, args } = await launch();
  // A frame "shows the model" when it draws a quarter of its triangles: more than any clear, sky or quad.
  const minTriangles = Math.round(glb.triangles / 4);
  try {
    log(`Chromium ${version} at ${server.origin}`);
    log(`time to first frame: ${RUNS} cold loads each`);
    const ttff = await timeToFirstFrame(browser, server.origin, { runs: RUNS, minTriangles, log });
    log(`orbit: ${ORBIT_MS} ms each`);
    const orbit = await orbitFrameTimes(browser, server.origin, { durationMs: ORBIT_MS, minTriangles });
    log(
      `  explorer ${orbit.explorer.frames} frames, three.js ${orbit.three.frames} frames; ` +
        `start view ${orbit.view.info.calls} calls`,
    );
    log(`tap -> highlight: ${TAPS} taps; then ${SOAK} selections`);
    const selections = selectionsOf(glb.nodes);
    const taps = await tapToHighlight(browser, server.origin, {
      names: tapOrder(glb.nodes),
      taps: TAPS,
      soak: { selections, count: SOAK, frameEvery: SOAK_FRAME_EVERY },
    });
    const tapped = taps.taps.filter((t) => !t.missed);
    const result = {
      date: new Date().toISOString(),
      environment: {
        browser: `Chromium ${version}`,
        renderer: env.BENCH_GPU === '1' ? 'hardware GPU' : 'SwiftShader (software WebGL)',
        args,
        cpus: cpus().length,
        node: process.version,
      },
      glb: { ...glb, nodes: undefined },
      startView: orbit.view.info,
      canvas: orbit.view.canvas,
      initialJs: js,
      loader,
      firstFrame: {
        runs: RUNS,
        minTriangles,
        explorerMs: median(ttff.explorer.map((s) => s.firstFrameMs)),
        modelViewerMs: median(ttff.modelViewer.map((s) => s.firstFrameMs)),
        ratio: null,
        explorer: ttff.explorer,
        modelViewer: ttff.modelViewer,
      },
      orbit: {
        durationMs: ORBIT_MS,
        explorer: {
          ...summarize(orbit.explorer.intervals),
          frames: orbit.explorer.frames,
          drawn: orbit.explorer.info,
        },
        three: { ...summarize(orbit.three.intervals), frames: orbit.three.frames, drawn: orbit.three.info },
        medianRatio: null,
        p95Ratio: null,
      },
      highlight: {
        count: tapped.length,
        aimedAt: taps.taps.length,
        medianMs: median(tapped.map((t) => t.latencyMs)),
        p95Ms: p95(tapped.map((t) => t.latencyMs)),
        onNextFrame: tapped.filter((t) => t.framesAfterTap === 1).length,
        hits: tapped.filter((t) => t.hit).length,
        taps: taps.taps,
      },
      memory: taps.memory,
      pageErrors: [...orbit.errors, ...taps.errors, ...ttff.explorer.flatMap((s) => s.errors)],
      durationS: Math.round((Date.now() - started) / 1000),
    };
    result.firstFrame.ratio = ratio(result.firstFrame.explorerMs, result.firstFrame.modelViewerMs);
    result.orbit.medianRatio = ratio(result.orbit.explorer.median, result.orbit.three.median);
    result.orbit.p95Ratio = ratio(result.orbit.explorer.p95, result.orbit.three.p95);
    result.checks = rows(result).map(([what, value, compared, target, status]) => ({
      what,
      value,
      compared,
      target,
      status,
    }));

    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
    const table = markdown(result);
    writeFileSync(join(RESULTS, 'latest.md'), table);
    console.log(`\n${table}`);
    log('wrote bench/results/latest.json and latest.md');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
