import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { claimById } from '../../content';
import { ARTICLE } from '../../content/article';
import { RED_FLAGS } from '../../content/redFlags';
import { useExplorer } from '../../state/store';
import { captureView, useTakeHome } from '../../state/takeHome';
import { useStrings } from '../i18n/useStrings';
import { handoutContent } from './handoutContent';
import { QrCode } from './QrCode';
import { useTakeHomeLink } from './useTakeHomeLink';
import { useVisitStrings } from './visitStrings';
import { useTakeHomeStrings } from './takeHomeStrings';
import './handout.css';

/**
 * The one-page printed handout of the current view, in the current language: a picture of the view, what
 * is marked or selected, the article's words with their claim ids, the plain explanations, when to get
 * urgent care, the disclaimer, the QR code and the date. Hidden on screen; the print stylesheet shows it
 * alone, from "Print a handout" and from the browser's own print.
 */
export function Handout() {
  const t = useStrings();
  const v = useVisitStrings();
  const h = useTakeHomeStrings();
  const lang = useExplorer((s) => s.lang);
  const mode = useExplorer((s) => s.mode);
  const selection = useExplorer((s) => s.selection);
  const hurts = useExplorer((s) => s.hurts);
  const viewImage = useTakeHome((s) => s.viewImage);
  const { link, qr } = useTakeHomeLink();
  useEffect(() => {
    // The browser's own print: a fresh picture, in the page before it is laid out for paper.
    const onBeforePrint = () => flushSync(captureView);
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  const content = handoutContent({ selection, hurts, mode, lang }, t, v, h);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
  return (
    <article className="handout" data-testid="handout">
      <header className="handout__head">
        <h1>{h('handoutTitle')}</h1>
        <p data-testid="handout-date">{h('handoutDate', { date })}</p>
      </header>
      <p className="handout__disclaimer">
        <strong>{t('disclaimer')}</strong>
      </p>
      <div className="handout__top">
        {viewImage && (
          <img
            className="handout__view"
            data-testid="handout-view"
            src={viewImage}
            alt={h('handoutViewAlt')}
          />
        )}
        <div className="handout__summary">
          <p className="handout__subject" data-testid="handout-subject">
            <strong>{content.subject ?? h('handoutNothing')}</strong>
          </p>
          {content.entriesHeading && <h2>{content.entriesHeading}</h2>}
          <ol className="handout__entries">
            {content.entries.map((e, i) => (
              <li key={i}>
                {e.title && <strong>{e.title}: </strong>}
                {e.detail}
              </li>
            ))}
          </ol>
        </div>
        {link.ok && qr?.ok && (
          <figure className="handout__qr">
            <QrCode qr={qr} label={h('qrLabel')} testId="handout-qr" />
            <figcaption>
              {h('handoutScan')}
              <span className="handout__link">{link.url}</span>
            </figcaption>
          </figure>
        )}
      </div>
      {content.claims.length > 0 && (
        <section>
          <h2>{h('handoutQuotes')}</h2>
          {content.claims.map((id) => {
            const claim = claimById(id);
            return (
              <blockquote key={id} className="handout__quote" data-testid={`handout-quote-${id}`}>
                <strong>{id}</strong> <q lang="en">{claim.quote.replace(/\s+/g, ' ')}</q>
                {lang === 'es' && (
                  <span className="handout__translation">
                    {' '}
                    ({t('translationLabel')}: {claim.translation.es})
                  </span>
                )}
              </blockquote>
            );
          })}
        </section>
      )}
      {content.explanations.length > 0 && (
        <section>
          <h2>{h('handoutExplain')}</h2>
          <ul className="handout__plain">
            {content.explanations.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="handout__flags">
        <h2>{RED_FLAGS.title[lang]}</h2>
        <p>
          {RED_FLAGS.intro[lang]} {RED_FLAGS.urgent.map((item) => item[lang]).join('; ')}.{' '}
          <strong>{RED_FLAGS.clot[lang]}</strong> {RED_FLAGS.emergency[lang]}
        </p>
      </section>
      <footer className="handout__foot">
        <p>
          {h('handoutSource', {
            title: ARTICLE.title,
            author: ARTICLE.author,
            publisher: ARTICLE.publisher,
            url: ARTICLE.url,
          })}
        </p>
      </footer>
    </article>
  );
}
