import { regionById, structureById } from '../content';
import { isPain, spreadFrom } from '../anatomy/spreadFrom';
import { regionSourcesOf, sourcesOf } from '../anatomy/sourcesOf';
import { useExplorer } from '../state/store';
import { pluralKey } from './i18n/plural';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName, withSide } from './names';
import { useMarksAnnouncement } from './visit/useMarksAnnouncement';

/**
 * Says each selection and its spread (or sources) in one sentence, by grade, for screen readers; with
 * nothing selected, the places marked as hurting and the first of what could connect them.
 */
export function Announcer() {
  const t = useStrings();
  const selection = useExplorer((s) => s.selection);
  const hurts = useExplorer((s) => s.hurts);
  const marksMessage = useMarksAnnouncement();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);

  let message = '';
  if (selection?.kind === 'structure') {
    const name = withSide(structureName(structureById(selection.id), mode, lang), selection.side, t);
    const spreads = spreadFrom(selection.id, selection.side).filter(isPain);
    const names = (grade: 'article' | 'anatomy') =>
      spreads
        .filter((s) => s.grade === grade)
        .map((s) => withSide(regionName(regionById(s.region), mode, lang), s.side, t))
        .join(', ');
    const article = names('article');
    const anatomy = names('anatomy');
    message = [
      t('announceSelected', { name }),
      article && t('announceArticle', { regions: article }),
      anatomy && t('announceAnatomy', { regions: anatomy }),
      !article && !anatomy && t('announceNoSpread'),
    ]
      .filter(Boolean)
      .join(' ');
  } else if (selection?.kind === 'region') {
    const name = withSide(regionName(regionById(selection.id), mode, lang), selection.side, t);
    const sources = [
      ...sourcesOf(selection.id, selection.side),
      ...regionSourcesOf(selection.id, selection.side),
    ];
    const count = (grade: 'article' | 'anatomy') => {
      const n = sources.filter((s) => s.grade === grade).length;
      return t(pluralKey(lang, 'parts', n), { count: String(n) });
    };
    message = t('announceRegion', { name, article: count('article'), anatomy: count('anatomy') });
  } else if (hurts.length > 0) message = marksMessage;
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
