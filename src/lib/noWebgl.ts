/** Thrown when the browser gives the scene no WebGL 2 context (switched off, GPU blocked, too old). */
export class NoWebglError extends Error {
  constructor() {
    super('This browser gave the 3D scene no WebGL 2 context.');
    this.name = 'NoWebglError';
  }
}

export const isNoWebglError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'NoWebglError';
