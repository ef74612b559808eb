/**
 * Places leader-line labels in two columns, at the left and right edges of the view, so they never overlap
 * each other or the body: each anchor goes to the column on its side, labels keep their anchors' vertical
 * order (so leader lines do not cross), and a column with more labels than room keeps the labels that
 * matter now (the parts the scene emphasises) and an even spread of the rest.
 */
export interface AnchorPoint {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Kept before any other anchor when a column is full (e.g. a source the scene lights). */
  readonly priority?: boolean;
}

export interface PlacedLabel extends AnchorPoint {
  readonly column: 'left' | 'right';
  /** Top of the label box, CSS px from the top of the view. */
  readonly top: number;
}

export interface LabelBox {
  readonly width: number;
  readonly height: number;
  /** Room kept free at the top and bottom (toolbars, legend). */
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly rowHeight: number;
}

function evenSubset<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 0) return [];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step + step / 2)]!);
}

function placeColumn(
  anchors: readonly AnchorPoint[],
  column: 'left' | 'right',
  box: LabelBox,
): PlacedLabel[] {
  const { rowHeight: h, marginTop, marginBottom, height } = box;
  const first = marginTop;
  const last = height - marginBottom - h;
  if (last < first) return [];
  const capacity = Math.floor((last - first) / h) + 1;
  const priority = evenSubset(
    anchors.filter((a) => a.priority).sort((a, b) => a.y - b.y),
    capacity,
  );
  const rest = anchors.filter((a) => !a.priority).sort((a, b) => a.y - b.y);
  const kept = [...priority, ...evenSubset(rest, capacity - priority.length)].sort((a, b) => a.y - b.y);
  // Down: each label at its anchor's height, or just under the one above.
  const tops: number[] = [];
  for (const [i, anchor] of kept.entries())
    tops.push(Math.max(anchor.y - h / 2, first, i > 0 ? tops[i - 1]! + h : first));
  // Up: pull back whatever ran past the bottom.
  for (let i = kept.length - 1; i >= 0; i--)
    tops[i] = Math.min(tops[i]!, i < kept.length - 1 ? tops[i + 1]! - h : last);
  return kept.map((anchor, i) => ({ ...anchor, column, top: tops[i]! }));
}

export function layoutLabels(anchors: readonly AnchorPoint[], box: LabelBox): PlacedLabel[] {
  const inside = anchors.filter((a) => a.x >= 0 && a.x <= box.width && a.y >= 0 && a.y <= box.height);
  const middle = box.width / 2;
  return [
    ...placeColumn(
      inside.filter((a) => a.x < middle),
      'left',
      box,
    ),
    ...placeColumn(
      inside.filter((a) => a.x >= middle),
      'right',
      box,
    ),
  ];
}
