import { useStore } from 'zustand';
import { markAnchorStore } from '../../state/markAnchors';
import type { MarkAnchor } from '../../state/markAnchors';
import { selectionOfName } from '../../state/selectionOfName';
import { useExplorer } from '../../state/store';
import { useStrings } from '../i18n/useStrings';
import { markName } from './markNames';

/** Label height in CSS px, for keeping two labels from covering each other. */
const ROW = 30;

/** Top to bottom; a label that would cover the one above it moves down. */
function stack(anchors: readonly MarkAnchor[]): (MarkAnchor & { top: number })[] {
  const out: (MarkAnchor & { top: number })[] = [];
  for (const anchor of [...anchors].sort((a, b) => a.y - b.y)) {
    const above = out[out.length - 1];
    let top = anchor.y - ROW - 6;
    if (above && Math.abs(above.x - anchor.x) < 180 && top < above.top + ROW + 2) top = above.top + ROW + 2;
    out.push({ ...anchor, top });
  }
  return out;
}

/**
 * A label on each place marked as hurting, naming it with its side, over the 3D view. For the eye only:
 * the panel says the same in words for screen readers (and the labels never take a tap).
 */
export function MarkLabels() {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const anchors = useStore(markAnchorStore, (s) => s.anchors);
  if (anchors.length === 0) return null;
  const labels = stack(anchors);
  return (
    <div className="mark-labels" aria-hidden="true" data-testid="mark-labels">
      {labels.map((label) => {
        const picked = selectionOfName(label.name);
        if (picked?.kind !== 'region') return null;
        const mark = { region: picked.id, side: picked.side };
        return (
          <div key={label.name}>
            <span className="mark-labels__dot" style={{ left: label.x, top: label.y }} />
            <span
              className={`mark-labels__label mark-labels__label--${mark.side}`}
              data-testid={`mark-label-${label.name}`}
              style={{ left: label.x, top: label.top }}
            >
              {markName(mark, mode, lang, t)}
            </span>
          </div>
        );
      })}
    </div>
  );
}
