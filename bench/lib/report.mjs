// Targets (issue 18) and the markdown table the README's "Performance" section takes.
import { verdict } from './stats.mjs';

const kB = (bytes) => (bytes === null || bytes === undefined ? 'missing' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(0)} ms`);
const x = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(2)}×`);
const status = (ok) => (ok === null ? '—' : ok ? 'met' : '**missed**');
/** A median with its interquartile range, e.g. "4210 ms (IQR 3980–4400)". */
const withIqr = (s) =>
  s?.median == null ? 'n/a' : `${ms(s.median)} (IQR ${s.q1.toFixed(0)}–${s.q3.toFixed(0)})`;
const interval = (r) => (r?.estimate == null ? 'n/a' : `${x(r.estimate)} [${x(r.low)}–${x(r.high)}]`);
const ratioStatus = (r, target) => {
  const v = verdict(r ?? {}, target);
  return v === 'missed' ? '**missed**' : v === 'undecided' ? '_undecided_' : v;
};

/** Sizes in decimal units (1 kB = 1000 bytes, 1 MB = 10^6 bytes), the stricter reading of each target. */
export const TARGETS = {
  glbBytes: 1.5e6,
  glbTriangles: 150_000,
  startDrawCalls: 20,
  initialJsGzip: 120_000,
  loaderGzip: 8_000,
  firstFrameRatio: 0.75,
  orbitRatio: 1.0,
  highlightFrames: 1,
  heapGrowthBytes: 1e6,
};

/** The pixel ratio the explorer drew its orbit at, when it differs from the page's (the still view's). */
const drawnAt = (r, dpr) =>
  !r || (r.min === dpr && r.max === dpr)
    ? ''
    : ` (pixel ratio ${r.min === r.max ? r.min : `${r.min}–${r.max}`} while moving, ${dpr} still)`;

/** A still frame is drawn at the page's own pixel ratio; say so when it was not (a build without `redraw`). */
const stillAt = (r, dpr) =>
  !r || (r.min === dpr && r.max === dpr)
    ? ''
    : ` (pixel ratio ${r.min === r.max ? r.min : `${r.min}–${r.max}`})`;

/** The three ratio rows of one model: first frame against model-viewer, orbit median and p95 against three.js. */
function ratioRows(c, label) {
  const t = TARGETS;
  const suffix = label ? `, ${label}` : '';
  return [
    [
      `Time to first frame${suffix}`,
      withIqr(c.firstFrame.explorer),
      `model-viewer ${withIqr(c.firstFrame.modelViewer)}`,
      interval(c.firstFrame.ratio),
      `≤ ${t.firstFrameRatio.toFixed(2)}×`,
      ratioStatus(c.firstFrame.ratio, t.firstFrameRatio),
    ],
    [
      `Orbit frame time, median${suffix}`,
      ms(c.orbit.explorer.median) + drawnAt(c.orbit.explorer.pixelRatio, c.view?.dpr),
      `three.js ${ms(c.orbit.three.median)}`,
      interval(c.orbit.medianRatio),
      `≤ ${t.orbitRatio.toFixed(2)}×`,
      ratioStatus(c.orbit.medianRatio, t.orbitRatio),
    ],
    [
      `Orbit frame time, p95${suffix}`,
      ms(c.orbit.explorer.p95),
      `three.js ${ms(c.orbit.three.p95)}`,
      interval(c.orbit.p95Ratio),
      `≤ ${t.orbitRatio.toFixed(2)}×`,
      ratioStatus(c.orbit.p95Ratio, t.orbitRatio),
    ],
    // The idle frame (the start view drawn again at rest): no target of its own; read it against "before".
    ...(c.still
      ? [
          [
            `Still frame time, median${suffix}`,
            ms(c.still.explorer.median) + stillAt(c.still.explorer.pixelRatio, c.view?.dpr),
            `three.js ${ms(c.still.three.median)}`,
            interval(c.still.medianRatio),
            'not above before',
            '—',
          ],
        ]
      : []),
  ];
}

