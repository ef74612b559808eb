import { parseKioskConfig } from './kiosk';
import type { KioskConfig } from './kiosk';
import { LANGS } from './types';
import type { Lang } from './types';

/**
 * What one device remembers between visits (localStorage): whether it is a clinic kiosk, and the language
 * its user chose. Never anything about a patient. Storage may be missing or refuse (private mode): then
 * nothing is remembered and the defaults apply.
 */
const KIOSK_KEY = 'pain-explorer:kiosk-idle-seconds';
const LANG_KEY = 'pain-explorer:lang';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storage = (): Store | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const attempt = (write: (s: Store) => void, store: Store | null) => {
  try {
    if (store) write(store);
  } catch {
    // A full or refused storage only means the choice is not remembered.
  }
};

/**
 * The kiosk is a setting of the device: `?kiosk=1` (with `idle=`) turns it on and remembers it, `?kiosk=0`
 * turns it off and forgets it; without either, the device's setting holds. An installed app therefore
 * opens as the normal explorer unless the clinic set this tablet up as a kiosk.
 */
export function kioskOfDevice(search: string, store: Store | null = storage()): KioskConfig {
  const asked = new URLSearchParams(search).get('kiosk');
  const fromUrl = parseKioskConfig(search);
  if (asked !== null) {
    attempt(
      (s) => (fromUrl.enabled ? s.setItem(KIOSK_KEY, String(fromUrl.idleSeconds)) : s.removeItem(KIOSK_KEY)),
      store,
    );
    return fromUrl;
  }
  let remembered: string | null = null;
  attempt((s) => (remembered = s.getItem(KIOSK_KEY)), store);
  return remembered === null ? fromUrl : parseKioskConfig(`?kiosk=1&idle=${encodeURIComponent(remembered)}`);
}

/**
 * The language to start in when the link names none: the one this device's user chose before, else the
 * first of the device's languages (navigator.languages) that the explorer speaks, else null (the default).
 */
export function languageOfDevice(languages: readonly string[], store: Store | null = storage()): Lang | null {
  let chosen: string | null = null;
  attempt((s) => (chosen = s.getItem(LANG_KEY)), store);
  const known = (tag: string | null) => {
    const base = tag?.toLowerCase().split('-')[0];
    return LANGS.find((lang) => lang === base) ?? null;
  };
  return known(chosen) ?? languages.map(known).find((lang) => lang !== null) ?? null;
}

/** Remembers a language the user picked (not in a kiosk: a shared tablet keeps its own language). */
export function rememberLanguage(lang: Lang, store: Store | null = storage()): void {
  attempt((s) => s.setItem(LANG_KEY, lang), store);
}
