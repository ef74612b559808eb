/**
 * The zod-free embed side (protocolConstants.ts, the <pain-explorer> loader) keeps its own copies of lists
 * defined elsewhere, so the loader stays a few KB. These tests make a copy that drifts fail.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LANGS } from '../state/types';
import type { HostEvent } from './hostEvents';
import { POSTER_LABELS } from './loader/posterLabels';
import { COMMAND_PAYLOADS } from './protocol';
import { COMMAND_TYPES } from './protocolConstants';
import type { ErrorCode, EventType } from './protocolConstants';

const expectSameList = (copy: readonly string[], source: readonly string[]) => {
  expect(copy).toHaveLength(source.length);
  expect(new Set(copy)).toEqual(new Set(source));
};

describe('lists the embed side repeats', () => {
  it('COMMAND_TYPES names exactly the commands protocol.ts has schemas for', () => {
    expectSameList(COMMAND_TYPES, Object.keys(COMMAND_PAYLOADS));
  });

  it('the loader has poster labels for exactly the explorer languages', () => {
    expectSameList(Object.keys(POSTER_LABELS), LANGS);
  });

  it('EVENT_TYPES and ERROR_CODES cover what the frame sends', () => {
    // Type-level only (checked by tsc): HostEvent is a type, and 'ready' is sent by frameBridge itself.
    expectTypeOf<HostEvent['type'] | 'ready'>().toEqualTypeOf<EventType>();
    expectTypeOf<Extract<HostEvent, { type: 'error' }>['payload']['code']>().toExtend<ErrorCode>();
  });
});
