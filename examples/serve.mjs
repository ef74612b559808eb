// A tiny static server for the example host pages, on a second origin (default http://127.0.0.1:4174), so
// the explorer (vite preview on :4173) is embedded cross-origin as on a real clinic site. It also hosts the
// built explorer in a sub-folder, /explorer/ (the `dist/` folder as is), the way docs/hosting.md has a
// clinic's server do it: files as they are, and our 404 page for an address that is no file of the app.
// Usage: node examples/serve.mjs [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const EXPLORER = '/explorer/';
const PORT = Number(process.argv[2] ?? 4174);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
};

/** The file a request names, inside `base`, or null (outside it, or an odd path). */
function fileIn(base, path, index) {
  const file = join(base, path.endsWith('/') ? `${path}${index}` : path);
  return file.startsWith(base) ? file : null;
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

createServer(async (request, response) => {
  let path;
  try {
    path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  if (path === EXPLORER.slice(0, -1)) {
    response.writeHead(301, { location: EXPLORER }).end();
    return;
  }
  if (path === '/favicon.ico') {
    response.writeHead(204).end(); // no icon, and no 404 in the console
    return;
  }
  const inExplorer = path.startsWith(EXPLORER);
  const file = inExplorer
    ? fileIn(DIST, path.slice(EXPLORER.length - 1), 'index.html')
    : fileIn(ROOT, path, 'article.html');
  const type = file && TYPES[extname(file)];
  if (!file || !type || !(await isFile(file))) {
    const page = (request.headers.accept ?? '').includes('text/html');
    if (inExplorer && page) response.writeHead(302, { location: `${EXPLORER}404.html` }).end();
    else response.writeHead(404).end('Not found');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}).listen(PORT, '127.0.0.1', () => console.log(`examples on http://127.0.0.1:${PORT}/`));
