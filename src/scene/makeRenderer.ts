import { WebGLRenderer } from 'three';
import type { WebGLRendererParameters } from 'three';
import { NoWebglError } from '../lib/noWebgl';

/**
 * The scene's renderer, on a context asked for here (with the attributes three would use) rather than by
 * three: a browser that refuses WebGL then fails once, with an error the UI explains, not with three's
 * console errors. Nothing asks "is WebGL there?" beforehand: on software GL a page's first context is the
 * slow one, so a throw-away probe would delay the first frame.
 */
export function makeRenderer(defaults: WebGLRendererParameters): WebGLRenderer {
  const parameters = { ...defaults, antialias: true, powerPreference: 'high-performance' } as const;
  const canvas = parameters.canvas as HTMLCanvasElement;
  const context = canvas.getContext('webgl2', {
    alpha: true,
    depth: true,
    stencil: false,
    antialias: parameters.antialias,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    powerPreference: parameters.powerPreference,
    failIfMajorPerformanceCaveat: false,
  });
  if (!context) throw new NoWebglError();
  return new WebGLRenderer({ ...parameters, canvas, context });
}
