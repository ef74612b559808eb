import { defineConfig } from 'vitest/config';
import { build, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The embed page's own strict CSP (docs/embedding.md). Build only: the dev server injects inline scripts. */
const EMBED_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'", // WebAssembly only (the meshopt decoder); no JS eval
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
 * The explorer's CSP, sent by `vite preview` (the e2e server) and documented for hosts in docs/.
 * No 'unsafe-inline' anywhere: React and three set styles through the CSSOM, which CSP allows;
 * 'wasm-unsafe-eval' only compiles the meshopt decoder's WebAssembly (no JS eval).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

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
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/embed\.html/],
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), embed(), pwa],
  preview: { headers: { 'Content-Security-Policy': APP_CSP } },
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
