import { useStore } from 'zustand';
import { markAnchorStore } from '../../state/markAnchors';
import type { MarkAnchor } from '../../state/markAnchors';
import { selectionOfName } from '../../state/selectionOfName';
import { useExplorer } from '../../state/store';
import { useStrings } from '../i18n/useStrings';
import { markName } from './markNames';

/** A label's line height and padding in CSS px, for keeping two labels from covering each other. */
const LINE = 22;
const PADDING = 12;
/** About the characters of one line of a label (its CSS max-width, 15rem of bold 0.9rem text). */
const LINE_CHARS = 27;
/** Between a label and its point. */
const GAP = 10;

/**
 * Each label beside its point, on the outer side (away from the body's midline on screen), so it never
 * covers the area it names; top to bottom on each side, a label that would
 * cover the one above it moves down. Long names wrap. `top` is a label's vertical centre.
 */
function stack<T extends MarkAnchor & { readonly text: string }>(
  labels: readonly T[],
  midline: number,
): (T & { top: number; beside: 'left' | 'right' })[] {
  const out: (T & { top: number; beside: 'left' | 'right' })[] = [];
  const bottoms = { left: -Infinity, right: -Infinity };
  for (const label of [...labels].sort((a, b) => a.y - b.y)) {
    const beside = label.x < midline ? 'left' : 'right';
    const height = PADDING + LINE * Math.ceil(label.text.length / LINE_CHARS);
    const top = Math.max(label.y, bottoms[beside] + 2 + height / 2);
    bottoms[beside] = top + height / 2;
    out.push({ ...label, top, beside });
  }
  return out;
}

/**
 * A label on each place marked as hurting, and on each region a selection lights, naming it with its side,
 * over the 3D view. For the eye only: the panel says the same in words for screen readers (and the labels
 * never take a tap).
 */
export function MarkLabels() {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const anchors = useStore(markAnchorStore, (s) => s.anchors);
  const midline = useStore(markAnchorStore, (s) => s.midline);
  if (anchors.length === 0) return null;
  const named = anchors.flatMap((anchor) => {
    const picked = selectionOfName(anchor.name);
    if (picked?.kind !== 'region') return [];
    return [
      {
        ...anchor,
        side: picked.side,
        text: markName({ region: picked.id, side: picked.side }, mode, lang, t),
      },
    ];
  });
  return (
    <div className="mark-labels" aria-hidden="true" data-testid="mark-labels">
      {stack(named, midline).map((label) => (
        <div key={label.name}>
          {label.marked && <span className="mark-labels__dot" style={{ left: label.x, top: label.y }} />}
          <span
            className={`mark-labels__label mark-labels__label--${label.side} mark-labels__label--beside-${label.beside}`}
            data-testid={`mark-label-${label.name}`}
            style={{ left: label.beside === 'left' ? label.x - GAP : label.x + GAP, top: label.top }}
          >
            {label.text}
          </span>
        </div>
      ))}
    </div>
  );
}
