import { useEffect, useState } from 'react';
import type { SceneCanvas } from '../ui/sceneSlot';

/**
 * The 3D canvas, composed here at the root and handed to the UI as a slot (ui never imports scene). It is
 * its own chunk (three and the scene code), requested as soon as this module runs, so it downloads while
 * the page's first render happens. Not React.lazy: React holds back a Suspense boundary's content for up
 * to 300 ms after its fallback showed, and the canvas would wait for that instead of for the chunk.
 */
const canvasChunk = import('../scene/ExplorerCanvas');
let loaded: SceneCanvas | null = null;

export const LazyExplorerCanvas: SceneCanvas = (props) => {
  const [Canvas, setCanvas] = useState<SceneCanvas | null>(() => loaded);
  useEffect(() => {
    let live = true;
    canvasChunk.then(
      (chunk) => {
        loaded = chunk.ExplorerCanvas;
        if (live) setCanvas(() => chunk.ExplorerCanvas);
      },
      // A chunk that cannot load (offline without the service worker's copy) fails like the scene does:
      // thrown during render, to the scene's error boundary, which explains it.
      (error: unknown) => {
        if (live)
          setCanvas(() => {
            throw error;
          });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return Canvas ? <Canvas {...props} /> : null;
};
