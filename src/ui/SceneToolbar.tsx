import { useExplorer } from '../state/store';
import { LAYERS } from '../state/types';
import { useStrings } from './i18n/useStrings';
import { ToggleButton } from './ToggleButton';
import { FullscreenButton } from './AppWindowControls';

/** Reset view, "where does it hurt?", isolate, the layer switches and full screen, all as real buttons. */
export function SceneToolbar() {
  const t = useStrings();
  const layers = useExplorer((s) => s.layers);
  const isolate = useExplorer((s) => s.isolate);
  const pickRegions = useExplorer((s) => s.pickRegions);
  const { toggleLayer, setIsolate, resetView, setPickRegions } = useExplorer.getState();
  return (
    <div className="scene-toolbar" role="toolbar" aria-label={t('sceneTools')}>
      <button type="button" className="button" onClick={resetView} data-testid="reset-view">
        {t('resetView')}
      </button>
      <ToggleButton pressed={pickRegions} data-testid="where-does-it-hurt" onToggle={setPickRegions}>
        {t('regionsHeading')}
      </ToggleButton>
      <ToggleButton pressed={isolate} data-testid="isolate" onToggle={setIsolate}>
        {t('isolate')}
      </ToggleButton>
      <details className="layers">
        <summary className="button" data-testid="layers">
          {t('layersLabel')}
        </summary>
        <div className="layers__list">
          {LAYERS.map((layer) => (
            <label key={layer} className="check">
              <input
                type="checkbox"
                checked={layers[layer]}
                data-testid={`layer-${layer}`}
                onChange={() => toggleLayer(layer)}
              />
              {t(`layer_${layer}`)}
            </label>
          ))}
        </div>
      </details>
      <FullscreenButton />
    </div>
  );
}
