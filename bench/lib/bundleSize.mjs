// What the explorer's index.html makes the browser fetch as JavaScript at start (entry scripts and
// modulepreloads; lazy chunks are left out), and the size of any file, raw and gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function fileSize(path) {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** Local script URLs that index.html loads at start: <script src> and <link rel="modulepreload">. */
export function initialScripts(indexHtml) {
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
  return [...urls].filter((u) => !/^([a-z]+:)?\/\//i.test(u));
}

export function initialJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = initialScripts(html).map((url) => {
    const rel = url.replace(/^\.?\//, '');
    return { file: rel, ...(fileSize(join(distDir, rel)) ?? { bytes: 0, gzipBytes: 0, missing: true }) };
  });
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  };
}
