import type { Emphasis } from './emphasis';
import type { KindBatches } from './kindBatches';
import { RENDER_ORDER } from './materials';
import { setMovingDetail } from './movingDetail';
import type { Look, MaterialSet } from './materials';
import type { ModelIndex } from './modelIndex';
import { LAYER_OF_KIND } from './modelIndex';
import type { MeshKind } from '../model/types';
import type { LayerVisibility } from '../state/types';
import { REGION_IDS } from '../content/ids';
import type { RegionId } from '../content/ids';
import { HIGHLIGHT } from './palette';
import type { RegionLook } from './regionShading';

export interface LookOptions {
  readonly layers: LayerVisibility;
  /** Show only the selection and its pathway. */
  readonly isolate: boolean;
  /** "Where does it hurt?": the regions are shown faintly on the skin so they can be tapped. */
  readonly showRegions: boolean;
  /** The camera moves on a slow GPU: the batches skip their finest shading (AdaptiveResolution.tsx). */
  readonly reducedDetail: boolean;
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
  const regionsShown = emphasis.regions.size > 0 || (options.showRegions && !options.isolate);
  const skinShown = layerShown('skin') && !(anything && options.isolate);
  for (const [kind, batch] of batches) {
    const look = anything ? 'faded' : 'normal';
    batch.material =
      kind === 'skin'
        ? materials.skin(look, emphasis.regions.size > 0 ? 'lit' : regionsShown ? 'offered' : 'none')
        : materials.batch(kind, look, options.reducedDetail);
    setMovingDetail(batch, options.reducedDetail);
    batch.visible =
      kind === 'skin' ? skinShown || regionsShown : layerShown(kind) && !(anything && options.isolate);
  }
  // The skin draws the regions: with the skin layer off (or isolated) it draws them alone.
  materials.regions.skinAlpha.value = skinShown ? 1 : 0;
  for (const { mesh, name, kind } of index.all) {
    if (kind === 'region') {
      const look = regionLook(name, emphasis, options);
      materials.regions.set(mesh.userData.slot as number, look);
      mesh.userData.pickable = look !== null;
      continue;
    }
    let look: Look | null = null;
    if (emphasis.selected.has(name)) look = 'selected';
    else if (emphasis.pathway.has(name)) look = 'pathway';
    else if (emphasis.sources.has(name))
      look = emphasis.hatchedSources.has(name) ? 'sourceAnatomy' : 'source';
    const pickable = look !== null || (layerShown(kind) && !(anything && options.isolate));
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

/** Lit regions glow, outlined (striped for "standard anatomy adds"); in "where does it hurt?" all show faintly. */
function regionLook(name: string, emphasis: Emphasis, options: LookOptions): RegionLook | null {
  if (emphasis.regions.has(name))
    return {
      colour: HIGHLIGHT.region,
      alpha: 0.8,
      hatched: emphasis.hatchedRegions.has(name),
      outlined: true,
    };
  if (!options.showRegions || options.isolate) return null;
  // Neighbouring areas alternate in strength, so their borders show where to tap.
  const zone = REGION_IDS.indexOf(name.replace(/_[lr]$/, '') as RegionId);
  return { colour: HIGHLIGHT.region, alpha: zone % 2 === 0 ? 0.16 : 0.28, hatched: false, outlined: false };
}
