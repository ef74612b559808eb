import { regionById, structureById } from '../content';
import type { ClaimId, RegionId, Side } from '../content/ids';
import { sourcesOf } from '../anatomy/sourcesOf';
import type { StructureSource } from '../anatomy/sourcesOf';
import { useExplorer } from '../state/store';
import { ClaimQuote } from './ClaimQuote';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName, withSide } from './names';

/** Sources grouped by the claim that names them, claims in article order. */
function byClaim(sources: readonly StructureSource[]): Map<ClaimId, StructureSource[]> {
  const groups = new Map<ClaimId, StructureSource[]>();
  for (const source of sources)
    for (const claim of source.claims) groups.set(claim, [...(groups.get(claim) ?? []), source]);
  return groups;
}

export function RegionInfo({ id, side }: { id: RegionId; side: Side }) {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  const region = regionById(id);
  const sources = sourcesOf(id, side);
  const groups = byClaim(sources);

  return (
    <article className="info" aria-labelledby="info-title" data-testid="info-region">
      <h2 id="info-title">{withSide(regionName(region, mode, lang), side, t)}</h2>
      <p>{region.description[lang]}</p>
      <h3>{t('sourcesHeading')}</h3>
      {sources.length === 0 && <p>{t('noSources')}</p>}
      {[...groups.entries()].map(([claim, list]) => (
        <section key={claim} className="claim-card" data-testid={`sources-${claim}`}>
          <ClaimQuote id={claim} />
          <ul className="chip-list">
            {list.map((source) => (
              <li key={`${source.structure}:${source.side ?? 'mid'}`}>
                <button
                  type="button"
                  className="chip"
                  data-testid={`source-${source.structure}`}
                  onClick={() => select({ kind: 'structure', id: source.structure, side: source.side })}
                >
                  {withSide(structureName(structureById(source.structure), mode, lang), source.side, t)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
