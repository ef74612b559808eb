/**
 * Clearances the soft tissue keeps (metres), in one place so that the lofts that lay themselves off a bone
 * (sectioned.ts) and the fit that pushes every mesh out of the bones and its neighbours (index.ts) agree.
 */
/** Clearance kept from bone surfaces (metres): the brief asks for 1.5-2 mm. */
export const BONE_MARGIN = 0.0015;
/** Clearance kept from neighbouring muscles drawn earlier. */
export const NEIGHBOUR_MARGIN = 0.0005;
/** Clearance of a band over the muscles under it: more than its flat faces sag between rings (~0.3 mm). */
export const BAND_MARGIN = 0.001;
/**
 * Depth a band presses the muscles under it to, past its back: where the skin leaves no room, band and
 * muscle are both held the same distance under the skin, and their coarse faces need ~2 mm between them.
 */
export const PRESS_MARGIN = 0.003;
