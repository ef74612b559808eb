import { claimById } from '../content';
import type { ClaimId } from '../content/ids';
import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';

/** The article's exact words for a claim, its id and section; in Spanish with our translation beside it. */
export function ClaimQuote({ id }: { id: ClaimId }) {
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
        {t('fromArticle')} · {t('claimLabel')} <strong>{claim.id}</strong> · {claim.section}{' '}
        {t('sectionLabel')}
      </figcaption>
    </figure>
  );
}
