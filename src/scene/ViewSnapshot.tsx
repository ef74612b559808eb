import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { snapshotStore } from '../state/sceneSignals';

/**
 * Lets the printed handout take a picture of the view: draws one frame and reads it back in the same
 * task, while the drawing buffer still holds it (no preserveDrawingBuffer, which would cost every frame).
 * A JPEG keeps the handout light; the background is opaque, so nothing is lost.
 */
export function ViewSnapshot() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const capture = () => {
      try {
        gl.render(scene, camera);
        return gl.domElement.toDataURL('image/jpeg', 0.88);
      } catch {
        return null; // a lost context or a tainted canvas: the handout goes without the picture
      }
    };
    snapshotStore.setState({ capture });
    return () => {
      if (snapshotStore.getState().capture === capture) snapshotStore.setState({ capture: null });
    };
  }, [gl, scene, camera]);
  return null;
}
