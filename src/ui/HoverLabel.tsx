import { useEffect, useRef } from 'react';
import { hoverStore } from '../state/sceneSignals';
import { selectionOfName } from '../state/selectionOfName';
import { useExplorer } from '../state/store';
import { nameOf } from './names';

/** The name under the mouse, written straight to the DOM so hovering re-renders no React tree. */
export function HoverLabel() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      hoverStore.subscribe(({ name, x, y }) => {
        const el = ref.current;
        if (!el) return;
        const selection = name ? selectionOfName(name) : null;
        if (!selection) {
          el.hidden = true;
          return;
        }
        const { mode, lang } = useExplorer.getState();
        el.textContent = nameOf(selection, mode, lang);
        el.style.transform = `translate(${x + 14}px, ${y + 10}px)`;
        el.hidden = false;
      }),
    [],
  );
  return <div ref={ref} className="hover-label" hidden aria-hidden="true" />;
}
