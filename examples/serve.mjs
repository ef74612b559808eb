// A tiny static server for the example host pages, on a second origin (default http://127.0.0.1:4174), so
// the explorer (vite preview on :4173) is embedded cross-origin as on a real clinic site.
// Usage: node examples/serve.mjs [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const PORT = Number(process.argv[2] ?? 4174);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (path === '/favicon.ico') {
    response.writeHead(204).end(); // no icon, and no 404 in the console
    return;
  }
  const file = join(ROOT, path.endsWith('/') ? `${path}article.html` : path);
  const type = TYPES[extname(file)];
  if (!file.startsWith(ROOT) || !type) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  } catch {
    response.writeHead(404).end('Not found');
  }
}).listen(PORT, '127.0.0.1', () => console.log(`examples on http://127.0.0.1:${PORT}/`));
