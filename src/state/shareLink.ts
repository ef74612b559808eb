/**
 * The link a patient takes home: the current view (selection, marks, mode, language, layers) on the
 * clinic's public site, whose address is set when the app is built (VITE_PUBLIC_BASE_URL). The tablet
 * itself may be offline or on a local address, so its own location is never used: without a configured
 * base there is no link to give, and the panel says so.
 */
import { serializeUrlState } from './urlState';
import type { UrlState } from './types';

export type ShareLink =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: 'no-base' | 'bad-base' };

/**
 * Reads the configured base: an absolute http(s) address (a folder or a page, query and fragment
 * ignored). Anything else is 'bad-base', so a typo in the build settings is said, not turned into a
 * broken QR code.
 */
export function parseBase(raw: string | undefined): URL | 'no-base' | 'bad-base' {
  const text = raw?.trim() ?? '';
  if (text === '') return 'no-base';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'bad-base';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'bad-base';
  if (url.username !== '' || url.password !== '') return 'bad-base';
  url.search = '';
  url.hash = '';
  return url;
}

/** The view's link on the base (kiosk settings are the tablet's, not the view's, and are never added). */
export function shareLinkOf(state: UrlState, rawBase: string | undefined): ShareLink {
  const base = parseBase(rawBase);
  if (typeof base === 'string') return { ok: false, reason: base };
  const url = new URL(base);
  url.search = serializeUrlState(state);
  // URL re-encodes nothing in an already-encoded query, but `search=` adds a bare '?' for an empty one.
  return { ok: true, url: url.href.replace(/\?$/, '') };
}

/** The base this build was given (see README, "Take this home"). */
export const CONFIGURED_BASE = import.meta.env.VITE_PUBLIC_BASE_URL as string | undefined;
