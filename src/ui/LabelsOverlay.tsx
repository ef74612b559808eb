import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { structureById } from '../content';
import { nodeName } from '../content/ids';
import type { Grade } from '../content/schema';
import { drawnSourcesOf } from '../anatomy/rankSources';
import { connectMarks, DRAWN_CONNECTORS } from '../anatomy/connectMarks';
import { useStrings } from './i18n/useStrings';
import { labelStore } from '../state/labelAnchors';
import { selectionOfName } from '../state/selectionOfName';
import { useExplorer } from '../state/store';
import { layoutLabels } from '../study/labelLayout';
import { useStudyStrings } from '../study/strings';
import { structureName } from './names';
import '../study/study.css';

const ROW = 22;

interface ViewBox {
  readonly rect: DOMRect;
  /** Room the scene's own toolbar (top) and legend (bottom) take over the canvas, in CSS px. */
  readonly top: number;
  readonly bottom: number;
}

/** Where the 3D view is on the page now, and what covers its edges; follows scrolling and resizing. */
function useViewBox(active: boolean): ViewBox | null {
  const [box, setBox] = useState<ViewBox | null>(null);
  useEffect(() => {
    if (!active) return;
    const read = () => {
      const rect = document.querySelector('.scene canvas')?.getBoundingClientRect();
      if (!rect) return setBox(null);
      const toolbar = document.querySelector('.scene-toolbar')?.getBoundingClientRect();
      const legend = document.querySelector('.scene .legend')?.getBoundingClientRect();
      setBox({
        rect,
        top: Math.max(8, (toolbar ? toolbar.bottom - rect.top : 0) + 6),
        bottom: Math.max(8, (legend ? rect.bottom - legend.top : 0) + 6),
      });
    };
    read();
    window.addEventListener('scroll', read, true);
    window.addEventListener('resize', read);
    return () => {
      window.removeEventListener('scroll', read, true);
      window.removeEventListener('resize', read);
    };
  }, [active]);
  return box;
}

/**
 * In "where does it hurt?", each source's grade by node name, so its label says it as the scene does: the
 * sources of a chosen region (or of the one place marked), or the structures drawn for several places.
 */
function useSourceGrades(): ReadonlyMap<string, Grade> {
  const selection = useExplorer((s) => s.selection);
  const hurts = useExplorer((s) => s.hurts);
  const all = useExplorer((s) => s.allSources);
  const preview = useExplorer((s) => s.previewSource);
  return useMemo(() => {
    const grades = new Map<string, Grade>();
    const region =
      selection?.kind === 'region'
        ? { region: selection.id, side: selection.side }
        : !selection && hurts.length === 1
          ? hurts[0]
          : undefined;
    if (region)
      for (const s of drawnSourcesOf(region.region, region.side, { all, preview })) {
        const name = nodeName(s.structure, s.side);
        if (grades.get(name) !== 'article') grades.set(name, s.grade);
      }
    else if (!selection)
      for (const entry of connectMarks(hurts).connecting.slice(0, DRAWN_CONNECTORS))
        if (entry.kind === 'structure') grades.set(nodeName(entry.structure, entry.side), entry.grade);
    return grades;
  }, [selection, hurts, all, preview]);
}

/**
 * Leader-line labels for the structures in view, in columns at the edges of the 3D view so they stay
 * upright and readable from any angle and never overlap. Drawn over the canvas; taps pass through.
 */
export function LabelsOverlay() {
  const t = useStudyStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const ui = useStrings();
  const { enabled, anchors, width, height } = useStore(labelStore);
  const grades = useSourceGrades();
  const selection = useExplorer((s) => s.selection);
  const active = enabled && mode === 'student';
  const view = useViewBox(active && anchors.length > 0);
  if (!active || !view || anchors.length === 0) return null;
  const { rect } = view;

  const labelWidth = Math.min(150, Math.max(90, width * 0.26));
  // The parts the scene lights (sources and the selected part) keep their labels in a crowded view.
  const selected = selection?.kind === 'structure' ? nodeName(selection.id, selection.side) : null;
  const ranked = anchors.map((a) => ({ ...a, priority: grades.has(a.name) || a.name === selected }));
  const placed = layoutLabels(ranked, {
    width,
    height,
    marginTop: view.top,
    marginBottom: view.bottom,
    rowHeight: ROW,
  });
  return (
    <div
      className="labels-overlay"
      role="group"
      aria-label={t('labelsRegion')}
      data-testid="labels"
      style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
    >
      <svg aria-hidden="true" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none">
        {placed.map((label) => {
          const edge = label.column === 'left' ? 6 + labelWidth : width - 6 - labelWidth;
          return (
            <g key={label.name}>
              <line x1={edge} y1={label.top + ROW / 2} x2={label.x} y2={label.y} />
              <circle cx={label.x} cy={label.y} r={3} />
            </g>
          );
        })}
      </svg>
      {placed.map((label) => {
        const selection = selectionOfName(label.name);
        const name =
          selection?.kind === 'structure'
            ? structureName(structureById(selection.id), mode, lang)
            : label.name;
        const grade = grades.get(label.name);
        return (
          <div
            key={label.name}
            className={`label label--${label.column}${grade ? ` label--${grade}` : ''}`}
            data-testid={`label-${label.name}`}
            data-grade={grade}
            style={{
              top: label.top,
              width: labelWidth,
              height: ROW,
              [label.column]: 6,
            }}
          >
            {name}
            {grade && (
              <span className="visually-hidden">
                {' '}
                ({ui(grade === 'article' ? 'gradeArticle' : 'gradeAnatomy')})
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
