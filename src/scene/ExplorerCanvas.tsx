import { Canvas } from '@react-three/fiber';
import { Bvh } from '@react-three/drei';
import { PICK_TREE_SPLIT } from './picking';
import { AdaptiveResolution } from './AdaptiveResolution';
import { BodyModel } from './BodyModel';
import { CameraRig } from './CameraRig';
import { BACKGROUND } from './palette';
import { StudioLights } from './StudioLights';
import { TestHook } from './TestHook';
import { LabelAnchors } from './LabelAnchors';
import { MarkAnchors } from './MarkAnchors';
import { KeyboardNavigation } from './KeyboardNavigation';
import { ViewSnapshot } from './ViewSnapshot';
import { makeRenderer } from './makeRenderer';

export function ExplorerCanvas({ label }: { label: string }) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 30, near: 0.05, far: 30, position: [0, 0.6, 2.45] }}
      gl={makeRenderer}
      onCreated={({ gl, invalidate }) => {
        // preventDefault lets the browser restore the context; three then re-uploads everything, and
        // on-demand rendering needs to be told to draw again.
        gl.domElement.addEventListener('webglcontextlost', (event) => event.preventDefault());
        gl.domElement.addEventListener('webglcontextrestored', () => invalidate());
      }}
    >
      <color attach="background" args={[BACKGROUND]} />
      <StudioLights />
      <Bvh firstHitOnly={false} strategy={PICK_TREE_SPLIT}>
        <BodyModel />
      </Bvh>
      <CameraRig />
      <AdaptiveResolution />
      <TestHook />
      <LabelAnchors />
      <MarkAnchors />
      <KeyboardNavigation label={label} />
      <ViewSnapshot />
    </Canvas>
  );
}
