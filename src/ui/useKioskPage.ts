import { useEffect } from 'react';
import { useKiosk } from '../state/kiosk';

/**
 * Kiosk page behaviour that lives in the DOM: a class for large type and no text selection or pinch
 * zoom (styles.css), and, at each idle reset, closed menus, the page scrolled back up and focus let go.
 */
export function useKioskPage() {
  const enabled = useKiosk((s) => s.enabled);
  const resets = useKiosk((s) => s.resets);
  useEffect(() => {
    document.documentElement.classList.toggle('kiosk', enabled);
  }, [enabled]);
  useEffect(() => {
    if (resets === 0) return;
    for (const details of document.querySelectorAll('details[open]')) details.removeAttribute('open');
    for (const scroller of [document.scrollingElement, document.getElementById('panel')])
      scroller?.scrollTo(0, 0);
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  }, [resets]);
}
