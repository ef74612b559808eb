import { lazy } from 'react';

/**
 * The 3D canvas, composed here at the root and handed to the UI as a slot (ui never imports scene). It is
 * its own chunk: three and the scene code load after the page's first paint.
 */
export const LazyExplorerCanvas = lazy(() =>
  import('../scene/ExplorerCanvas').then((m) => ({ default: m.ExplorerCanvas })),
);
