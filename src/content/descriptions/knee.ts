/** Plain descriptions of the knee's ligaments, menisci and bursae (structures/knee.ts). */
import type { DescriptionEntry } from '../schema';

export const KNEE_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'anterior_cruciate_ligament',
    description: {
      en: 'A strong band deep inside the knee that stops the shin bone from sliding forward under the thigh bone. It crosses the PCL like an X.',
      es: 'Una banda fuerte en el interior de la rodilla que impide que la tibia se deslice hacia delante bajo el fémur. Se cruza con el LCP como una X.',
    },
  },
  {
    id: 'posterior_cruciate_ligament',
    description: {
      en: 'A thick band deep inside the knee that stops the shin bone from sliding backward under the thigh bone. It crosses the ACL like an X.',
      es: 'Una banda gruesa en el interior de la rodilla que impide que la tibia se deslice hacia atrás bajo el fémur. Se cruza con el LCA como una X.',
    },
  },
  {
    id: 'medial_collateral_ligament',
    description: {
      en: 'A broad, flat band on the inner side of the knee, from the thigh bone to the shin bone. It keeps the knee from bending inward.',
      es: 'Una banda ancha y plana en la cara interna de la rodilla, del fémur a la tibia. Evita que la rodilla se doble hacia dentro.',
    },
  },
  {
    id: 'lateral_collateral_ligament',
    description: {
      en: 'A round cord on the outer side of the knee, from the thigh bone to the top of the thin outer leg bone (fibula). It keeps the knee from bending outward.',
      es: 'Un cordón redondo en la cara externa de la rodilla, del fémur a la cabeza del peroné. Evita que la rodilla se doble hacia fuera.',
    },
  },
  {
    id: 'posterior_oblique_ligament',
    description: {
      en: 'A thin band at the back of the inner side of the knee, just behind the MCL, from the thigh bone to the top of the shin bone. It steadies the straight knee and stops the shin bone from turning inward too far.',
      es: 'Una banda fina en la parte posterior de la cara interna de la rodilla, justo detrás del LCM, del fémur a la parte alta de la tibia. Estabiliza la rodilla estirada e impide que la tibia gire demasiado hacia dentro.',
    },
  },
  {
    id: 'deep_medial_collateral_ligament',
    description: {
      en: 'A thin, short layer of the joint lining on the inner side of the knee, under the MCL. It ties the inner meniscus (the C-shaped cushion) to the thigh bone above and the shin bone below.',
      es: 'Una capa fina y corta de la cápsula articular en la cara interna de la rodilla, bajo el LCM. Une el menisco interno (el cojín en forma de C) al fémur por arriba y a la tibia por abajo.',
    },
  },
  {
    id: 'oblique_popliteal_ligament',
    description: {
      en: 'A broad, flat band that crosses the back of the knee joint on a slant, from the tendon of an inner hamstring (semimembranosus) up and outward to the back of the thigh bone. It strengthens the back of the joint and stops the knee from straightening too far.',
      es: 'Una banda ancha y plana que cruza en diagonal la parte posterior de la rodilla, desde el tendón de un isquiotibial interno (el semimembranoso) hacia arriba y hacia fuera hasta la parte posterior del fémur. Refuerza la parte posterior de la articulación e impide que la rodilla se estire demasiado.',
    },
  },
  {
    id: 'medial_meniscus',
    description: {
      en: 'A C-shaped cushion of tough cartilage on the inner half of the top of the shin bone. It spreads the load and steadies the knee.',
      es: 'Una almohadilla de cartílago resistente, en forma de C, sobre la mitad interna de la tibia. Reparte la carga y da estabilidad a la rodilla.',
    },
  },
  {
    id: 'lateral_meniscus',
    description: {
      en: 'An almost ring-shaped cushion of tough cartilage on the outer half of the top of the shin bone. It spreads the load and steadies the knee.',
      es: 'Una almohadilla de cartílago resistente, casi en forma de anillo, sobre la mitad externa de la tibia. Reparte la carga y da estabilidad a la rodilla.',
    },
  },
  {
    id: 'prepatellar_bursa',
    description: {
      en: 'A thin fluid sac just under the skin in front of the kneecap, so the skin can glide over it. Kneeling a lot can make it swell.',
      es: 'Una bolsita fina de líquido justo bajo la piel, delante de la rótula, para que la piel se deslice sobre ella. Arrodillarse mucho puede inflamarla.',
    },
  },
  {
    id: 'pes_anserine_bursa',
    description: {
      en: 'A small fluid sac on the inner side of the shin bone just below the knee, under three tendons that join there (the "goose foot").',
      es: 'Una bolsita de líquido en la cara interna de la tibia, justo debajo de la rodilla, bajo tres tendones que se unen allí (la "pata de ganso").',
    },
  },
];
