/** What the scene exposes to automated browsers (tests, benchmarks) on window.__explorerScene. */
export interface ExplorerTestHook {
  /** Frames drawn so far; tests wait for it to move after a change. */
  frames(): number;
  /** A screen point (CSS px, relative to the canvas) where the named mesh is the front-most thing drawn. */
  pointOn(nodeName: string): { x: number; y: number } | null;
  /** The camera, and the point it orbits (camera-controls' target). */
  camera(): { position: number[]; fov: number; aspect: number; target: number[] };
  /**
   * three's counts for the last frame, the pixel ratio it drew at (lower while moving on slow GPUs) and the
   * canvas's full one (what a still view draws at).
   */
  info(): {
    geometries: number;
    textures: number;
    programs: number;
    calls: number;
    triangles: number;
    pixelRatio: number;
    fullPixelRatio: number;
    /** Every look's program compiled (after the first frame). */
    detailReady: boolean;
    /** The moving frames' simplified triangles: asked for by the first move on a slow GPU (movingDetail.ts). */
    movingDetail: 'none' | 'making' | 'made';
    /** The deep structures' file (deepModel.ts): null until it is requested after the first frame. */
    deepModel: 'loading' | 'ready' | 'error' | null;
    /** A frame is asked for (invalidated) and not drawn yet: the view is about to change. */
    framePending: boolean;
  };
  /** Node names lit now; `hatched*` are those drawn striped (standard anatomy adds), a subset. */
  emphasis(): {
    selected: string[];
    regions: string[];
    hatchedRegions: string[];
    pathway: string[];
    sources: string[];
    hatchedSources: string[];
    arrows: number;
    /** "Where does it hurt?": the region's pain sources in all (`sources` are those drawn). */
    sourceCount: number;
  };
  // --- Added for the benchmark (bench/run.mjs); additive only. ---
  /** performance.now() when the last frame was drawn, or null before the first. */
  lastFrameAt(): number | null;
  /** When the selection last changed and the first frame drawn after it (time and frame number). */
  selectionFrame(): { changedAt: number; frameAt: number | null; frame: number | null } | null;
  /** Turns the camera to an azimuth (radians, 0 = front) around its target, keeping distance and height. */
  /** Draws the view again without moving the camera (the bench's still frames). */
  redraw(): void;
  orbitTo(azimuth: number): void;
  /** Whether the scene has a mesh of this name (the deep structures' arrive after the first frame). */
  hasNode(name: string): boolean;
}
