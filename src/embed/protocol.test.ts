import { describe, expect, it } from 'vitest';
import { droppedEntries, HURTS_ITEMS_LIMIT, parseCommand } from './protocol';
import { COMMAND_TYPES, PROTOCOL, PROTOCOL_VERSION } from './protocolConstants';

const msg = (type: string, payload?: unknown, extra: Record<string, unknown> = {}) => ({
  protocol: PROTOCOL,
  version: PROTOCOL_VERSION,
  type,
  payload,
  ...extra,
});

describe('parseCommand', () => {
  it('accepts every command type with a valid payload', () => {
    const valid: Record<(typeof COMMAND_TYPES)[number], unknown> = {
      select: { structure: 'rectus_femoris', side: 'left' },
      selectRegion: { region: 'outside_of_knee', side: 'right' },
      clear: undefined,
      resetView: {},
      setMode: { mode: 'student' },
      setLang: { lang: 'es' },
      setLayers: { layers: ['bones', 'nerves'] },
      setHurts: { hurts: ['side_of_hip:right', 'outside_of_knee:right'] },
    };
    for (const type of COMMAND_TYPES) {
      const result = parseCommand(msg(type, valid[type]));
      expect(result.ok, type).toBe(true);
      if (result.ok) expect(result.command.type).toBe(type);
    }
  });

  it('keeps the payload it read and the message id', () => {
    const result = parseCommand(msg('select', { structure: 'iliotibial_band' }, { id: 7 }));
    expect(result).toEqual({
      ok: true,
      id: 7,
      command: { type: 'select', payload: { structure: 'iliotibial_band' } },
    });
  });

  it('says "bad-message" for anything that is not an envelope of this protocol', () => {
    for (const data of [
      null,
      undefined,
      42,
      'select',
      [],
      {},
      { type: 'select' },
      msg('select', {}, { protocol: 'x' }),
    ]) {
      const result = parseCommand(data);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-message');
    }
  });

  it('says "unsupported-version" for another version and echoes the id', () => {
    const result = parseCommand(msg('clear', undefined, { version: 2, id: 'a1' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-version', replyTo: 'a1' } });
  });

  it('names an unknown type and lists the known ones', () => {
    const result = parseCommand(msg('explode', {}));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unknown-type');
      expect(result.error.message).toContain('explode');
      expect(result.error.message).toContain('select');
    }
  });

  it('rejects bad payloads with the path of the problem', () => {
    const cases: [string, unknown, string][] = [
      ['select', { structure: 'nonsense' }, 'payload.structure'],
      ['select', { structure: 'rectus_femoris', side: 'middle' }, 'payload.side'],
      ['select', { structure: 'rectus_femoris', extra: 1 }, 'extra'],
      ['select', undefined, 'payload'],
      ['setMode', { mode: 'admin' }, 'payload.mode'],
      ['setLang', { lang: 'fr' }, 'payload.lang'],
      ['setLayers', { layers: ['skin', 'brain'] }, 'payload.layers.1'],
      ['clear', { now: true }, 'now'],
      ['setHurts', { hurts: 'side_of_hip:right' }, 'payload.hurts'],
      ['setHurts', { places: [] }, 'places'],
    ];
    for (const [type, payload, where] of cases) {
      const result = parseCommand(msg(type, payload));
      expect(result.ok, `${type} ${JSON.stringify(payload)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('bad-payload');
        expect(result.error.message).toContain(where);
      }
    }
  });

  it('echoes no bidi controls or invisible formatting characters in its error texts', () => {
    const rlo = '\u202e';
    const texts = [
      parseCommand(msg(`sel${rlo}tceles`, {})),
      parseCommand(msg('select', { structure: 'rectus_femoris', [`x${rlo}\u2066y`]: 1 })),
      parseCommand(msg('setLayers', { layers: [`bo${rlo}nes`] })),
    ].map((result) => (result.ok ? '' : result.error.message));
    for (const text of texts) {
      expect(text).not.toBe('');
      expect(text).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    }
    expect(texts[0]).toContain('seltceles');
  });

  it('rejects oversized arrays, strings and objects before reading them', () => {
    // A million-item list whose items report being read: a length check must refuse it untouched.
    let itemsRead = 0;
    const huge = new Array<string>(1_000_000).fill('bones');
    for (let i = 0; i < 20; i += 1)
      Object.defineProperty(huge, i, {
        get: () => {
          itemsRead += 1;
          return 'bones';
        },
      });
    const manyKeys = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const cases: unknown[] = [
      msg('setLayers', { layers: huge }),
      msg('setLayers', { layers: new Array<string>(17).fill('bones') }),
      msg('select', { structure: 'x'.repeat(5_000_000) }),
      msg('select', manyKeys),
      { ...msg('clear'), ...manyKeys },
      msg('setLayers', { layers: [[[['bones']]]] }),
    ];
    for (const data of cases) {
      const started = performance.now();
      const result = parseCommand(data);
      const took = performance.now() - started;
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['bad-payload', 'bad-message']).toContain(result.error.code);
      // Walking a million items takes hundreds of ms; reading a length takes none.
      expect(took).toBeLessThan(50);
    }
    expect(itemsRead).toBe(0);
  });

  it('setHurts keeps the valid part of hundreds of entries and says what it left out', () => {
    const hurts = [
      'side_of_hip:right',
      'moon:left',
      42,
      'side_of_hip:right',
      'outside_of_knee:right',
      ...Array.from({ length: 400 }, (_, i) => `x${i}\u202e:left`),
    ];
    const result = parseCommand(msg('setHurts', { hurts }, { id: 'h1' }));
    expect(result.ok).toBe(true);
    if (!result.ok || result.command.type !== 'setHurts') return;
    expect(result.command.payload.marks).toEqual([
      { region: 'side_of_hip', side: 'right' },
      { region: 'outside_of_knee', side: 'right' },
    ]);
    const dropped = droppedEntries(result);
    expect(dropped).toMatchObject({ code: 'dropped-entries', replyTo: 'h1' });
    expect(dropped?.message).toContain('"moon:left", "42", "x0:left" and 250 more');
    expect(dropped?.message).toContain('1 repeated');
    expect(dropped?.message).toContain('149 past the first 256');
    expect(dropped?.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    // A clean list, or another command, has nothing left out.
    const clean = parseCommand(msg('setHurts', { hurts: ['calf:left'] }));
    expect(clean.ok && droppedEntries(clean)).toBeNull();
    const other = parseCommand(msg('clear'));
    expect(other.ok && droppedEntries(other)).toBeNull();
  });

  it('setHurts past its own bound is refused whole, unread', () => {
    let itemsRead = 0;
    const huge = new Array<string>(1_000_000).fill('calf:left');
    Object.defineProperty(huge, 0, {
      get: () => {
        itemsRead += 1;
        return 'calf:left';
      },
    });
    for (const hurts of [huge, new Array<string>(HURTS_ITEMS_LIMIT + 1).fill('calf:left')]) {
      const result = parseCommand(msg('setHurts', { hurts }));
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    }
    expect(itemsRead).toBe(0);
    // Other lists keep the general bound.
    expect(parseCommand(msg('setLayers', { layers: new Array(17).fill('bones') })).ok).toBe(false);
  });

  it('never throws and keeps error messages short, whatever it is given', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const junk = (depth: number): unknown => {
      const pick = Math.floor(random() * 8);
      if (depth > 3 || pick < 3)
        return [null, 'x'.repeat(Math.floor(random() * 500)), random() * 1e9, true][pick % 4];
      if (pick < 5) return Array.from({ length: 3 }, () => junk(depth + 1));
      return {
        protocol: random() < 0.7 ? PROTOCOL : 'x',
        version: 1,
        type: COMMAND_TYPES[pick % COMMAND_TYPES.length] ?? 'zz',
        payload: junk(depth + 1),
      };
    };
    for (let i = 0; i < 500; i += 1) {
      const result = parseCommand(junk(0));
      if (!result.ok) expect(result.error.message.length).toBeLessThan(400);
    }
  });
});
