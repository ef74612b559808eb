import type { ComponentType } from 'react';

/** The 3D canvas the composition root (src/app) gives the UI: the scene and the UI never import each other. */
export type SceneCanvas = ComponentType<{ label: string }>;
