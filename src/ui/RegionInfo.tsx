import { regionById, structureById } from '../content';
import { CLAIM_IDS, type ClaimId, type RegionId, type Side } from '../content/ids';
import type { Connection, Grade } from '../content/schema';
import { functionSourcesOf, ofGrade, regionSourcesOf, sourcesOf } from '../anatomy/sourcesOf';
import type { RegionSource, StructureSource } from '../anatomy/sourcesOf';
import { DRAWN_SOURCES } from '../anatomy/rankSources';
import { nodeName } from '../content/ids';
import { useExplorer } from '../state/store';
import { ToggleButton } from './ToggleButton';
import { ClaimQuote } from './ClaimQuote';
import { GradeTag } from './GradeTag';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName, withSide } from './names';
import { RedFlagsInline, RedFlagsLink, showsRedFlagsAtOnce } from './RedFlags';

type Source =
  | { readonly kind: 'structure'; readonly source: StructureSource }
  | { readonly kind: 'region'; readonly source: RegionSource };

/** The sources with links of this grade, each with only those links (see ofGrade). */
function withGrade(sources: readonly Source[], grade: Grade): Source[] {
  return sources.flatMap((item): Source[] => {
    if (item.kind === 'region') {
      const source = ofGrade(item.source, grade);
      return source ? [{ kind: 'region', source }] : [];
    }
    const source = ofGrade(item.source, grade);
    return source ? [{ kind: 'structure', source }] : [];
  });
}

