import { structureById } from '../content';
import { studiedById } from '../content/facts';
import type { Side, StructureId } from '../content/ids';
import { isPaired } from '../content/ids';
import { useExplorer } from '../state/store';
import { ExternalLink } from './ExternalLink';
import { useStrings } from './i18n/useStrings';

/**
 * Origin, insertion, action and innervation (or a nerve's roots, course and supply; or a ligament's, meniscus'
 * or bursa's attachments, function and supply), with references. The
 * facts are a chunk of their own, with this component (studyChunk.ts): StructureInfo shows
 * AnatomyFactsLoading until it is in.
 */
export default function AnatomyFacts({ id, side }: { id: StructureId; side: Side | null }) {
  const t = useStrings();
  const select = useExplorer((s) => s.select);
  const lang = useExplorer((s) => s.lang);
  const structure = studiedById(id);
  const { muscle, nerve, attachment } = structure;
  return (
    <section className="facts" aria-labelledby="facts-title">
      <h3 id="facts-title">{t('anatomyHeading')}</h3>
      <dl>
        {muscle && (
          <>
            <dt>{t('origin')}</dt>
            <dd>{muscle.origin[lang]}</dd>
            <dt>{t('insertion')}</dt>
            <dd>{muscle.insertion[lang]}</dd>
            <dt>{t('action')}</dt>
            <dd>{muscle.action[lang]}</dd>
            <dt>{t('innervation')}</dt>
            <dd>
              {muscle.innervation.nerves.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => select({ kind: 'structure', id, side: isPaired(id) ? side : null })}
                  >
                    {structureById(id).anatomicalName[lang]}
                  </button>
                </span>
              ))}
              {muscle.innervation.branch ? ` (${muscle.innervation.branch[lang]})` : ''} —{' '}
              {muscle.innervation.segments.join(', ')}
            </dd>
          </>
        )}
        {attachment && (
          <>
            <dt>{t('attachments')}</dt>
            <dd>{attachment.attachments[lang]}</dd>
            <dt>{t('function')}</dt>
            <dd>{attachment.function[lang]}</dd>
            {attachment.supply && (
              <>
                <dt>{t('supply')}</dt>
                <dd>{attachment.supply[lang]}</dd>
              </>
            )}
          </>
        )}
        {nerve && (
          <>
            <dt>{t('roots')}</dt>
            <dd>{nerve.roots.join(', ')}</dd>
            <dt>{t('course')}</dt>
            <dd>{nerve.course[lang]}</dd>
            <dt>{t('supplies')}</dt>
            <dd>{nerve.supplies[lang]}</dd>
          </>
        )}
      </dl>
      <p className="facts__refs">
        {t('references')}:{' '}
        {structure.references.map((r, i) => (
          // Bibliographic entries keep their English titles; lang lets screen readers pronounce them.
          <span key={`${r.source}:${r.locator ?? ''}`}>
            {i > 0 && '; '}
            <cite lang="en">{r.url ? <ExternalLink href={r.url}>{r.source}</ExternalLink> : r.source}</cite>
            {r.locator && <span lang="en">, {r.locator}</span>}
          </span>
        ))}
      </p>
    </section>
  );
}
