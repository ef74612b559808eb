import { defineConfig } from 'vitest/config';
import { build, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EMBED_CSP, headersFor, parseFramers } from './src/app/serverHeaders.ts';

/** Embed: a strict CSP in embed.html, and the <pain-explorer> loader as its own tiny script (no React). */
function embed(): Plugin[] {
  return [
    {
      name: 'embed-csp',
      apply: 'build',
      transformIndexHtml: (html, ctx) =>
        ctx.path.endsWith('/embed.html')
          ? html.replace(
              '<meta charset="UTF-8" />',
              `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}" />`,
            )
          : html,
    },
    {
      name: 'embed-loader',
      apply: 'build',
      async closeBundle() {
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          build: {
            outDir: 'dist/embed',
            emptyOutDir: false,
            target: 'es2020',
            lib: {
              entry: 'src/embed/loader/index.ts',
              formats: ['iife'],
              name: 'PainExplorer',
              fileName: () => 'pain-explorer.js',
            },
          },
        });
      },
    },
  ];
}

/**
 * The e2e server (`vite preview`) hosts `dist/` as docs/hosting.md has a clinic's server do it: each page
 * with its headers (serverHeaders.ts; embed.html may be framed by EMBED_FRAME_ANCESTORS, by default the
 * example site on :4174), and an address that is no file of the app leads to our own 404 page instead of
 * to index.html, whose relative asset URLs would not resolve from there (a blank page).
 */
function hosting(): Plugin {
  return {
    name: 'hosting',
    configurePreviewServer(server) {
      const framers = parseFramers(process.env.EMBED_FRAME_ANCESTORS ?? 'http://127.0.0.1:4174');
      const dist = resolve(server.config.root, server.config.build.outDir);
      const pathOf = (url: string | undefined) => {
        const path = new URL(url ?? '/', 'http://x').pathname;
        try {
          return decodeURIComponent(path);
        } catch {
          return path;
        }
      };
      const isFile = (file: string) => file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
      server.middlewares.use((req, res, next) => {
        const path = pathOf(req.url);
        for (const [name, value] of Object.entries(headersFor(path, framers))) res.setHeader(name, value);
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
        if (isFile(file)) return next();
        // No file of the app: a page gets our 404 page, anything else a plain 404 (never index.html).
        const dest = req.headers['sec-fetch-dest'];
        if (dest === 'document' || dest === 'iframe' || (req.headers.accept ?? '').includes('text/html'))
          res.writeHead(302, { Location: '/404.html' }).end();
        else res.writeHead(404).end();
      });
    },
  };
}

/** Clinic tablet: installable, and fully offline after the first visit; updates wait (see registerServiceWorker). */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Low back, hip and knee: how pain spreads',
    short_name: 'Pain explorer',
    description: 'Explore how low back, hip and knee pain can spread, after the JOI article.',
    // An install opens the normal explorer; a clinic turns the kiosk on per device (?kiosk=1, remembered).
    start_url: './',
    id: './',
    scope: './',
    display: 'standalone',
    display_override: ['standalone', 'minimal-ui'],
    orientation: 'any',
    // The splash screen is drawn from these and the 512 px icon: the header's navy.
    background_color: '#10202e',
    theme_color: '#10202e',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,glb,wasm,svg,png,woff2,webmanifest}'],
    // The model (~0.8 MB) and the scene chunk (~1.1 MB) must be precached for offline use.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Links carry the view in the query (?structure=…&kiosk=1): serve the precached page for any query.
    ignoreURLParametersMatching: [/.*/],
    // No navigation fallback to index.html: from another path its relative asset URLs would not resolve.
    // Other addresses in the app's folder go to the network; offline, to our own 404 page (precached).
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: async ({ request }) => {
          try {
            return await fetch(request);
          } catch {
            const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
            return Response.redirect(new URL('404.html', scope).href, 302);
          }
        },
      },
    ],
    cleanupOutdatedCaches: true,
  },
});

/**
 * The app's start-up JavaScript as one chunk: every module the page's entry (src/app/main.tsx) imports
 * statically. Left to itself the bundler splits it by which other entries and lazy chunks share each module
 * (the embed page, the 3D scene, the study cards, the facts) into some eight files, and each file is
 * compressed on its own: about 2 kB gzip more for the same code. The embed page and the lazy chunks import
 * what they share from this chunk.
 */
function startupChunk(): (
  id: string,
  ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null },
) => string | null {
  const entry = resolve('src/app/main.tsx');
  let reachable: Set<string> | null = null;
  return (id, ctx) => {
    if (!reachable) {
      reachable = new Set();
      const stack = [entry];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (reachable.has(next)) continue;
        reachable.add(next);
        stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    // The bundler's runtime and the modulepreload polyfill are needed by every entry as well.
    const shared = id.includes('rolldown/runtime') || id.includes('modulepreload-polyfill');
    return (id !== entry && reachable.has(id)) || shared ? 'app' : null;
  };
}

/** Model tests run in a process of their own, beside the others (see the projects below). */
const MODEL_OWN_BUILDS = ['src/model/bones/bones.test.ts', 'src/model/soft/follow.test.ts'];

export default defineConfig({
  plugins: [react(), embed(), pwa, hosting()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html', notFound: '404.html' },
      output: { codeSplitting: { groups: [{ name: startupChunk() }] } },
    },
  },
  test: {
    environment: 'node',
    testTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
          exclude: ['src/model/**', '**/node_modules/**'],
        },
      },
      // The model's tests share one process, one file after another, so the bones and soft tissue are
      // meshed once per run (cached in src/model) instead of once per test file. The bones' tests and the
      // landmark-following tests (which rebuild muscles on moved landmarks) are a project of their own, which
      // `npm test` runs in a second vitest beside the first (scripts/test-all.mjs), on the other core.
      {
        extends: true,
        test: {
          name: 'model',
          include: ['src/model/**/*.test.ts'],
          exclude: [...MODEL_OWN_BUILDS, '**/node_modules/**'],
          isolate: false,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'model-own-builds', include: MODEL_OWN_BUILDS, isolate: false, fileParallelism: false },
      },
    ],
  },
});
