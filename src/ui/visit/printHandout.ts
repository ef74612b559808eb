import { captureView } from '../../state/takeHome';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Prints the handout (the print stylesheet shows it alone): a fresh picture of the view first, drawn into
 * the page before the browser lays it out. The browser's own print does the same (Handout listens to
 * 'beforeprint'). No new window.
 */
export async function printHandout(): Promise<void> {
  captureView();
  await nextFrame();
  const img = document.querySelector<HTMLImageElement>('[data-testid="handout-view"]');
  await img?.decode().catch(() => undefined);
  window.print();
}
