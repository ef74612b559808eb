import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';
import { RegionInfo } from './RegionInfo';
import { StructureInfo } from './StructureInfo';
import { useVisitStrings } from './visit/visitStrings';
import { TakeHome } from './visit/TakeHome';
import { VisitPanel } from './visit/VisitPanel';

/**
 * What the current selection means: its spread (structure) or its possible sources (region); with nothing
 * selected, the places marked as hurting and what could connect them. Either can be taken home.
 */
export function SelectionPanel() {
  const t = useStrings();
  const v = useVisitStrings();
  const selection = useExplorer((s) => s.selection);
  const select = useExplorer((s) => s.select);
  const marked = useExplorer((s) => s.hurts.length > 0);
  return (
    <div className="selection-panel">
      {(selection !== null || marked) && <TakeHome />}
      {selection === null ? (
        marked ? (
          <VisitPanel />
        ) : (
          <p className="hint">{t('nothingSelected')}</p>
        )
      ) : (
        <>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => select(null)}
            data-testid="clear-selection"
          >
            {marked ? v('backToMarks') : t('clearSelection')}
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
