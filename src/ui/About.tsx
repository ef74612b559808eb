import { ARTICLE } from '../content';
import { ExternalLink } from './ExternalLink';
import { useStrings } from './i18n/useStrings';

/** The article this explorer is built on, and how its content is sourced. */
export function About() {
  const t = useStrings();
  return (
    <details className="about" id="article">
      <summary>{t('aboutHeading')}</summary>
      <p>
        <cite lang="en">{ARTICLE.title}</cite> — {t('articleBy')} {ARTICLE.author}, {ARTICLE.publisher}.{' '}
        <ExternalLink href={ARTICLE.url}>{ARTICLE.url}</ExternalLink>
      </p>
      <p>{t('aboutBody')}</p>
      <p>
        <strong>{t('disclaimer')}</strong>
      </p>
    </details>
  );
}
