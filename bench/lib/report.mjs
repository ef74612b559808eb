// Targets from the issue and the markdown table the README's "Performance" section takes.
import { round } from './stats.mjs';

const kB = (bytes) => (bytes === null || bytes === undefined ? 'missing' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
const x = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(2)}×`);
const status = (ok) => (ok === null ? '—' : ok ? 'ok' : '**MISSED**');

/** Sizes in decimal units (1 kB = 1000 bytes, 1 MB = 10^6 bytes), the stricter reading of each target. */
export const TARGETS = {
  glbBytes: 1.5e6,
  glbTriangles: 150_000,
  startDrawCalls: 20,
  initialJsGzip: 250_000,
  loaderGzip: 8_000,
  firstFrameRatio: 1.0,
  orbitRatio: 1.15,
  highlightFrames: 1,
  heapGrowthBytes: 1e6,
};

/** Rows of [what, explorer, compared with, target, status]; also used for latest.json's "checks". */
export function rows(r) {
  const t = TARGETS;
  const mem = r.memory;
  const countsSame =
    mem && ['geometries', 'textures', 'programs'].every((k) => mem.after[k] <= mem.before[k]);
  const heapGrowth = mem ? mem.after.heapUsedBytes - mem.before.heapUsedBytes : null;
  return [
    [
      'GLB size',
      `${kB(r.glb.bytes)} (gzip ${kB(r.glb.gzipBytes)})`,
      '',
      `≤ ${t.glbBytes / 1e6} MB`,
      status(r.glb.bytes <= t.glbBytes),
    ],
    [
      'GLB triangles',
      r.glb.triangles.toLocaleString('en'),
      `${r.glb.meshes} meshes`,
      '≤ 150k',
      status(r.glb.triangles <= t.glbTriangles),
    ],
    [
      'Draw calls, start view',
      String(r.startView.calls),
      `${r.startView.triangles.toLocaleString('en')} triangles drawn`,
      `≤ ${t.startDrawCalls}`,
      status(r.startView.calls <= t.startDrawCalls),
    ],
    [
      'Initial JS (gzip)',
      kB(r.initialJs.gzipBytes),
      `${r.initialJs.files.length} file(s); 3D chunk loaded lazily`,
      `≤ ${t.initialJsGzip / 1000} kB`,
      status(r.initialJs.gzipBytes <= t.initialJsGzip),
    ],
    [
      'Embed loader (gzip)',
      r.loader ? kB(r.loader.gzipBytes) : 'missing',
      '',
      `≤ ${t.loaderGzip / 1000} kB`,
      r.loader ? status(r.loader.gzipBytes <= t.loaderGzip) : 'missing',
    ],
    [
      'Time to first frame (median)',
      ms(r.firstFrame.explorerMs),
      `model-viewer ${ms(r.firstFrame.modelViewerMs)}; ratio ${x(r.firstFrame.ratio)}`,
      `ratio ≤ ${t.firstFrameRatio.toFixed(2)}`,
      status(r.firstFrame.ratio === null ? null : r.firstFrame.ratio <= t.firstFrameRatio),
    ],
    [
      'Orbit frame time, median',
      ms(r.orbit.explorer.median),
      `three.js ${ms(r.orbit.three.median)}; ratio ${x(r.orbit.medianRatio)}`,
      `ratio ≤ ${t.orbitRatio}`,
      status(r.orbit.medianRatio === null ? null : r.orbit.medianRatio <= t.orbitRatio),
    ],
    [
      'Orbit frame time, p95',
      ms(r.orbit.explorer.p95),
      `three.js ${ms(r.orbit.three.p95)}; ratio ${x(r.orbit.p95Ratio)}`,
      `ratio ≤ ${t.orbitRatio}`,
      status(r.orbit.p95Ratio === null ? null : r.orbit.p95Ratio <= t.orbitRatio),
    ],
    [
      'Tap → highlight (median)',
      ms(r.highlight.medianMs),
      `p95 ${ms(r.highlight.p95Ms)}; ${r.highlight.onNextFrame}/${r.highlight.count} on the next frame; ` +
        `${r.highlight.hits}/${r.highlight.count} hit the aimed structure`,
      'next frame',
      r.highlight.count < 30
        ? `**TOO FEW TAPS** (${r.highlight.count} < 30)`
        : status(r.highlight.onNextFrame === r.highlight.count),
    ],
    [
      `Memory after ${mem?.selections ?? 0} selections`,
      mem ? `heap ${heapGrowth >= 0 ? '+' : ''}${kB(heapGrowth)}` : 'n/a',
      mem
        ? `geometries ${mem.before.geometries}→${mem.after.geometries}, textures ${mem.before.textures}→` +
          `${mem.after.textures}, programs ${mem.before.programs}→${mem.after.programs}`
        : '',
      `no growth (heap ≤ +${t.heapGrowthBytes / 1e6} MB)`,
      mem ? status(countsSame && heapGrowth <= t.heapGrowthBytes) : '—',
    ],
  ];
}

export function markdown(r) {
  const head = ['Measure', 'Explorer', 'Compared with', 'Target', 'Status'];
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows(r).map((row) => `| ${row.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
  return [
    `Measured ${r.date} with ${r.environment.renderer} (${r.environment.browser}), ` +
      `${r.environment.cpus} CPU cores; ${r.firstFrame.runs} cold loads each, ${round(r.orbit.durationMs / 1000, 1)} s orbit, ` +
      `${r.highlight.count} taps. Absolute times are for this machine; the ratios are what we track.`,
    '',
    ...lines,
    '',
  ].join('\n');
}
