/** One-time loading of the manifold-3d WebAssembly kernel used for meshing fields. */
import Module from 'manifold-3d';

type ManifoldToplevel = Awaited<ReturnType<typeof Module>>;
let kernel: Promise<ManifoldToplevel> | null = null;

export function loadKernels(): Promise<ManifoldToplevel> {
  kernel ??= (async () => {
    const wasm = await Module();
    wasm.setup();
    return wasm;
  })();
  return kernel;
}
