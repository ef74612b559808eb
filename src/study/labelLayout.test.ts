import { describe, expect, it } from 'vitest';
import { layoutLabels } from './labelLayout';
import { seededRandom } from '../lib/seededRandom';

const box = { width: 600, height: 400, marginTop: 40, marginBottom: 30, rowHeight: 24 };

describe('label layout', () => {
  it('never overlaps, stays in the free band and keeps anchor order in each column', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededRandom(seed);
      const anchors = Array.from({ length: 5 + Math.floor(random() * 60) }, (_, i) => ({
        name: `s${i}`,
        x: random() * 600,
        y: random() * 400,
      }));
      const placed = layoutLabels(anchors, box);
      for (const column of ['left', 'right'] as const) {
        const labels = placed.filter((p) => p.column === column).sort((a, b) => a.top - b.top);
        for (const [i, label] of labels.entries()) {
          expect(label.top).toBeGreaterThanOrEqual(box.marginTop - 1e-9);
          expect(label.top + box.rowHeight).toBeLessThanOrEqual(box.height - box.marginBottom + 1e-9);
          expect(column === 'left' ? label.x < 300 : label.x >= 300).toBe(true);
          if (i > 0) {
            expect(label.top - labels[i - 1]!.top).toBeGreaterThanOrEqual(box.rowHeight - 1e-9);
            expect(label.y).toBeGreaterThanOrEqual(labels[i - 1]!.y);
          }
        }
      }
    }
  });

  it('keeps a label at its anchor height when there is room, and drops anchors off screen', () => {
    const placed = layoutLabels(
      [
        { name: 'a', x: 100, y: 200 },
        { name: 'b', x: 700, y: 200 },
      ],
      box,
    );
    expect(placed).toEqual([{ name: 'a', x: 100, y: 200, column: 'left', top: 188 }]);
  });

  it('keeps every emphasised anchor when a column is full, and spreads the rest over the room left', () => {
    const anchors = Array.from({ length: 40 }, (_, i) => ({
      name: `s${i}`,
      x: 100,
      y: 10 + i * 9,
      priority: i % 13 === 5,
    }));
    const placed = layoutLabels(anchors, box);
    const names = placed.map((p) => p.name);
    const capacity =
      Math.floor((box.height - box.marginBottom - box.rowHeight - box.marginTop) / box.rowHeight) + 1;
    expect(placed).toHaveLength(capacity);
    for (const anchor of anchors.filter((a) => a.priority)) expect(names).toContain(anchor.name);
  });
});
