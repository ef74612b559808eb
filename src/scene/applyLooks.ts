import type { Emphasis } from './emphasis';
import { RENDER_ORDER } from './materials';
import type { MaterialSet, Look } from './materials';
import type { ModelIndex } from './modelIndex';
import { LAYER_OF_KIND } from './modelIndex';
import type { LayerVisibility } from '../state/types';

export interface LookOptions {
  readonly layers: LayerVisibility;
  /** Show only the selection and its pathway. */
  readonly isolate: boolean;
  /** "Where does it hurt?": region patches are shown faintly so they can be tapped. */
  readonly showRegions: boolean;
}

/**
 * Gives every mesh its material and visibility for the current emphasis. Only references change:
 * no geometry or material is created here, so selecting costs no allocation on the GPU.
 */
export function applyLooks(
  index: ModelIndex,
  materials: MaterialSet,
  outlines: ReadonlyMap<string, { visible: boolean }>,
  emphasis: Emphasis,
  options: LookOptions,
): void {
  const anything = emphasis.selected.size + emphasis.regions.size + emphasis.sources.size > 0;
  for (const { mesh, name, kind } of index.all) {
    let look: Look;
    let visible: boolean;
    if (kind === 'region') {
      const lit = emphasis.regions.has(name);
      look = lit ? 'region' : 'faded';
      visible = lit || (options.showRegions && !options.isolate);
    } else if (emphasis.selected.has(name)) {
      look = 'selected';
      visible = true;
    } else if (emphasis.pathway.has(name)) {
      look = 'pathway';
      visible = true;
    } else if (emphasis.sources.has(name)) {
      look = 'source';
      visible = true;
    } else {
      const layer = LAYER_OF_KIND[kind];
      const layerShown = layer === null || options.layers[layer];
      look = anything ? 'faded' : 'normal';
      visible = layerShown && !(anything && options.isolate);
    }
    mesh.material = materials.get(kind, look);
    mesh.renderOrder = RENDER_ORDER[look];
    mesh.visible = visible;
    const outline = outlines.get(name);
    if (outline) outline.visible = emphasis.selected.has(name);
  }
}
