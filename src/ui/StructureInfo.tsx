import { regionById, structureById } from '../content';
import type { Side, StructureId } from '../content/ids';
import type { Connection } from '../content/schema';
import { isPain, spreadFrom } from '../anatomy/spreadFrom';
import type { Spread } from '../anatomy/spreadFrom';
import { useExplorer } from '../state/store';
import { AnatomyFacts } from './AnatomyFacts';
import { ClaimQuote } from './ClaimQuote';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName, withSide } from './names';
import { PathwayTag } from './PathwayTag';

interface ClaimGroup {
  readonly connection: Connection;
  readonly regions: { region: Spread['region']; side: Side }[];
}

/** Spreads regrouped by connection, so each of the article's claims is quoted once with all its regions. */
function byConnection(spreads: readonly Spread[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const spread of spreads)
    for (const connection of spread.connections) {
      const group = groups.get(connection.id) ?? { connection, regions: [] };
      group.regions.push({ region: spread.region, side: spread.side });
      groups.set(connection.id, group);
    }
  return [...groups.values()];
}

export function StructureInfo({ id, side }: { id: StructureId; side: Side | null }) {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  const structure = structureById(id);
  const all = spreadFrom(id, side);
  const spreads = all.filter(isPain);
  const groups = byConnection(all);
  const name = structureName(structure, mode, lang);
  const otherName = mode === 'student' ? structure.plainName[lang] : structure.anatomicalName[lang];

  return (
    <article className="info" aria-labelledby="info-title" data-testid="info-structure">
      <h2 id="info-title">{withSide(name, side, t)}</h2>
      {otherName !== name && <p className="info__aka">{otherName}</p>}
      <p>{structure.description[lang]}</p>

      <h3>{t('spreadHeading')}</h3>
      {spreads.length === 0 ? (
        <p>{t('noSpread')}</p>
      ) : (
        <ul className="region-summary" data-testid="spread-regions">
          {spreads.map((spread) => (
            <li key={`${spread.region}:${spread.side}`}>
              <button
                type="button"
                className="chip chip--region"
                data-testid={`spread-${spread.region}-${spread.side}`}
                onClick={() => select({ kind: 'region', id: spread.region, side: spread.side })}
              >
                {withSide(regionName(regionById(spread.region), mode, lang), spread.side, t)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {groups.map(({ connection, regions }) => (
        <section key={connection.id} className="claim-card" data-testid={`claim-card-${connection.claim}`}>
          <PathwayTag kind={connection.pathway} />
          <ClaimQuote id={connection.claim} />
          <p>{mode === 'student' ? connection.student[lang] : connection.plain[lang]}</p>
          <p className="claim-card__regions">
            →{' '}
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
      {mode === 'student' && <AnatomyFacts structure={structure} side={side} />}
    </article>
  );
}
