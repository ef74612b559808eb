import { claimById } from '../content';
import type { ClaimId } from '../content/ids';
import { useExplorer } from '../state/store';
import type { Section } from '../content/schema';
import type { StringKey } from './i18n/strings';
import { useStrings } from './i18n/useStrings';
import { TourLink } from './TourLink';

/** The article's section headings, in the interface language (the quote itself stays in English). */
const SECTION: Record<Section, StringKey> = {
  Introduction: 'section_Introduction',
  'Back Pain': 'section_BackPain',
  'Hip Pain': 'section_HipPain',
  'Knee Pain': 'section_KneePain',
  Closing: 'section_Closing',
};

/** The article's exact words for a claim, its id and section; in Spanish with our translation beside it. */
export function ClaimQuote({ id, tourLink = true }: { id: ClaimId; tourLink?: boolean }) {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  const claim = claimById(id);
  return (
    <figure className="quote" data-testid={`quote-${id}`}>
      <blockquote lang="en" cite="#article">
        <p>“{claim.quote.replace(/\s+/g, ' ')}”</p>
      </blockquote>
      {lang === 'es' && (
        <p className="quote__translation" lang="es">
          <span className="tag">{t('translationLabel')}</span> {claim.translation.es}
        </p>
      )}
      <figcaption>
        {t('fromArticle')} · {t('claimLabel')} <strong>{claim.id}</strong> ·{' '}
        {t('sectionLabel', { section: t(SECTION[claim.section]) })}
        {tourLink && <TourLink claim={id} />}
      </figcaption>
    </figure>
  );
}
