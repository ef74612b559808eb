import { SIDES } from '../../content/ids';
import type { Mark } from '../../state/hurts';
import { markKey } from '../../state/hurts';
import { useExplorer } from '../../state/store';
import { useVisitStrings, visitPlural } from './visitStrings';
import { useStrings } from '../i18n/useStrings';
import { regionName } from '../names';
import { regionById } from '../../content';
import { inSentence, joinWords, markName } from './markNames';

/**
 * The places marked as hurting, said in words side by side ("On the right: the side of the hip and the
 * outside of the knee. On the left: ..."), so a right hip and a left knee can never read as one side; each
 * with a button to see what can hurt there and one to take the mark away.
 */
export function MarkedPlaces({ marks }: { marks: readonly Mark[] }) {
  const t = useStrings();
  const v = useVisitStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const { select, toggleHurt } = useExplorer.getState();
  const sentences = [...SIDES]
    .reverse()
    .map((side) => {
      const names = marks
        .filter((m) => m.side === side)
        .map((m) => inSentence(regionName(regionById(m.region), mode, lang)));
      if (names.length === 0) return null;
      return v(side === 'right' ? 'onRight' : 'onLeft', { list: joinWords(names, v('and')) });
    })
    .filter((s) => s !== null);
  return (
    <section className="marked" aria-labelledby="marked-heading" data-testid="marked-places">
      <h3 id="marked-heading">{visitPlural(lang, 'marked', marks.length)}</h3>
      <p data-testid="marked-sentence">{sentences.join(' ')}</p>
      <ul className="marked__list">
        {marks.map((mark) => {
          const name = markName(mark, mode, lang, t);
          return (
            <li key={markKey(mark)} className="marked__item" data-testid={`mark-${mark.region}-${mark.side}`}>
              <span className={`marked__side marked__side--${mark.side}`} aria-hidden="true">
                {t(mark.side === 'right' ? 'sideRight' : 'sideLeft')}
              </span>
              <span className="marked__name">{name}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={v('markDetailsLabel', { name })}
                data-testid={`mark-details-${mark.region}-${mark.side}`}
                onClick={() => select({ kind: 'region', id: mark.region, side: mark.side })}
              >
                {v('markDetails')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={v('markRemoveLabel', { name })}
                data-testid={`mark-remove-${mark.region}-${mark.side}`}
                onClick={() => toggleHurt(mark)}
              >
                {v('markRemove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
