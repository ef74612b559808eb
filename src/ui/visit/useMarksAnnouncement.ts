import { useMemo } from 'react';
import { connectMarks } from '../../anatomy/connectMarks';
import { regionById } from '../../content';
import { regionSourcesOf, sourcesOf } from '../../anatomy/sourcesOf';
import { useExplorer } from '../../state/store';
import { useVisitStrings, visitPlural } from './visitStrings';
import { pluralKey } from '../i18n/plural';
import { useStrings } from '../i18n/useStrings';
import { regionName, withSide } from '../names';
import { connectorTitle } from './ConnectorList';
import { markName } from './markNames';

/**
 * What a screen reader hears about the places marked as hurting: one place, as a chosen region is said
 * (its sources by grade); several, each with its side, and the first of what could connect them.
 */
export function useMarksAnnouncement(): string {
  const t = useStrings();
  const v = useVisitStrings();
  const hurts = useExplorer((s) => s.hurts);
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const best = useMemo(() => connectMarks(hurts).connecting[0], [hurts]);
  const [only] = hurts;
  if (!only) return '';
  if (hurts.length === 1) {
    const sources = [...sourcesOf(only.region, only.side), ...regionSourcesOf(only.region, only.side)];
    const count = (grade: 'article' | 'anatomy') => {
      const n = sources.filter((s) => s.grade === grade).length;
      return t(pluralKey(lang, 'parts', n), { count: String(n) });
    };
    const name = withSide(regionName(regionById(only.region), mode, lang), only.side, t);
    return [
      visitPlural(lang, 'announceMarks', 1, { places: name }),
      t('announceRegion', { name, article: count('article'), anatomy: count('anatomy') }),
    ].join(' ');
  }
  const places = hurts.map((m) => markName(m, mode, lang, t)).join(', ');
  return [
    visitPlural(lang, 'announceMarks', hurts.length, { places }),
    best
      ? v('announceBest', {
          name: connectorTitle(best, mode, lang, t, v),
          grade: t(best.grade === 'article' ? 'gradeArticle' : 'gradeAnatomy'),
        })
      : v('connectNone'),
  ].join(' ');
}
