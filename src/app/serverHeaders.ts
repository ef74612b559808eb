/**
 * The HTTP headers the explorer's pages want from the server that hosts them (docs/hosting.md gives
 * them for nginx, Apache and static hosts; the e2e server, `vite preview`, sends exactly these).
 *
 * - Every page refuses to be framed (`frame-ancestors 'none'`, and X-Frame-Options for old browsers), so
 *   another site cannot put the explorer or the clinic's kiosk in a frame and dress it up as its own.
 * - embed.html, the page made to be framed, may be framed by the sites the clinic lists, and by no other.
 *   (X-Frame-Options cannot name several sites; frame-ancestors can, and is what browsers follow.)
 */

/**
 * The explorer's CSP. No 'unsafe-inline' anywhere: React and three set styles through the CSSOM, which
 * CSP allows; 'wasm-unsafe-eval' only compiles the meshopt decoder's WebAssembly (no JS eval).
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

/** The embed page's own policy, also written into embed.html as a <meta> at build time. */
export const EMBED_CSP = [
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

/**
 * The sites allowed to frame embed.html, from a list like EMBED_FRAME_ANCESTORS: exact http(s) origins,
 * separated by commas or spaces. Anything else (a path, a wildcard, a quote) would change the policy's
 * meaning, so it is an error, not skipped.
 */
export function parseFramers(list: string): string[] {
  const entries = list.split(/[\s,]+/).filter((entry) => entry !== '');
  for (const entry of entries)
    if (!/^https?:\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(:\d{1,5})?$/i.test(entry))
      throw new Error(`Not an exact http(s) origin for frame-ancestors: ${JSON.stringify(entry)}`);
  return entries;
}

/** Whether a request path is the page made to be framed (in whatever folder the app is hosted). */
export const isEmbedPage = (path: string): boolean => /(^|\/)embed\.html$/.test(path);

/**
 * The headers for one path. `framers` are the exact origins allowed to frame embed.html (the clinic's
 * website); none means only the explorer's own origin may.
 */
export function headersFor(path: string, framers: readonly string[]): Record<string, string> {
  const common = { 'X-Content-Type-Options': 'nosniff' };
  if (isEmbedPage(path))
    return {
      ...common,
      'Content-Security-Policy': `${EMBED_CSP}; frame-ancestors ${["'self'", ...framers].join(' ')}`,
    };
  return {
    ...common,
    'Content-Security-Policy': `${APP_CSP}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
  };
}
