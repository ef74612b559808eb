import { regionById, structureById } from '../content';
import { isPain, spreadFrom } from '../anatomy/spreadFrom';
import { sourcesOf } from '../anatomy/sourcesOf';
import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName, withSide } from './names';

/** Says each selection and its spread (or sources) in one sentence, for screen readers. */
export function Announcer() {
  const t = useStrings();
  const selection = useExplorer((s) => s.selection);
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);

  let message = '';
  if (selection?.kind === 'structure') {
    const name = withSide(structureName(structureById(selection.id), mode, lang), selection.side, t);
    const regions = spreadFrom(selection.id, selection.side)
      .filter(isPain)
      .map((s) => withSide(regionName(regionById(s.region), mode, lang), s.side, t));
    message = regions.length
      ? t('announceStructure', { name, regions: regions.join(', ') })
      : t('announceNoSpread', { name });
  } else if (selection?.kind === 'region') {
    const name = withSide(regionName(regionById(selection.id), mode, lang), selection.side, t);
    const count = sourcesOf(selection.id, selection.side).length;
    message = t('announceRegion', { name, count: String(count) });
  }
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
