import { lazy, Suspense } from 'react';
import { regionById, structureById } from '../content';
import type { Side, StructureId } from '../content/ids';
import type { Connection, Grade } from '../content/schema';
import { GRADES } from '../content/vocabulary';
import { isPain, spreadFrom } from '../anatomy/spreadFrom';
import type { Spread } from '../anatomy/spreadFrom';
import { useExplorer } from '../state/store';
import { AnatomyAdds } from './AnatomyAdds';
import { ClaimQuote } from './ClaimQuote';
import { useDescription } from './descriptionsChunk';
import { GradeTag } from './GradeTag';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName, withSide } from './names';
import { PathwayTag } from './PathwayTag';
import { loadAnatomyFacts } from './studyChunk';

const AnatomyFacts = lazy(loadAnatomyFacts);

/** While the facts chunk loads (the first time they show, if the page was not idle before): one line. */
function AnatomyFactsLoading() {
  const t = useStrings();
  return (
    <section className="facts" aria-labelledby="facts-title" aria-busy="true" data-testid="facts-loading">
      <h3 id="facts-title">{t('anatomyHeading')}</h3>
      <p className="hint" role="status">
        {t('anatomyLoading')}
      </p>
    </section>
  );
}

/**
 * The plain description, from its own chunk (descriptionsChunk.ts): one loading line until it is in. The
 * same paragraph then holds the text, so a screen reader reading the panel finds it there.
 */
function Description({ id }: { id: StructureId }) {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  const description = useDescription(id);
  return description ? (
    <p data-testid="info-description">{description[lang]}</p>
  ) : (
    <p className="hint" aria-busy="true" data-testid="description-loading">
      {t('descriptionLoading')}
    </p>
  );
}

interface ClaimGroup {
  readonly connection: Connection;
  readonly regions: { region: Spread['region']; side: Side }[];
}

/** Spreads regrouped by connection, so each claim is quoted once with all its regions. */
function byConnection(spreads: readonly Spread[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const spread of spreads)
    for (const connection of spread.connections) {
      const group = groups.get(connection.id) ?? { connection, regions: [] };
      group.regions.push({ region: spread.region, side: spread.side });
      groups.set(connection.id, group);
    }
  // The article's own word first, then what anatomy adds, then position and mechanics.
  const rank = ({ connection: c }: ClaimGroup) =>
    (c.effect === 'pain' ? 0 : 2) + (c.grade === 'article' ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** Region buttons under one heading: the article's word, what anatomy adds, or position/mechanics only. */
function RegionChips({
  spreads,
  grade,
  labelId,
  testId,
}: {
  spreads: readonly Spread[];
  grade: Grade;
  labelId: string;
  testId: string;
}) {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  return (
    <ul className="region-summary" aria-labelledby={labelId} data-testid={testId}>
      {spreads.map((spread) => (
        <li key={`${spread.region}:${spread.side}:${spread.effect}`}>
          <button
            type="button"
            className={`chip chip--region chip--${grade}`}
            data-testid={`${spread.effect === 'pain' ? 'spread' : 'changes'}-${spread.region}-${spread.side}`}
            data-grade={grade}
            onClick={() => select({ kind: 'region', id: spread.region, side: spread.side })}
          >
            {withSide(regionName(regionById(spread.region), mode, lang), spread.side, t)}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function StructureInfo({ id, side }: { id: StructureId; side: Side | null }) {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const structure = structureById(id);
  const all = spreadFrom(id, side);
  const pain = all.filter(isPain);
  const byArticle = pain.filter((s) => s.grade === 'article');
  const byAnatomy = pain.filter((s) => s.grade === 'anatomy');
  const changes = all.filter((s) => !isPain(s));
  const groups = byConnection(all);
  const name = structureName(structure, mode, lang);
  const otherName = mode === 'student' ? structure.plainName[lang] : structure.anatomicalName[lang];

  return (
    <article className="info" aria-labelledby="info-title" data-testid="info-structure">
      <h2 id="info-title">{withSide(name, side, t)}</h2>
      {otherName !== name && <p className="info__aka">{otherName}</p>}
      <Description id={id} />

      <h3>{t('spreadHeading')}</h3>
      {pain.length === 0 ? (
        <p>{t('noSpread')}</p>
      ) : (
        <div data-testid="spread-regions">
          {byArticle.length > 0 && (
            <div className="grade-group">
              <p className="grade-group__label">
                <GradeTag grade="article" id="spread-article-label" />
              </p>
              <RegionChips
                spreads={byArticle}
                grade="article"
                labelId="spread-article-label"
                testId="spread-article"
              />
            </div>
          )}
          {byAnatomy.length > 0 && (
            <div className="grade-group">
              <p className="grade-group__label">
                <GradeTag grade="anatomy" id="spread-anatomy-label" />
              </p>
              <RegionChips
                spreads={byAnatomy}
                grade="anatomy"
                labelId="spread-anatomy-label"
                testId="spread-anatomy"
              />
            </div>
          )}
        </div>
      )}
      {changes.length > 0 && (
        <>
          <h3 id="changes-heading">{t('functionHeading')}</h3>
          <p className="hint">{t('functionNote')}</p>
          <div data-testid="changes-regions">
            {GRADES.map((grade) => {
              const shown = changes.filter((s) => s.grade === grade);
              if (shown.length === 0) return null;
              return (
                <div className="grade-group" key={grade}>
                  <p className="grade-group__label">
                    <GradeTag grade={grade} id={`changes-${grade}-label`} />
                  </p>
                  <RegionChips
                    spreads={shown}
                    grade={grade}
                    labelId={`changes-${grade}-label`}
                    testId={`changes-${grade}`}
                  />
                </div>
              );
            })}
          </div>
        </>
      )}
      {groups.map(({ connection, regions }) => (
        <section
          key={connection.id}
          className={`claim-card claim-card--${connection.grade}`}
          data-testid={`claim-card-${connection.claim}`}
          data-grade={connection.grade}
          data-effect={connection.effect}
        >
          <p className="claim-card__tags">
            <GradeTag grade="article" />
            <PathwayTag kind={connection.pathway} />
          </p>
          <ClaimQuote id={connection.claim} />
          <AnatomyAdds connection={connection} />
          <p>{mode === 'student' ? connection.student[lang] : connection.plain[lang]}</p>
          <p className="claim-card__regions">
            {connection.effect === 'function' ? `${t('functionHeading')}: ` : '→ '}
            {regions.map((r) => withSide(regionName(regionById(r.region), mode, lang), r.side, t)).join(', ')}
          </p>
          {connection.path && (
            <p className="claim-card__path">
              {t('pathLabel')}:{' '}
              {connection.path.map((step) => structureName(structureById(step), mode, lang)).join(' → ')}
            </p>
          )}
        </section>
      ))}
      {mode === 'student' && (
        <Suspense fallback={<AnatomyFactsLoading />}>
          <AnatomyFacts id={id} side={side} />
        </Suspense>
      )}
    </article>
  );
}
