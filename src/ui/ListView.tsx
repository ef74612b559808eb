import { useEffect, useState } from 'react';
import { isPaired } from '../content/ids';
import type { Side } from '../content/ids';
import { CATALOGUE } from '../content';
import { LAYERS } from '../state/types';
import type { Layer } from '../state/types';
import { forgetOnReset } from '../state/patientReset';
import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';
import { regionName, structureName } from './names';
import { SidePicker } from './SidePicker';

/**
 * Every structure and region as plain buttons: the way in for keyboards, screen readers and browsers
 * without WebGL, and the twin of the 3D scene (a choice here shows there too).
 */
export function ListView() {
  const t = useStrings();
  const selection = useExplorer((s) => s.selection);
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  const [chosenSide, setChosenSide] = useState<Side>('right');
  useEffect(() => forgetOnReset('selection', () => setChosenSide('right')), []);
  const side = selection?.side ?? chosenSide;

  const changeSide = (next: Side) => {
    setChosenSide(next);
    if (selection && selection.side) select({ ...selection, side: next } as typeof selection);
  };

  const isCurrent = (kind: 'structure' | 'region', id: string) =>
    selection?.kind === kind && selection.id === id;

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
                    className="chip"
                    data-testid={`structure-${structure.id}`}
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
                className="chip chip--region"
                data-testid={`region-${region.id}`}
                aria-pressed={isCurrent('region', region.id)}
                onClick={() => select({ kind: 'region', id: region.id, side })}
              >
                {regionName(region, mode, lang)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
