import { describe, expect, it } from 'vitest';
import { kioskOfDevice, languageOfDevice, rememberLanguage } from './deviceSettings';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the kiosk as a device setting', () => {
  it('is off for an installed app that was never set up (no ?kiosk, nothing remembered)', () => {
    expect(kioskOfDevice('', memoryStore()).enabled).toBe(false);
  });

  it('?kiosk=1 turns it on and is remembered with its idle time; ?kiosk=0 forgets it', () => {
    const store = memoryStore();
    expect(kioskOfDevice('?kiosk=1&idle=45', store)).toEqual({ enabled: true, idleSeconds: 45 });
    expect(kioskOfDevice('', store)).toEqual({ enabled: true, idleSeconds: 45 });
    expect(kioskOfDevice('?structure=femur', store).enabled).toBe(true);
    expect(kioskOfDevice('?kiosk=0', store).enabled).toBe(false);
    expect(kioskOfDevice('', store).enabled).toBe(false);
  });

  it('a storage that throws leaves the URL in charge', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(kioskOfDevice('?kiosk=1', broken).enabled).toBe(true);
    expect(kioskOfDevice('', broken).enabled).toBe(false);
  });
});

describe('the language of the device', () => {
  it('follows navigator.languages on a first visit, by base language', () => {
    expect(languageOfDevice(['es-MX', 'en-US'], memoryStore())).toBe('es');
    expect(languageOfDevice(['fr-FR', 'en-GB'], memoryStore())).toBe('en');
    expect(languageOfDevice(['fr-FR', 'de'], memoryStore())).toBeNull();
  });

  it("prefers the user's own earlier choice", () => {
    const store = memoryStore();
    rememberLanguage('en', store);
    expect(languageOfDevice(['es-ES'], store)).toBe('en');
  });
});
