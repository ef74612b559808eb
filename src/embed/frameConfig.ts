/** What the embed page reads from its own URL besides the app's usual state (see urlState.ts). */
import { allowedOrigins } from './originPolicy';

export interface FrameConfig {
  readonly kiosk: boolean;
  readonly allowed: ReadonlySet<string>;
  readonly rejected: readonly string[];
}

export function readFrameConfig(
  search: string,
  selfOrigin: string,
  buildList: string | undefined,
): FrameConfig {
  const params = new URLSearchParams(search);
  const { allowed, rejected } = allowedOrigins(selfOrigin, buildList, params.get('origins'));
  const kiosk = params.get('kiosk');
  return { kiosk: kiosk !== null && kiosk !== '0' && kiosk !== 'false', allowed, rejected };
}
