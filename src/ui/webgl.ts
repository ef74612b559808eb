/**
 * Whether this browser has WebGL 2 at all (three needs it). No context is made to ask (see
 * scene/makeRenderer.ts); a browser that has it but refuses a context fails in the scene with NoWebglError.
 */
export const hasWebGL2 = (): boolean => typeof WebGL2RenderingContext !== 'undefined';
