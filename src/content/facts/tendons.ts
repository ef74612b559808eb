/** References of the tendons and bands: Gray's 42nd ed.; Moore 8th ed. */
import { AGGARWAL, HICKS, MCMILLAN, gray, moore } from '../references';
import type { FactsEntry } from '../schema';

export const TENDON_FACTS: readonly FactsEntry[] = [
  {
    id: 'iliotibial_band',
    references: [
      moore('ch. 7 Lower Limb, fascia lata and iliotibial tract'),
      gray('thigh: fascia lata and iliotibial tract'),
    ],
  },
  {
    id: 'quadriceps_tendon',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh": quadriceps femoris'),
      gray('knee: quadriceps tendon'),
    ],
  },
  {
    id: 'patellar_ligament',
    references: [moore('ch. 7 Lower Limb, knee joint: patellar ligament'), gray('knee: patellar ligament')],
  },
  {
    id: 'plantar_aponeurosis',
    attachment: {
      bones: ['calcaneus', 'phalanges_of_foot'],
      attachments: {
        en: 'From the medial process of the calcaneal tuberosity (the central part, the thickest: 2-4 mm just in front of the heel bone in healthy feet on ultrasound, more than 4 mm in plantar fasciitis; Aggarwal et al. 2020, McMillan et al. 2009), over flexor digitorum brevis, widening forwards and dividing near the metatarsal heads into five slips, one to each toe, which join the fibrous flexor sheaths and the plantar plates of the metatarsophalangeal joints; thinner medial and lateral parts cover abductor hallucis and abductor digiti minimi.',
        es: 'Desde la apófisis medial de la tuberosidad del calcáneo (la parte central, la más gruesa: 2-4 mm justo delante del calcáneo en pies sanos por ecografía, más de 4 mm en la fascitis plantar; Aggarwal et al. 2020, McMillan et al. 2009), sobre el flexor corto de los dedos, se ensancha hacia delante y cerca de las cabezas de los metatarsianos se divide en cinco lengüetas, una para cada dedo, que se unen a las vainas fibrosas de los flexores y a las placas plantares de las articulaciones metatarsofalángicas; unas partes medial y lateral más delgadas cubren el abductor del dedo gordo y el abductor del dedo pequeño.',
      },
      function: {
        en: 'Ties the heel to the toes like the string of a bow, so it holds up the longitudinal arch and protects the sole’s deeper structures; when the toes bend up at the end of a step it is wound round the metatarsal heads and raises the arch (the windlass mechanism; Hicks 1954).',
        es: 'Une el talón con los dedos como la cuerda de un arco, así sostiene el arco longitudinal y protege las estructuras profundas de la planta; cuando los dedos se doblan hacia arriba al final del paso se enrolla sobre las cabezas de los metatarsianos y eleva el arco (mecanismo de molinete; Hicks 1954).',
      },
    },
    references: [
      moore('ch. 7 Lower Limb, fascia of the foot: plantar aponeurosis'),
      gray('foot: plantar aponeurosis'),
      AGGARWAL,
      MCMILLAN,
      HICKS,
    ],
  },
];
