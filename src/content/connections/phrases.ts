/** Small helpers to write region lists into plain sentences in English and Spanish. */
import type { RegionId } from '../ids';
import { REGIONS } from '../regions';
import type { Localized } from '../schema';

const byId = new Map(REGIONS.map((r) => [r.id, r]));

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/** "the buttock and the back of the thigh" / "la nalga y la parte de atrás del muslo". */
export function regionList(ids: readonly RegionId[]): Localized {
  const names = ids.map((id) => {
    const region = byId.get(id);
    if (!region) throw new Error(`unknown region ${id}`);
    return region.name;
  });
  const es = names.map((n) => {
    const text = lowerFirst(n.es);
    return `${text.startsWith('costado') ? 'el' : 'la'} ${text}`;
  });
  // Spanish "y" becomes "e" before an i- sound ("e inglés"); none of our region names start with one.
  return {
    en: joinList(
      names.map((n) => `the ${lowerFirst(n.en)}`),
      'and',
    ),
    es: joinList(es, 'y'),
  };
}
