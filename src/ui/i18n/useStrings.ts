import { useExplorer } from '../../state/store';
import { STRINGS } from './strings';
import type { StringKey } from './strings';

export type Translate = (key: StringKey, params?: Record<string, string>) => string;

/** The interface texts in the chosen language, with `{name}` placeholders filled in. */
export function useStrings(): Translate {
  const lang = useExplorer((s) => s.lang);
  const table = STRINGS[lang];
  return (key, params) => {
    let text: string = table[key];
    for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, value);
    return text;
  };
}
