import { useEffect, useMemo, useState } from 'react';
import { isPaired } from '../content/ids';
import type { RegionId, Side, StructureId } from '../content/ids';
import { CATALOGUE } from '../content';
import type { Grade } from '../content/schema';
import { isPain, spreadFrom } from '../anatomy/spreadFrom';
import { sourcesOf } from '../anatomy/sourcesOf';
import { LAYERS } from '../state/types';
import type { Layer } from '../state/types';
import { forgetOnReset } from '../state/patientReset';
import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName } from './names';
import { SidePicker } from './SidePicker';

/**
 * The grade each list item has for the current selection: for a structure, the regions its pain reaches;
 * for a region, the structures whose pain reaches it. The list's twin of the scene's solid and striped looks.
 */
function useGrades(): { regions: Map<RegionId, Grade>; structures: Map<StructureId, Grade> } {
  const selection = useExplorer((s) => s.selection);
  return useMemo(() => {
    const regions = new Map<RegionId, Grade>();
    const structures = new Map<StructureId, Grade>();
    if (selection?.kind === 'structure')
      for (const s of spreadFrom(selection.id, selection.side).filter(isPain))
        if (s.side === (selection.side ?? s.side) && regions.get(s.region) !== 'article')
          regions.set(s.region, s.grade);
    if (selection?.kind === 'region')
      for (const s of sourcesOf(selection.id, selection.side))
        if (structures.get(s.structure) !== 'article') structures.set(s.structure, s.grade);
    return { regions, structures };
  }, [selection]);
}

/** A grade mark on a list button: a swatch for the eye, the words for screen readers. */
function GradeMark({ grade }: { grade: Grade | undefined }) {
  const t = useStrings();
  if (!grade) return null;
  return (
    <>
      <span className={`chip__grade chip__grade--${grade}`} aria-hidden="true" />
      <span className="visually-hidden"> ({t(grade === 'article' ? 'gradeArticle' : 'gradeAnatomy')})</span>
    </>
  );
}

/**
 * Every structure and region as plain buttons: the way in for keyboards, screen readers and browsers
 * without WebGL, and the twin of the 3D scene (a choice here shows there too, and the grades of what it
 * reaches are marked here as there).
 */
export function ListView() {
  const t = useStrings();
  const selection = useExplorer((s) => s.selection);
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  const pickRegion = useExplorer((s) => s.pickRegion);
  const hurts = useExplorer((s) => s.hurts);
  const marking = useExplorer((s) => s.regionTaps === 'mark');
  const [chosenSide, setChosenSide] = useState<Side>('right');
  useEffect(() => forgetOnReset('selection', () => setChosenSide('right')), []);
  const grades = useGrades();
  const side = selection?.side ?? chosenSide;

  const changeSide = (next: Side) => {
    setChosenSide(next);
    if (selection && selection.side) select({ ...selection, side: next } as typeof selection);
  };

  const isCurrent = (kind: 'structure' | 'region', id: string) =>
    selection?.kind === kind && selection.id === id;
  /** The sides a region is marked on, right first (as the side picker lists them). */
  const markedSides = (id: RegionId): Side[] =>
    (['right', 'left'] as const).filter((s) => hurts.some((m) => m.region === id && m.side === s));

  return (
    <section className="list-view" aria-labelledby="list-heading">
      <h2 id="list-heading">{t('listHeading')}</h2>
      <p className="hint">{t('listIntro')}</p>
      <SidePicker side={side} onChange={changeSide} />
      {LAYERS.filter((layer) => layer !== 'skin').map((layer: Layer) => (
        <div key={layer} className="list-group">
          <h3>{t(`layer_${layer}`)}</h3>
          <ul className="chip-list" data-testid={`list-${layer}`}>
            {CATALOGUE.structures
              .filter((s) => s.layer === layer)
              .map((structure) => (
                <li key={structure.id}>
                  <button
                    type="button"
                    className={`chip${grades.structures.has(structure.id) ? ` chip--${grades.structures.get(structure.id)}` : ''}`}
                    data-testid={`structure-${structure.id}`}
                    data-grade={grades.structures.get(structure.id)}
                    aria-pressed={isCurrent('structure', structure.id)}
                    onClick={() =>
                      select({
                        kind: 'structure',
                        id: structure.id,
                        side: isPaired(structure.id) ? side : null,
                      })
                    }
                  >
                    {structureName(structure, mode, lang)}
                    <GradeMark grade={grades.structures.get(structure.id)} />
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <div className="list-group">
        <h3 id="regions-heading">{t('regionsHeading')}</h3>
        <p className="hint">{t('regionsIntro')}</p>
        <ul className="chip-list" aria-labelledby="regions-heading" data-testid="list-regions">
          {CATALOGUE.regions.map((region) => (
            <li key={region.id}>
              <button
                type="button"
                className={`chip chip--region${grades.regions.has(region.id) ? ` chip--${grades.regions.get(region.id)}` : ''}`}
                data-testid={`region-${region.id}`}
                data-grade={grades.regions.get(region.id)}
                aria-pressed={
                  marking ? markedSides(region.id).includes(side) : isCurrent('region', region.id)
                }
                data-marked={markedSides(region.id).join(' ') || undefined}
                onClick={() => pickRegion({ region: region.id, side })}
              >
                {regionName(region, mode, lang)}
                <GradeMark grade={grades.regions.get(region.id)} />
                {markedSides(region.id).length > 0 && (
                  // The sides it is marked on, in words: the button's pressed state speaks for one side only.
                  <span className="chip__marked">
                    {markedSides(region.id)
                      .map((s) => t(s === 'right' ? 'sideRight' : 'sideLeft'))
                      .join(' · ')}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
