/** Plain descriptions of the tendons (structures/tendons.ts). */
import type { DescriptionEntry } from '../schema';

export const TENDON_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'iliotibial_band',
    description: {
      en: 'A strong band of tissue down the outside of the thigh, from the hip to just below the knee.',
      es: 'Una banda fuerte de tejido que baja por la parte externa del muslo, desde la cadera hasta justo debajo de la rodilla.',
    },
  },
  {
    id: 'quadriceps_tendon',
    description: {
      en: 'The thick tendon that joins the four quad muscles, including the rectus femoris, to the kneecap.',
      es: 'El tendón grueso que une los cuatro músculos del cuádriceps, entre ellos el recto femoral, a la rótula.',
    },
  },
  {
    id: 'patellar_ligament',
    description: {
      en: 'The strong band from the kneecap to the bump at the top of the shin bone; it carries the pull of the quads.',
      es: 'La banda fuerte que va de la rótula al bulto de la parte alta de la tibia; transmite la fuerza del cuádriceps.',
    },
  },
];
