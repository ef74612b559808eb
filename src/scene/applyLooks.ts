import type { Emphasis } from './emphasis';
import type { KindBatches } from './kindBatches';
import { RENDER_ORDER } from './materials';
import type { Look, MaterialSet } from './materials';
import type { ModelIndex } from './modelIndex';
import { LAYER_OF_KIND } from './modelIndex';
import type { MeshKind } from '../model/types';
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
 *
 * What is not emphasised is drawn by the per-kind batches (normal, or faded while something is selected);
 * a structure's own mesh is drawn only while it is emphasised. `userData.pickable` says what a tap may
 * select: a structure whose layer is shown, whether its own mesh or its batch draws it.
 */
export function applyLooks(
  index: ModelIndex,
  batches: KindBatches,
  materials: MaterialSet,
  outlines: ReadonlyMap<string, { visible: boolean }>,
  emphasis: Emphasis,
  options: LookOptions,
): void {
  const anything = emphasis.selected.size + emphasis.regions.size + emphasis.sources.size > 0;
  const layerShown = (kind: MeshKind) => {
    const layer = LAYER_OF_KIND[kind];
    return layer === null || options.layers[layer];
  };
  for (const [kind, batch] of batches) {
    batch.material = materials.get(kind, anything ? 'faded' : 'normal');
    batch.visible = layerShown(kind) && !(anything && options.isolate);
  }
  for (const { mesh, name, kind } of index.all) {
    let look: Look | null = null;
    let pickable: boolean;
    if (kind === 'region') {
      if (emphasis.regions.has(name)) look = emphasis.hatchedRegions.has(name) ? 'regionAnatomy' : 'region';
      else if (options.showRegions && !options.isolate) look = 'faded';
      pickable = look !== null;
    } else {
      if (emphasis.selected.has(name)) look = 'selected';
      else if (emphasis.pathway.has(name)) look = 'pathway';
      else if (emphasis.sources.has(name))
        look = emphasis.hatchedSources.has(name) ? 'sourceAnatomy' : 'source';
      pickable = look !== null || (layerShown(kind) && !(anything && options.isolate));
    }
    mesh.visible = look !== null;
    mesh.userData.pickable = pickable;
    if (look) {
      mesh.material = materials.get(kind, look);
      mesh.renderOrder = RENDER_ORDER[look];
    }
    const outline = outlines.get(name);
    if (outline) outline.visible = look === 'selected';
  }
}
