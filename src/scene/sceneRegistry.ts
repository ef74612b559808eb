import type { Emphasis } from './emphasis';
import type { ModelIndex } from './modelIndex';

/** The loaded model and its current emphasis, for the camera rig and the test hook (no React state). */
export const sceneRegistry: { current: { index: ModelIndex; emphasis: Emphasis } | null } = { current: null };
