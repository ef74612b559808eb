/**
 * The versioned postMessage protocol between a host page and the embedded explorer, as zod schemas.
 * Anything from outside is parsed here first: a message that fails gets an error naming what was wrong and
 * changes nothing. Payloads are strict objects, so a misspelt key is an error rather than silently ignored.
 */
import { z } from 'zod';
import { REGION_IDS, SIDES, STRUCTURE_IDS } from '../content/ids';
import { LANGS, LAYERS, MODES } from '../state/types';
import { shorten } from '../lib/displayText';
import { HURTS_READ_LIMIT, parseHurtsEntries } from '../state/hurts';
import { COMMAND_TYPES, PROTOCOL, PROTOCOL_VERSION, envelope } from './protocolConstants';
import type { CommandType, Envelope, ErrorCode } from './protocolConstants';

const MessageId = z.union([z.string().max(64), z.number().finite()]);

const EnvelopeSchema = z.object({
  protocol: z.literal(PROTOCOL),
  version: z.number().int(),
  type: z.string().max(64),
  id: MessageId.optional(),
  payload: z.unknown().optional(),
});

const Empty = z.strictObject({}).optional();

export const COMMAND_PAYLOADS = {
  select: z.strictObject({ structure: z.enum(STRUCTURE_IDS), side: z.enum(SIDES).nullish() }),
  selectRegion: z.strictObject({ region: z.enum(REGION_IDS), side: z.enum(SIDES).nullish() }),
  clear: Empty,
  resetView: Empty,
  setMode: z.strictObject({ mode: z.enum(MODES) }),
  setLang: z.strictObject({ lang: z.enum(LANGS) }),
  setLayers: z.strictObject({ layers: z.array(z.enum(LAYERS)).max(LAYERS.length) }),
  // Entries as in a link ('side_of_hip:right'); read leniently, like the link: the valid part is kept.
  setHurts: z
    .strictObject({ hurts: z.array(z.unknown()) })
    .transform(({ hurts }) => parseHurtsEntries(hurts)),
} satisfies Record<CommandType, z.ZodType>;

export type Command = {
  [T in CommandType]: { type: T; payload: z.output<(typeof COMMAND_PAYLOADS)[T]> };
}[CommandType];

export interface ErrorPayload {
  readonly code: ErrorCode;
  readonly message: string;
  readonly replyTo?: string | number;
}

export type ParseResult =
  | { readonly ok: true; readonly command: Command; readonly id?: string | number }
  | { readonly ok: false; readonly error: ErrorPayload };

const isCommandType = (type: string): type is CommandType =>
  (COMMAND_TYPES as readonly string[]).includes(type);

/** The first few zod issues as one readable line: "payload.structure: Invalid option ...". */
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map(
      (issue) =>
        `${['payload', ...issue.path.map((key) => shorten(String(key), 24))].join('.')}: ${shorten(issue.message, 120)}`,
    )
    .join('; ');
}

/**
 * Bounds checked before any schema runs. No valid message comes near them (the longest list is the five
 * layers, the longest string an id), so anything beyond is refused at the cost of reading a length,
 * however big it is: a million-item list must not be walked item by item only to be rejected.
 */
export const LIMITS = { keys: 16, items: 16, chars: 256, depth: 3 } as const;

/**
 * The one list allowed to be longer: places that hurt (`setHurts`), which a host may send with hundreds
 * of entries, repeats or mistakes in it; its valid part is kept. Past this many it is refused whole.
 */
export const HURTS_ITEMS_LIMIT = 1024;

/** Whether an object has more keys than LIMITS allows, or a key longer than LIMITS.chars; stops counting there. */
function tooManyKeys(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  let keys = 0;
  for (const key in value) {
    keys += 1;
    if (keys > LIMITS.keys || key.length > LIMITS.chars) return true;
  }
  return false;
}

/**
 * Where `value` first breaks LIMITS, as a path ("payload.layers"), or null when it fits; `items` is the
 * longest list allowed at any depth.
 */
function oversized(value: unknown, path: string, items: number, depth = 0): string | null {
  if (typeof value === 'string') return value.length > LIMITS.chars ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= LIMITS.depth) return path;
  if (Array.isArray(value)) {
    if (value.length > items) return path;
    for (let i = 0; i < value.length; i += 1) {
      const found = oversized(value[i], `${path}.${i}`, items, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (tooManyKeys(value)) return path;
  for (const key in value) {
    const found = oversized(
      (value as Record<string, unknown>)[key],
      `${path}.${shorten(key, 24)}`,
      items,
      depth + 1,
    );
    if (found) return found;
  }
  return null;
}

/** Reads one incoming message. Never throws, whatever `data` is (structured-clone data from anywhere). */
export function parseCommand(data: unknown): ParseResult {
  const outer = tooManyKeys(data) ? null : EnvelopeSchema.safeParse(data);
  if (!outer?.success) {
    return {
      ok: false,
      error: {
        code: 'bad-message',
        message: `Not a ${PROTOCOL} message: expected { protocol: '${PROTOCOL}', version: ${PROTOCOL_VERSION}, type, payload }.`,
      },
    };
  }
  const { version, type, id, payload } = outer.data;
  const replyTo = id === undefined ? {} : { replyTo: id };
  const tooBig = oversized(payload, 'payload', type === 'setHurts' ? HURTS_ITEMS_LIMIT : LIMITS.items);
  if (tooBig) {
    return {
      ok: false,
      error: {
        code: 'bad-payload',
        message: `Message too large at ${tooBig} (at most ${LIMITS.items} items, ${LIMITS.keys} keys, ${LIMITS.chars} characters).`,
        ...replyTo,
      },
    };
  }
  if (version !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: {
        code: 'unsupported-version',
        message: `Protocol version ${version} is not supported; this explorer speaks version ${PROTOCOL_VERSION}.`,
        ...replyTo,
      },
    };
  }
  if (!isCommandType(type)) {
    return {
      ok: false,
      error: {
        code: 'unknown-type',
        message: `Unknown message type "${shorten(type)}"; known: ${COMMAND_TYPES.join(', ')}.`,
        ...replyTo,
      },
    };
  }
  const inner = COMMAND_PAYLOADS[type].safeParse(payload);
  if (!inner.success) {
    return {
      ok: false,
      error: { code: 'bad-payload', message: `Bad "${type}" payload: ${describe(inner.error)}`, ...replyTo },
    };
  }
  return { ok: true, command: { type, payload: inner.data } as Command, ...(id === undefined ? {} : { id }) };
}

/**
 * For a list of places that hurt applied without some of its entries: an error that says what was left
 * out (the rest is applied all the same); null when all of it was used or for other commands.
 */
export function droppedEntries(result: Extract<ParseResult, { ok: true }>): ErrorPayload | null {
  if (result.command.type !== 'setHurts') return null;
  const { unknown, moreUnknown, repeated, beyond } = result.command.payload.dropped;
  const parts = [
    unknown.length > 0
      ? `unknown ${unknown.map((u) => `"${u}"`).join(', ')}${moreUnknown > 0 ? ` and ${moreUnknown} more` : ''}`
      : '',
    repeated > 0 ? `${repeated} repeated` : '',
    beyond > 0 ? `${beyond} past the first ${HURTS_READ_LIMIT}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return {
    code: 'dropped-entries',
    message: `Left out of "hurts" (the rest was applied): ${parts.join('; ')}. Entries are "region:side".`,
    ...(result.id === undefined ? {} : { replyTo: result.id }),
  };
}

export const errorMessage = (error: ErrorPayload): Envelope<'error', ErrorPayload> =>
  envelope('error', error);
