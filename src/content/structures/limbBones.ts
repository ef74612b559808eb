/** Bones of the pelvis and lower limb (paired). References: facts/limbBones.ts. */
import type { Structure } from '../schema';

export const LIMB_BONES: Structure[] = [
  {
    id: 'hip_bone',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Hip bone (os coxae)', es: 'Hueso coxal (os coxae)' },
    plainName: { en: 'Hip bone (pelvis)', es: 'Hueso de la cadera (pelvis)' },
  },
  {
    id: 'femur',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Femur', es: 'Fémur' },
    plainName: { en: 'Thigh bone (femur)', es: 'Hueso del muslo (fémur)' },
  },
  {
    id: 'patella',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Patella', es: 'Rótula (patela)' },
    plainName: { en: 'Kneecap (patella)', es: 'Rótula' },
  },
  {
    id: 'tibia',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Tibia', es: 'Tibia' },
    plainName: { en: 'Shin bone (tibia)', es: 'Hueso de la espinilla (tibia)' },
  },
  {
    id: 'fibula',
    kind: 'bone',
    layer: 'bones',
    anatomicalName: { en: 'Fibula', es: 'Peroné (fíbula)' },
    plainName: { en: 'Fibula (thin leg bone)', es: 'Peroné (hueso delgado de la pierna)' },
  },
];