/** Sources grouped by the claim behind them, claims in article order (the order of CLAIM_IDS). */
function byClaim(sources: readonly Source[]): [ClaimId, Source[]][] {
  const groups = new Map<ClaimId, Source[]>();
  for (const item of sources)
    for (const claim of item.source.claims) groups.set(claim, [...(groups.get(claim) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => CLAIM_IDS.indexOf(a) - CLAIM_IDS.indexOf(b));
}

/**
 * The `adds` sentences of a source's links to this region: its own connections first; for a nerve on the
 * way (plexus, femoral nerve), the roots' connections, not the repeats through each vertebra and disc.
 */
function addsFor(item: Source, region: RegionId, claim: ClaimId): Connection[] {
  const links = item.source.connections.filter(
    (c) => c.claim === claim && c.to.includes(region) && c.grade === 'anatomy' && c.adds,
  );
  const from = (test: (c: Connection) => boolean) => links.filter(test);
  const own =
    item.kind === 'structure'
      ? from((c) => c.from.kind === 'structure' && c.from.id === item.source.structure)
      : links;
  const roots = from((c) => c.from.kind === 'structure' && c.from.id.endsWith('_nerve_root'));
  const chosen = own.length > 0 ? own : roots.length > 0 ? roots : links;
  const seen = new Set<string>();
  return chosen.filter((c) => !seen.has(c.adds?.en ?? '') && seen.add(c.adds?.en ?? ''));
}

function SourceButton({ item }: { item: Source }) {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  const { source } = item;
  const grade = source.grade;
  if (item.kind === 'region') {
    const { source: r } = item;
    const name = withSide(regionName(regionById(r.region), mode, lang), r.side, t);
    return (
      <button
        type="button"
        className={`chip chip--region chip--${grade}`}
        data-testid={`source-region-${r.region}-${r.side}`}
        data-grade={grade}
        onClick={() => select({ kind: 'region', id: r.region, side: r.side })}
      >
        {t('regionSourceLabel', { name })}
      </button>
    );
  }
  const { source: s } = item;
  // Pointed at or focused, the part is drawn on the body even when it is not among the few shown.
  const preview = (on: boolean) => {
    const name = nodeName(s.structure, s.side);
    const store = useExplorer.getState();
    if (on) store.setPreviewSource(name);
    else if (store.previewSource === name) store.setPreviewSource(null);
  };
  return (
    <button
      type="button"
      className={`chip chip--${grade}`}
      data-testid={`source-${s.structure}`}
      data-grade={grade}
      onPointerEnter={() => preview(true)}
      onPointerLeave={() => preview(false)}
      onFocus={() => preview(true)}
      onBlur={() => preview(false)}
      onClick={() => select({ kind: 'structure', id: s.structure, side: s.side })}
    >
      {withSide(structureName(structureById(s.structure), mode, lang), s.side, t)}
    </button>
  );
}

/** One grade's sources, claim by claim: the quote, then each source (with what anatomy adds, if anything). */
function GradeSection({
  grade,
  items,
  region,
  heading,
  testId,
}: {
  grade: Grade | 'function';
  items: readonly Source[];
  region: RegionId;
  heading: React.ReactNode;
  testId: string;
}) {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  if (items.length === 0) return null;
  return (
    <section className={`grade-section grade-section--${grade}`} data-testid={testId}>
      <h4>{heading}</h4>
      {grade === 'anatomy' && <p className="hint">{t('gradeAnatomyNote')}</p>}
      {grade === 'function' && <p className="hint">{t('functionSourcesNote')}</p>}
      {byClaim(items).map(([claim, list]) => (
        <div key={claim} className="claim-card" data-testid={`sources-${claim}`}>
          <ClaimQuote id={claim} />
          <ul className={list.some((i) => i.source.grade === 'anatomy') ? 'source-list' : 'chip-list'}>
            {list.map((item) => {
              // What anatomy adds, said in words under its own grade section, and with the grade named
              // among position-only sources (H5's "hip flexors"), where there is no grade heading.
              const adds = item.source.grade === 'anatomy' ? addsFor(item, region, claim) : [];
              const key =
                item.kind === 'structure'
                  ? `${item.source.structure}:${item.source.side ?? 'mid'}`
                  : `region:${item.source.region}:${item.source.side}`;
              return (
                <li key={key}>
                  <SourceButton item={item} />
                  {adds.map((c) => (
                    <span key={c.id} className="source-list__adds">
                      {grade === 'function' && (
                        <>
                          <GradeTag grade="anatomy" />:{' '}
                        </>
                      )}
                      {c.adds?.[lang]}
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** How many of the region's sources the body shows, and the switch that shows them all. */
function DrawnSources({ count }: { count: number }) {
  const t = useStrings();
  const all = useExplorer((s) => s.allSources);
  const setAll = useExplorer((s) => s.setAllSources);
  if (count <= DRAWN_SOURCES) return null;
  return (
    <div className="drawn-sources" data-testid="drawn-sources">
      <p id="drawn-sources-note" className="hint" aria-live="polite">
        {all
          ? t('drawnAllSources', { count: String(count) })
          : t('drawnSources', { shown: String(DRAWN_SOURCES), count: String(count) })}
      </p>
      <ToggleButton pressed={all} onToggle={setAll} aria-describedby="drawn-sources-note">
        {t('showAllSources')}
      </ToggleButton>
    </div>
  );
}

/**
 * "Where does it hurt?": the parts whose pain can be felt in a region, grouped by grade (the article's own
 * word first, then what standard anatomy adds), then what only changes the region's position or mechanics.
 * When to get urgent care is always one tap away, and shown at once where the area calls for it.
 */
export function RegionInfo({ id, side }: { id: RegionId; side: Side }) {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const region = regionById(id);
  const structures: Source[] = sourcesOf(id, side).map((source) => ({ kind: 'structure', source }));
  const regions: Source[] = regionSourcesOf(id, side).map((source) => ({ kind: 'region', source }));
  const all = [...regions, ...structures];
  const article = withGrade(all, 'article');
  const anatomy = withGrade(all, 'anatomy');
  const changes: Source[] = functionSourcesOf(id, side).map((source) => ({ kind: 'structure', source }));

  return (
    <article className="info" aria-labelledby="info-title" data-testid="info-region">
      <h2 id="info-title">{withSide(regionName(region, mode, lang), side, t)}</h2>
      <p>{region.description[lang]}</p>
      {showsRedFlagsAtOnce(id) ? <RedFlagsInline region={id} /> : <RedFlagsLink />}
      <h3>{t('sourcesHeading')}</h3>
      <p className="hint">{t('sourcesNote')}</p>
      {all.length === 0 && <p>{t('noSources')}</p>}
      <DrawnSources count={structures.length} />
      <GradeSection
        grade="article"
        items={article}
        region={id}
        heading={<GradeTag grade="article" />}
        testId="sources-article"
      />
      <GradeSection
        grade="anatomy"
        items={anatomy}
        region={id}
        heading={<GradeTag grade="anatomy" />}
        testId="sources-anatomy"
      />
      <GradeSection
        grade="function"
        items={changes}
        region={id}
        heading={t('functionSourcesHeading')}
        testId="sources-function"
      />
    </article>
  );
}
