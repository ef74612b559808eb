/**
 * The versioned postMessage protocol between a host page and the embedded explorer, as zod schemas.
 * Anything from outside is parsed here first: a message that fails gets an error naming what was wrong and
 * changes nothing. Payloads are strict objects, so a misspelt key is an error rather than silently ignored.
 */
import { z } from 'zod';
import { REGION_IDS, SIDES, STRUCTURE_IDS } from '../content/ids';
import { LANGS, LAYERS, MODES } from '../state/types';
import { shorten } from '../state/urlState';
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
    .map((issue) => `${['payload', ...issue.path.map(String)].join('.')}: ${shorten(issue.message)}`)
    .join('; ');
}

/** Reads one incoming message. Never throws, whatever `data` is (structured-clone data from anywhere). */
export function parseCommand(data: unknown): ParseResult {
  const outer = EnvelopeSchema.safeParse(data);
  if (!outer.success) {
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

export const errorMessage = (error: ErrorPayload): Envelope<'error', ErrorPayload> =>
  envelope('error', error);
