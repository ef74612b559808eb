/**
 * The postMessage protocol's name, version and message types, with no dependencies, so the tiny loader
 * script can share them with the iframe page without pulling in zod. Schemas live in protocol.ts.
 */
export const PROTOCOL = 'pain-explorer';
export const PROTOCOL_VERSION = 1;

/** Host -> explorer. */
export const COMMAND_TYPES = [
  'select',
  'selectRegion',
  'clear',
  'resetView',
  'setMode',
  'setLang',
  'setLayers',
  'setHurts',
] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** Explorer -> host. */
export const EVENT_TYPES = ['ready', 'load', 'select', 'region-select', 'hurts-change', 'error'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ERROR_CODES = [
  'bad-message',
  'unsupported-version',
  'unknown-type',
  'bad-payload',
  'no-webgl',
  'model-failed',
  'timeout',
  'bad-src',
  // A list of places that hurt was applied without some of its entries (unknown, repeated, too many).
  'dropped-entries',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every message, both ways, travels in this envelope. `id` (optional) is echoed as `replyTo` on errors. */
export interface Envelope<T extends string = string, P = unknown> {
  readonly protocol: typeof PROTOCOL;
  readonly version: number;
  readonly type: T;
  readonly id?: string | number;
  readonly payload?: P;
}

export const envelope = <T extends string, P>(type: T, payload: P): Envelope<T, P> => ({
  protocol: PROTOCOL,
  version: PROTOCOL_VERSION,
  type,
  payload,
});
