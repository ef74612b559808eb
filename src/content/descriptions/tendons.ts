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
  {
    id: 'plantar_aponeurosis',
    description: {
      en: 'A thick, tough sheet of fibrous tissue under the sole, just inside the skin and fat: from the bottom of the heel bone it widens forwards over the sole’s muscles and splits into five slips, one to each toe. It ties the heel to the toes and helps hold up the arch.',
      es: 'Una lámina gruesa y resistente de tejido fibroso bajo la planta, justo por dentro de la piel y la grasa: desde la parte inferior del hueso del talón se ensancha hacia delante sobre los músculos de la planta y se divide en cinco lengüetas, una para cada dedo. Une el talón con los dedos y ayuda a sostener el arco.',
    },
  },
];
