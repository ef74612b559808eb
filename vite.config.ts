import { defineConfig } from 'vitest/config';
import { build, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), embed()],
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
