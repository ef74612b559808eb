import type { ClaimId } from '../content/ids';
import { useTour } from '../study/tourStore';
import { useButtonStrings } from '../study/buttonStrings';

/** "See this in the tour": opens the guided tour at a claim's step (paused, to read at one's own pace). */
export function TourLink({ claim }: { claim: ClaimId }) {
  const t = useButtonStrings();
  const available = useTour((s) => s.available);
  if (!available) return null;
  return (
    <>
      {' · '}
      <button
        type="button"
        className="link-button"
        data-testid={`tour-link-${claim}`}
        onClick={() => {
          useTour.getState().open({ claim });
          document.getElementById('panel')?.scrollTo({ top: 0 });
        }}
      >
        {t('tourSeeInTour')}
      </button>
    </>
  );
}
