// The JavaScript the explorer needs before it runs (its entry and every chunk the entry imports statically),
// the chunks index.html only preloads in parallel (the lazy 3D scene), and the size of any file.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function fileSize(path) {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** Local script URLs that index.html fetches at start: <script src> and <link rel="modulepreload">. */
export function htmlScripts(indexHtml) {
  const urls = new Set();
  for (const tag of indexHtml.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) urls.add(src);
  }
  for (const tag of indexHtml.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']modulepreload["']/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) urls.add(href);
  }
  return [...urls].filter((u) => !/^([a-z]+:)?\/\//i.test(u)).map((u) => u.replace(/^\.?\//, ''));
}

/** The entry's file and every chunk it imports statically, from Vite's build manifest. */
export function staticGraph(manifest, entry = 'index.html') {
  const files = [];
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    files.push(manifest[key].file);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entry);
  return files;
}

const sized = (distDir, files) =>
  files.map((file) => ({
    file,
    ...(fileSize(join(distDir, file)) ?? { bytes: 0, gzipBytes: 0, missing: true }),
  }));
const total = (files, key) => files.reduce((n, f) => n + f[key], 0);

/**
 * Initial JS: what must arrive before the app runs. With the build manifest (the bench builds with
 * --manifest) that is the entry's static import graph, whatever index.html preloads besides; without it,
 * every script index.html fetches. `preloaded`: scripts index.html fetches that the entry does not need.
 */
export function initialJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const fetched = htmlScripts(html);
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  const needed = existsSync(manifestPath)
    ? staticGraph(JSON.parse(readFileSync(manifestPath, 'utf8')))
    : fetched;
  const files = sized(distDir, needed);
  const preloaded = sized(
    distDir,
    fetched.filter((f) => !needed.includes(f)),
  );
  return {
    files,
    bytes: total(files, 'bytes'),
    gzipBytes: total(files, 'gzipBytes'),
    preloaded,
    preloadedGzipBytes: total(preloaded, 'gzipBytes'),
  };
}
