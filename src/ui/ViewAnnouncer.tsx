import { useStore } from 'zustand';
import { viewMoveStore } from '../state/sceneSignals';
import { useStrings } from './i18n/useStrings';

/** Says camera moves made from the keyboard; the count makes a repeated move be said again. */
export function ViewAnnouncer() {
  const t = useStrings();
  const { move, count } = useStore(viewMoveStore);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="view-announcer">
      {move && <span key={count}>{t(`view_${move}`)}</span>}
    </div>
  );
}
