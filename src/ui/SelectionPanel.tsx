import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';
import { RegionInfo } from './RegionInfo';
import { StructureInfo } from './StructureInfo';

/** What the current selection means: its spread (structure) or its possible sources (region). */
export function SelectionPanel() {
  const t = useStrings();
  const selection = useExplorer((s) => s.selection);
  const select = useExplorer((s) => s.select);
  return (
    <div className="selection-panel">
      {selection === null ? (
        <p className="hint">{t('nothingSelected')}</p>
      ) : (
        <>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => select(null)}
            data-testid="clear-selection"
          >
            {t('clearSelection')}
          </button>
          {selection.kind === 'structure' ? (
            <StructureInfo id={selection.id} side={selection.side} />
          ) : (
            <RegionInfo id={selection.id} side={selection.side} />
          )}
        </>
      )}
    </div>
  );
}
