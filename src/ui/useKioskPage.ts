import { useEffect } from 'react';
import { useKiosk } from '../state/kiosk';
import { forgetOnReset } from '../state/patientReset';

/** Every open menu, section, dialog and popover closed; the page scrolled back up; focus let go. */
function closePanelsAndDialogs() {
  for (const details of document.querySelectorAll('details[open]')) details.removeAttribute('open');
  for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
  if ('hidePopover' in HTMLElement.prototype)
    for (const popover of document.querySelectorAll<HTMLElement>(':popover-open')) popover.hidePopover();
  for (const scroller of [document.scrollingElement, document.getElementById('panel')])
    scroller?.scrollTo(0, 0);
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/**
 * Kiosk page behaviour that lives in the DOM: a class for large type and no text selection or pinch
 * zoom (styles.css), and the DOM's part of a kiosk reset ('panels and dialogs' in patientReset.ts).
 */
export function useKioskPage() {
  const enabled = useKiosk((s) => s.enabled);
  useEffect(() => {
    document.documentElement.classList.toggle('kiosk', enabled);
  }, [enabled]);
  useEffect(() => forgetOnReset('panels and dialogs', closePanelsAndDialogs), []);
}
