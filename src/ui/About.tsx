import { ARTICLE } from '../content';
import { useStrings } from './i18n/useStrings';

/** The article this explorer is built on, and how its content is sourced. */
export function About() {
  const t = useStrings();
  return (
    <details className="about" id="article">
      <summary>{t('aboutHeading')}</summary>
      <p>
        <cite>{ARTICLE.title}</cite> — {t('articleBy')} {ARTICLE.author}, {ARTICLE.publisher}.{' '}
        <a href={ARTICLE.url} target="_blank" rel="noreferrer">
          {ARTICLE.url}
        </a>
      </p>
      <p>{t('aboutBody')}</p>
      <p>
        <strong>{t('disclaimer')}</strong>
      </p>
    </details>
  );
}
