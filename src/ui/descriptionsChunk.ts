import type { StructureId } from '../content/ids';
import type { Localized } from '../content/schema';
import { lazyModule } from './lazyModule';

/**
 * The structures' plain descriptions (content/descriptions) are a chunk of their own: the page starts
 * without them, and they load once the scene has drawn its first frame and the page is idle, or at once when
 * a panel that shows one asks (a selection). The service worker precaches the chunk like every other.
 */
const descriptions = lazyModule(() => import('../content/descriptions'));

/** The structure's description, or undefined while the chunk loads (asking for it at once). */
export function useDescription(id: StructureId): Localized | undefined {
  return descriptions.useModule(true, id)?.descriptionOf(id);
}

/** Fetches the descriptions after the scene's first frame, so a later selection shows its text at once. */
export const usePreloadDescriptions = (): void => descriptions.usePreload();
