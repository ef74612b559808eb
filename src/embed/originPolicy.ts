/**
 * Which origins may drive an embedded explorer. Default: its own origin only. More come from a build-time
 * list (VITE_EMBED_ORIGINS, comma-separated) and from the `origins` query parameter the embedding page
 * sets (the <pain-explorer> element adds its page's origin there). Origins must be exact http(s) origins:
 * no wildcards, paths or "null" (opaque origins can't be told apart).
 */
import { shorten } from '../lib/displayText';

export interface OriginList {
  readonly origins: readonly string[];
  /** Entries that were not exact http(s) origins, for a console warning. */
  readonly rejected: readonly string[];
}

/** An exact origin in canonical form, or null. A trailing slash is tolerated; anything else is not. */
export function canonicalOrigin(value: string): string | null {
  const text = value.trim().replace(/\/$/, '');
  if (text === '' || text.includes('*')) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // A path, query, credentials or fragment means it is a URL, not an origin.
  const afterScheme = text.slice(url.protocol.length + 2);
  return /[/?#@\\]/.test(afterScheme) ? null : url.origin;
}

export function parseOriginList(list: string | null | undefined): OriginList {
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of (list ?? '').split(/[\s,]+/)) {
    if (entry === '') continue;
    const origin = canonicalOrigin(entry);
    if (origin === null) rejected.push(shorten(entry, 80));
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, rejected };
}

/** The explorer's own origin plus the build-time and query lists. */
export function allowedOrigins(
  self: string,
  buildList: string | undefined,
  queryList: string | null,
): { allowed: ReadonlySet<string>; rejected: readonly string[] } {
  const fromBuild = parseOriginList(buildList);
  const fromQuery = parseOriginList(queryList);
  const allowed = new Set<string>([...fromBuild.origins, ...fromQuery.origins]);
  const own = canonicalOrigin(self);
  if (own) allowed.add(own);
  return { allowed, rejected: [...fromBuild.rejected, ...fromQuery.rejected] };
}

/** A message's origin is accepted only by exact match; "null" never is. */
export function isAllowedOrigin(origin: string, allowed: ReadonlySet<string>): boolean {
  return origin !== 'null' && allowed.has(origin);
}