/** Rows of [what, explorer, compared with, ratio [95 % interval], target, status]; also latest.json's "checks". */
export function rows(r) {
  const t = TARGETS;
  const mem = r.memory;
  const countsSame =
    mem && ['geometries', 'textures', 'programs'].every((k) => mem.after[k] <= mem.before[k]);
  const heapGrowth = mem ? mem.after.heapUsedBytes - mem.before.heapUsedBytes : null;
  const model = r.cases.find((c) => c.label === 'model');
  const doubled = r.cases.find((c) => c.label === '2× meshes');
  const before = r.cases.find((c) => c.label === 'before');
  const lazy = r.initialJs.preloaded.length
    ? `; 3D chunk lazy, preloaded in parallel (${kB(r.initialJs.preloadedGzipBytes)})`
    : '; 3D chunk lazy';
  return [
    [
      'GLB size',
      `${kB(r.glb.bytes)} (gzip ${kB(r.glb.gzipBytes)})`,
      '',
      '',
      `≤ ${t.glbBytes / 1e6} MB`,
      status(r.glb.bytes <= t.glbBytes),
    ],
    [
      'GLB triangles',
      r.glb.triangles.toLocaleString('en'),
      `${r.glb.meshes} meshes`,
      '',
      '≤ 150k',
      status(r.glb.triangles <= t.glbTriangles),
    ],
    [
      'Draw calls, start view',
      String(r.startView.calls),
      `${r.startView.triangles.toLocaleString('en')} triangles drawn`,
      '',
      `≤ ${t.startDrawCalls}`,
      status(r.startView.calls <= t.startDrawCalls),
    ],
    [
      'Initial JS (gzip)',
      kB(r.initialJs.gzipBytes),
      `${r.initialJs.files.length} file(s)${lazy}`,
      '',
      `≤ ${t.initialJsGzip / 1000} kB`,
      status(r.initialJs.gzipBytes <= t.initialJsGzip),
    ],
    [
      'Embed loader (gzip)',
      r.loader ? kB(r.loader.gzipBytes) : 'missing',
      '',
      '',
      `≤ ${t.loaderGzip / 1000} kB`,
      r.loader ? status(r.loader.gzipBytes <= t.loaderGzip) : 'missing',
    ],
    ...ratioRows(model, ''),
    ...(doubled
      ? ratioRows(
          doubled,
          `2× meshes (${doubled.glb.meshes} meshes, ${doubled.glb.triangles.toLocaleString('en')} triangles)`,
        )
      : []),
    ...(before
      ? ratioRows(
          before,
          `before (${before.glb.file}: ${before.glb.meshes} meshes, ` +
            `${before.glb.triangles.toLocaleString('en')} triangles, ${kB(before.glb.bytes)})`,
        )
      : []),
    [
      'Tap → highlight',
      `${ms(r.highlight.medianMs)} median`,
      `p95 ${ms(r.highlight.p95Ms)}; ${r.highlight.onNextFrame}/${r.highlight.count} on the next frame; ` +
        `${r.highlight.hits}/${r.highlight.count} hit the aimed structure`,
      '',
      'next frame',
      r.highlight.count < r.highlight.wanted
        ? `**too few taps** (${r.highlight.count} < ${r.highlight.wanted})`
        : status(r.highlight.onNextFrame === r.highlight.count),
    ],
    [
      `Memory after ${mem?.selections ?? 0} selections`,
      mem ? `heap ${heapGrowth >= 0 ? '+' : ''}${kB(heapGrowth)}` : 'n/a',
      mem
        ? `geometries ${mem.before.geometries}→${mem.after.geometries}, textures ${mem.before.textures}→` +
          `${mem.after.textures}, programs ${mem.before.programs}→${mem.after.programs}`
        : '',
      '',
      `no growth (heap ≤ +${t.heapGrowthBytes / 1e6} MB)`,
      mem ? status(countsSame && heapGrowth <= t.heapGrowthBytes) : '—',
    ],
  ];
}

export function markdown(r) {
  const head = ['Measure', 'Explorer', 'Compared with', 'Ratio [95 % interval]', 'Target', 'Status'];
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows(r).map((row) => `| ${row.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
  const model = r.cases.find((c) => c.label === 'model');
  return [
    `Measured ${r.date}${r.quick ? ' (**--quick**: a glance, not the table)' : ''} with ` +
      `${r.environment.renderer} (${r.environment.browser}), ${r.environment.cpus} CPU cores; ` +
      `${model.firstFrame.pairs.length} interleaved pairs of cold loads and ${model.orbit.pairs.length} pairs of ` +
      `${r.settings.orbitFrames}-frame orbits per model, ${r.highlight.count} taps. Ratios are ` +
      'explorer ÷ comparison with a 95 % bootstrap interval over the pairs; a target is met when the whole ' +
      'interval is within it, missed when the whole interval is beyond it, undecided otherwise. Absolute ' +
      'times are for this machine; the ratios are what we track.',
    '',
    ...lines,
    '',
  ].join('\n');
}
