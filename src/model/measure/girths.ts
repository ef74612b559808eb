/** The skin girths ANSUR II measures, taken on the skin mesh at the matching heights of this skeleton. */
import type { RawMesh } from '../types.ts';
import { HEIGHT, L } from '../landmarks.ts';
import { ANSUR_MALE, type StatureRatio } from './ansur.ts';
import { girth } from './girth.ts';

export interface GirthRow {
  readonly name: string;
  /** Height of the section (m) and the measured girth as a fraction of stature. */
  readonly y: number;
  readonly ratio: number;
  readonly reference: StatureRatio;
}

export function skinGirths(skin: RawMesh): GirthRow[] {
  const H = HEIGHT;
  const knee = L('knee_joint_centre')[1];
  // ANSUR's calf circumference is the maximum: search the upper half of the leg for it.
  let calf = { y: knee, g: 0 };
  for (let y = knee - 0.2; y < knee - 0.03; y += 0.005) {
    const g = girth(skin, y, 'left');
    if (g > calf.g) calf = { y, g };
  }
  // and the ankle circumference is the minimum above the malleoli
  const ankle0 = L('ankle_joint_centre')[1];
  let ankle = { y: ankle0, g: Infinity };
  for (let y = ankle0 + 0.02; y < ankle0 + 0.12; y += 0.005) {
    const g = girth(skin, y, 'left');
    if (g < ankle.g) ankle = { y, g };
  }
  const at = (name: string, y: number, side: 'left' | 'both', reference: StatureRatio): GirthRow => ({
    name,
    y,
    ratio: girth(skin, y, side) / H,
    reference,
  });
  return [
    at('thigh (gluteal furrow)', ANSUR_MALE.crotchHeight.mean * H, 'left', ANSUR_MALE.thighCircumference),
    at(
      'lower thigh (above the patella)',
      L('patella_centre')[1] + 0.034,
      'left',
      ANSUR_MALE.lowerThighCircumference,
    ),
    { name: 'calf (maximum)', y: calf.y, ratio: calf.g / H, reference: ANSUR_MALE.calfCircumference },
    { name: 'ankle (minimum)', y: ankle.y, ratio: ankle.g / H, reference: ANSUR_MALE.ankleCircumference },
    at('hips (at the buttocks)', ANSUR_MALE.buttockHeight.mean * H, 'both', ANSUR_MALE.buttockCircumference),
  ];
}
