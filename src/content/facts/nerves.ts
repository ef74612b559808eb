/**
 * Student facts of the nerves: roots, course, territory and fibres, after Moore 8th ed. and Gray's 42nd ed.
 * at the places named in each nerve's references; dermatomes: Lee et al. 2008.
 */
import { DERMATOMES, gray, moore } from '../references';
import type { FactsEntry, Localized } from '../schema';
import { rootId, type RootLevel } from '../structures/nerves';

const LUMBAR_PLEXUS = [
  moore('ch. 5 Abdomen, posterior abdominal wall: lumbar plexus'),
  gray('posterior abdominal wall: lumbar plexus'),
];
const THIGH_NERVES = [
  moore('ch. 7 Lower Limb, table "Nerves of thigh"'),
  gray('thigh: femoral, obturator and lateral femoral cutaneous nerves'),
];
const GLUTEAL_NERVES = [
  moore('ch. 7 Lower Limb, table "Nerves of gluteal region"'),
  gray('gluteal region: sacral plexus and its branches'),
];
const LEG_NERVES = [
  moore('ch. 7 Lower Limb, table "Nerves of leg"'),
  gray('leg and popliteal fossa: tibial and common fibular nerves'),
];

interface RootFacts {
  readonly level: RootLevel;
  readonly exit: Localized;
  readonly supplies: Localized;
}

const ROOTS: readonly RootFacts[] = [
  {
    level: 'L1',
    exit: {
      en: 'Leaves the vertebral canal through the L1-L2 intervertebral foramen, below the L1 pedicle, and joins the lumbar plexus in psoas major.',
      es: 'Sale del conducto vertebral por el agujero intervertebral L1-L2, por debajo del pedículo de L1, y se une al plexo lumbar en el espesor del psoas mayor.',
    },
    supplies: {
      en: 'Skin of the groin (L1 dermatome) through the iliohypogastric, ilioinguinal and genitofemoral nerves; part of psoas major.',
      es: 'Piel de la región inguinal (dermatoma L1) a través de los nervios iliohipogástrico, ilioinguinal y genitofemoral; parte del psoas mayor.',
    },
  },
  {
    level: 'L2',
    exit: {
      en: 'Leaves through the L2-L3 intervertebral foramen and joins the lumbar plexus in psoas major.',
      es: 'Sale por el agujero intervertebral L2-L3 y se une al plexo lumbar en el espesor del psoas mayor.',
    },
    supplies: {
      en: 'Skin of the upper front of the thigh (L2 dermatome); hip flexors; contributes to the femoral, obturator and lateral femoral cutaneous nerves.',
      es: 'Piel de la parte anterosuperior del muslo (dermatoma L2); flexores de cadera; contribuye a los nervios femoral, obturador y cutáneo femoral lateral.',
    },
  },
  {
    level: 'L3',
    exit: {
      en: 'Leaves through the L3-L4 intervertebral foramen and joins the lumbar plexus in psoas major.',
      es: 'Sale por el agujero intervertebral L3-L4 y se une al plexo lumbar en el espesor del psoas mayor.',
    },
    supplies: {
      en: 'Skin of the front of the thigh down to the inner knee (L3 dermatome); knee extensors and hip adductors through the femoral and obturator nerves.',
      es: 'Piel de la cara anterior del muslo hasta la cara medial de la rodilla (dermatoma L3); extensores de rodilla y aductores de cadera a través de los nervios femoral y obturador.',
    },
  },
  {
    level: 'L4',
    exit: {
      en: 'Leaves through the L4-L5 intervertebral foramen; splits between the lumbar plexus and the lumbosacral trunk.',
      es: 'Sale por el agujero intervertebral L4-L5; sus fibras se reparten entre el plexo lumbar y el tronco lumbosacro.',
    },
    supplies: {
      en: 'Skin of the inner knee and inner leg (L4 dermatome); quadriceps; contributes to the femoral, obturator, superior gluteal and sciatic nerves.',
      es: 'Piel de la cara medial de la rodilla y de la pierna (dermatoma L4); cuádriceps; contribuye a los nervios femoral, obturador, glúteo superior y ciático.',
    },
  },
  {
    level: 'L5',
    exit: {
      en: 'Leaves through the L5-S1 intervertebral foramen and joins the lumbosacral trunk to the sacral plexus.',
      es: 'Sale por el agujero intervertebral L5-S1 y, a través del tronco lumbosacro, llega al plexo sacro.',
    },
    supplies: {
      en: 'Skin of the outer leg and top of the foot (L5 dermatome); hip abductors, big-toe extensor; contributes to the sciatic and gluteal nerves.',
      es: 'Piel de la cara lateral de la pierna y del dorso del pie (dermatoma L5); abductores de cadera, extensor del dedo gordo; contribuye a los nervios ciático y glúteos.',
    },
  },
  {
    level: 'S1',
    exit: {
      en: 'Leaves the sacrum through the first anterior sacral foramen and joins the sacral plexus.',
      es: 'Sale del sacro por el primer agujero sacro anterior y se une al plexo sacro.',
    },
    supplies: {
      en: 'Skin of the back of the calf, outer foot and sole (S1 dermatome); calf muscles and gluteus maximus; contributes to the sciatic and gluteal nerves.',
      es: 'Piel de la cara posterior de la pantorrilla, del borde lateral del pie y de la planta (dermatoma S1); tríceps sural y glúteo mayor; contribuye a los nervios ciático y glúteos.',
    },
  },
  {
    level: 'S2',
    exit: {
      en: 'Leaves the sacrum through the second anterior sacral foramen and joins the sacral plexus.',
      es: 'Sale del sacro por el segundo agujero sacro anterior y se une al plexo sacro.',
    },
    supplies: {
      en: 'Skin of the back of the thigh (S2 dermatome); hamstrings and calf muscles through the sciatic nerve.',
      es: 'Piel de la cara posterior del muslo (dermatoma S2); isquiotibiales y músculos de la pantorrilla a través del nervio ciático.',
    },
  },
  {
    level: 'S3',
    exit: {
      en: 'Leaves the sacrum through the third anterior sacral foramen and joins the sacral plexus.',
      es: 'Sale del sacro por el tercer agujero sacro anterior y se une al plexo sacro.',
    },
    supplies: {
      en: 'Skin of the inner buttock (S3 dermatome); contributes to the sciatic nerve and the pelvic floor nerves.',
      es: 'Piel de la parte medial de la nalga (dermatoma S3); contribuye al nervio ciático y a los nervios del suelo pélvico.',
    },
  },
];

const roots: FactsEntry[] = ROOTS.map(({ level, exit, supplies }) => ({
  id: rootId(level),
  nerve: { roots: [level], fibres: 'mixed', course: exit, supplies },
  references: [
    moore('ch. 2 Back, spinal nerves and the intervertebral foramina'),
    ...(level.startsWith('S') ? GLUTEAL_NERVES : LUMBAR_PLEXUS),
    DERMATOMES,
  ],
}));

export const NERVE_FACTS: readonly FactsEntry[] = [
  ...roots,
  {
    id: 'lumbar_plexus',
    nerve: {
      roots: ['L1', 'L2', 'L3', 'L4'],
      fibres: 'mixed',
      course: {
        en: 'Forms inside psoas major from the anterior rami of L1-L4 (with a twig from T12); its branches leave the lateral and medial borders and the front of the muscle.',
        es: 'Se forma en el espesor del psoas mayor a partir de los ramos anteriores de L1-L4 (con un pequeño ramo de T12); sus ramas emergen por los bordes lateral y medial y por la cara anterior del músculo.',
      },
      supplies: {
        en: 'Iliohypogastric, ilioinguinal, genitofemoral, lateral femoral cutaneous, femoral and obturator nerves; direct branches to psoas and quadratus lumborum.',
        es: 'Nervios iliohipogástrico, ilioinguinal, genitofemoral, cutáneo femoral lateral, femoral y obturador; ramos directos para el psoas y el cuadrado lumbar.',
      },
    },
    references: LUMBAR_PLEXUS,
  },
  {
    id: 'femoral_nerve',
    nerve: {
      roots: ['L2', 'L3', 'L4'],
      branchOf: 'lumbar_plexus',
      fibres: 'mixed',
      course: {
        en: 'Emerges from the lateral border of psoas major, runs between psoas and iliacus, passes under the inguinal ligament lateral to the femoral artery and divides in the femoral triangle.',
        es: 'Emerge por el borde lateral del psoas mayor, discurre entre el psoas y el ilíaco, pasa bajo el ligamento inguinal por fuera de la arteria femoral y se divide en el triángulo femoral.',
      },
      supplies: {
        en: 'Iliacus, pectineus, sartorius and quadriceps; skin of the front of the thigh (anterior cutaneous branches) and, through the saphenous nerve, of the inner knee and leg; branches to the hip and knee joints.',
        es: 'Ilíaco, pectíneo, sartorio y cuádriceps; piel de la cara anterior del muslo (ramos cutáneos anteriores) y, a través del nervio safeno, de la cara medial de la rodilla y de la pierna; ramos articulares para la cadera y la rodilla.',
      },
    },
    references: [...LUMBAR_PLEXUS, ...THIGH_NERVES],
  },
  {
    id: 'obturator_nerve',
    nerve: {
      roots: ['L2', 'L3', 'L4'],
      branchOf: 'lumbar_plexus',
      fibres: 'mixed',
      course: {
        en: 'Emerges from the medial border of psoas major, runs along the lateral pelvic wall and leaves through the obturator canal, dividing into anterior and posterior branches around adductor brevis.',
        es: 'Emerge por el borde medial del psoas mayor, recorre la pared lateral de la pelvis y sale por el conducto obturador, donde se divide en ramos anterior y posterior en torno al aductor corto.',
      },
      supplies: {
        en: 'Adductor longus, brevis and magnus (adductor part), gracilis and obturator externus; skin of the inner thigh; branches to the hip joint and (posterior branch) the knee joint.',
        es: 'Aductores largo, corto y mayor (porción aductora), grácil y obturador externo; piel de la cara medial del muslo; ramos articulares para la cadera y (ramo posterior) para la rodilla.',
      },
    },
    references: [...LUMBAR_PLEXUS, ...THIGH_NERVES],
  },
  {
    id: 'lateral_femoral_cutaneous_nerve',
    nerve: {
      roots: ['L2', 'L3'],
      branchOf: 'lumbar_plexus',
      fibres: 'sensory',
      course: {
        en: 'Emerges from the lateral border of psoas major, crosses iliacus and passes under (or through) the inguinal ligament close to the anterior superior iliac spine.',
        es: 'Emerge por el borde lateral del psoas mayor, cruza el ilíaco y pasa por debajo (o a través) del ligamento inguinal, cerca de la espina ilíaca anterior superior.',
      },
      supplies: {
        en: 'Skin of the front and outer side of the thigh, down towards the knee (sensory only).',
        es: 'Piel de las caras anterior y lateral del muslo, hasta las proximidades de la rodilla (solo sensitivo).',
      },
    },
    references: [...LUMBAR_PLEXUS, ...THIGH_NERVES],
  },
  {
    id: 'sciatic_nerve',
    nerve: {
      roots: ['L4', 'L5', 'S1', 'S2', 'S3'],
      fibres: 'mixed',
      course: {
        en: 'Leaves the pelvis through the greater sciatic foramen below piriformis, descends deep to gluteus maximus midway between the greater trochanter and the ischial tuberosity, then deep to the long head of biceps femoris, and divides near the apex of the popliteal fossa.',
        es: 'Sale de la pelvis por el agujero ciático mayor, por debajo del piriforme; desciende profundo al glúteo mayor, a medio camino entre el trocánter mayor y la tuberosidad isquiática, después profundo a la cabeza larga del bíceps femoral, y se divide cerca del vértice de la fosa poplítea.',
      },
      supplies: {
        en: 'Hamstrings and the hamstring part of adductor magnus; through its tibial and common fibular divisions all muscles of the leg and foot and most of the skin below the knee; branches to the hip and knee joints.',
        es: 'Isquiotibiales y porción isquiotibial del aductor mayor; a través de sus divisiones tibial y peronea común, todos los músculos de la pierna y del pie y la mayor parte de la piel por debajo de la rodilla; ramos articulares para la cadera y la rodilla.',
      },
    },
    references: GLUTEAL_NERVES,
  },
  {
    id: 'tibial_nerve',
    nerve: {
      roots: ['L4', 'L5', 'S1', 'S2', 'S3'],
      branchOf: 'sciatic_nerve',
      fibres: 'mixed',
      course: {
        en: 'Continues from the sciatic nerve straight down the middle of the popliteal fossa, then deep to gastrocnemius and soleus to the medial ankle.',
        es: 'Continúa el nervio ciático y desciende por el centro de la fosa poplítea; después discurre profundo al gastrocnemio y al sóleo hasta la cara medial del tobillo.',
      },
      supplies: {
        en: 'Gastrocnemius, soleus and the other posterior leg muscles and the sole; skin of the back of the calf (medial sural cutaneous nerve) and sole; branches to the knee joint.',
        es: 'Gastrocnemio, sóleo y demás músculos posteriores de la pierna y de la planta; piel de la cara posterior de la pantorrilla (nervio cutáneo sural medial) y de la planta; ramos articulares para la rodilla.',
      },
    },
    references: LEG_NERVES,
  },
  {
    id: 'common_fibular_nerve',
    nerve: {
      roots: ['L4', 'L5', 'S1', 'S2'],
      branchOf: 'sciatic_nerve',
      fibres: 'mixed',
      course: {
        en: 'Leaves the sciatic nerve at the top of the popliteal fossa, follows the medial border of biceps femoris and winds around the neck of the fibula, where it lies just under the skin.',
        es: 'Se separa del nervio ciático en la parte superior de la fosa poplítea, sigue el borde medial del bíceps femoral y rodea el cuello del peroné, donde queda inmediatamente bajo la piel.',
      },
      supplies: {
        en: 'Short head of biceps femoris, the front and outer leg muscles (through the deep and superficial fibular nerves); skin of the outer knee and leg (lateral sural cutaneous nerve); branches to the knee joint.',
        es: 'Cabeza corta del bíceps femoral, músculos de los compartimentos anterior y lateral de la pierna (a través de los nervios peroneos profundo y superficial); piel de la cara lateral de la rodilla y de la pierna (nervio cutáneo sural lateral); ramos articulares para la rodilla.',
      },
    },
    references: LEG_NERVES,
  },
  {
    id: 'superior_gluteal_nerve',
    nerve: {
      roots: ['L4', 'L5', 'S1'],
      fibres: 'motor',
      course: {
        en: 'Leaves the pelvis through the greater sciatic foramen above piriformis and runs forward between gluteus medius and gluteus minimus.',
        es: 'Sale de la pelvis por el agujero ciático mayor, por encima del piriforme, y se dirige hacia delante entre el glúteo medio y el glúteo menor.',
      },
      supplies: {
        en: 'Gluteus medius, gluteus minimus and tensor fasciae latae (motor only).',
        es: 'Glúteo medio, glúteo menor y tensor de la fascia lata (solo motor).',
      },
    },
    references: GLUTEAL_NERVES,
  },
  {
    id: 'inferior_gluteal_nerve',
    nerve: {
      roots: ['L5', 'S1', 'S2'],
      fibres: 'motor',
      course: {
        en: 'Leaves the pelvis through the greater sciatic foramen below piriformis and enters the deep surface of gluteus maximus.',
        es: 'Sale de la pelvis por el agujero ciático mayor, por debajo del piriforme, y penetra en la cara profunda del glúteo mayor.',
      },
      supplies: { en: 'Gluteus maximus (motor only).', es: 'Glúteo mayor (solo motor).' },
    },
    references: GLUTEAL_NERVES,
  },
  {
    id: 'saphenous_nerve',
    nerve: {
      roots: ['L3', 'L4'],
      branchOf: 'femoral_nerve',
      fibres: 'sensory',
      course: {
        en: 'The longest branch of the femoral nerve: runs with the femoral vessels through the adductor canal, becomes superficial at the inner knee between sartorius and gracilis, and follows the great saphenous vein down the leg.',
        es: 'La rama más larga del nervio femoral: acompaña a los vasos femorales por el conducto de los aductores, se hace superficial en la cara medial de la rodilla entre el sartorio y el grácil, y desciende por la pierna junto a la vena safena mayor.',
      },
      supplies: {
        en: 'Skin of the inner knee (infrapatellar branch), inner leg and inner foot (sensory only).',
        es: 'Piel de la cara medial de la rodilla (ramo infrarrotuliano), de la pierna y del pie (solo sensitivo).',
      },
    },
    references: THIGH_NERVES,
  },
  {
    id: 'sural_nerve',
    nerve: {
      roots: ['S1', 'S2'],
      branchOf: 'tibial_nerve',
      fibres: 'sensory',
      course: {
        en: 'Formed in the calf by the medial sural cutaneous nerve (from the tibial nerve, between the heads of gastrocnemius) and the sural communicating branch of the common fibular nerve; descends beside the small saphenous vein lateral to the calcaneal tendon, passes behind the lateral malleolus and runs along the lateral border of the foot.',
        es: 'Se forma en la pantorrilla por la unión del nervio cutáneo sural medial (del nervio tibial, entre las cabezas del gastrocnemio) y el ramo comunicante sural del nervio peroneo común; desciende junto a la vena safena menor, lateral al tendón calcáneo, pasa por detrás del maléolo lateral y recorre el borde lateral del pie.',
      },
      supplies: {
        en: 'Skin of the back and outer side of the lower calf, the outer ankle and the lateral border of the foot to the little toe (sensory only).',
        es: 'Piel de las caras posterior y lateral de la parte baja de la pantorrilla, de la cara lateral del tobillo y del borde lateral del pie hasta el quinto dedo (solo sensitivo).',
      },
    },
    references: [...LEG_NERVES, DERMATOMES],
  },
  {
    id: 'superficial_fibular_nerve',
    nerve: {
      roots: ['L4', 'L5', 'S1', 'S2'],
      branchOf: 'common_fibular_nerve',
      fibres: 'mixed',
      course: {
        en: 'Arises from the common fibular nerve at the neck of the fibula and descends in the lateral compartment between fibularis longus and extensor digitorum longus; pierces the deep fascia in the distal third of the leg and divides into the medial and intermediate dorsal cutaneous nerves of the foot.',
        es: 'Nace del nervio peroneo común en el cuello del peroné y desciende por el compartimento lateral entre el peroneo largo y el extensor largo de los dedos; perfora la fascia profunda en el tercio distal de la pierna y se divide en los nervios cutáneos dorsales medial e intermedio del pie.',
      },
      supplies: {
        en: 'Fibularis longus and brevis; skin of the lower front and outer side of the leg and most of the top of the foot.',
        es: 'Peroneos largo y corto; piel de la parte baja de las caras anterior y lateral de la pierna y de la mayor parte del dorso del pie.',
      },
    },
    references: LEG_NERVES,
  },
  {
    id: 'deep_fibular_nerve',
    nerve: {
      roots: ['L4', 'L5', 'S1'],
      branchOf: 'common_fibular_nerve',
      fibres: 'mixed',
      course: {
        en: 'Arises from the common fibular nerve at the neck of the fibula, pierces the anterior intermuscular septum and extensor digitorum longus, and descends with the anterior tibial vessels on the interosseous membrane; passes under the extensor retinacula to the dorsum of the foot and the first web space.',
        es: 'Nace del nervio peroneo común en el cuello del peroné, atraviesa el tabique intermuscular anterior y el extensor largo de los dedos y desciende con los vasos tibiales anteriores sobre la membrana interósea; pasa bajo los retináculos de los extensores hacia el dorso del pie y el primer espacio interdigital.',
      },
      supplies: {
        en: 'Tibialis anterior, extensor digitorum longus, extensor hallucis longus and fibularis tertius (they lift the foot and toes), extensor digitorum brevis; skin of the first web space between the big and second toes; the ankle joint.',
        es: 'Tibial anterior, extensor largo de los dedos, extensor largo del dedo gordo y peroneo tercero (elevan el pie y los dedos), extensor corto de los dedos; piel del primer espacio interdigital, entre el dedo gordo y el segundo dedo; articulación del tobillo.',
      },
    },
    references: LEG_NERVES,
  },
  {
    id: 'posterior_femoral_cutaneous_nerve',
    nerve: {
      roots: ['S1', 'S2', 'S3'],
      fibres: 'sensory',
      course: {
        en: 'From the sacral plexus, leaves the pelvis through the greater sciatic foramen below piriformis, medial to the sciatic nerve; descends under gluteus maximus, then under the deep fascia down the back of the thigh to the popliteal fossa. Its inferior cluneal branches turn up round the lower border of gluteus maximus.',
        es: 'Procede del plexo sacro, sale de la pelvis por el agujero ciático mayor por debajo del piriforme, medial al nervio ciático; desciende bajo el glúteo mayor y después bajo la fascia profunda por la cara posterior del muslo hasta la fosa poplítea. Sus ramos clúneos inferiores rodean hacia arriba el borde inferior del glúteo mayor.',
      },
      supplies: {
        en: 'Skin of the lower buttock (inferior cluneal nerves), the back of the thigh and the popliteal fossa, and the perineum (sensory only).',
        es: 'Piel de la parte baja de la nalga (nervios clúneos inferiores), de la cara posterior del muslo y de la fosa poplítea, y del periné (solo sensitivo).',
      },
    },
    references: GLUTEAL_NERVES,
  },
  {
    id: 'superior_cluneal_nerves',
    nerve: {
      roots: ['L1', 'L2', 'L3'],
      fibres: 'sensory',
      course: {
        en: 'The lateral branches of the posterior (dorsal) rami of L1-L3: they pass back through erector spinae and the thoracolumbar fascia and cross the posterior iliac crest, about 7 cm from the midline, to the skin of the buttock.',
        es: 'Son los ramos laterales de los ramos posteriores (dorsales) de L1-L3: atraviesan hacia atrás el erector de la columna y la fascia toracolumbar y cruzan la cresta ilíaca posterior, a unos 7 cm de la línea media, hacia la piel de la nalga.',
      },
      supplies: {
        en: 'Skin of the upper buttock, down towards the greater trochanter (sensory only).',
        es: 'Piel de la parte alta de la nalga, hasta las proximidades del trocánter mayor (solo sensitivo).',
      },
    },
    references: [
      moore('ch. 2 Back, posterior rami of the spinal nerves'),
      ...GLUTEAL_NERVES,
      gray('back: posterior rami of the lumbar spinal nerves'),
    ],
  },
  {
    id: 'ilioinguinal_nerve',
    nerve: {
      roots: ['L1'],
      branchOf: 'lumbar_plexus',
      fibres: 'mixed',
      course: {
        en: 'Emerges from the lateral border of psoas major, crosses quadratus lumborum and iliacus, pierces transversus abdominis near the iliac crest, runs forward between the abdominal muscles into the inguinal canal and leaves it through the superficial inguinal ring.',
        es: 'Emerge por el borde lateral del psoas mayor, cruza el cuadrado lumbar y el ilíaco, perfora el transverso del abdomen cerca de la cresta ilíaca, avanza entre los músculos abdominales hasta el conducto inguinal y sale por el anillo inguinal superficial.',
      },
      supplies: {
        en: 'The lowest fibres of internal oblique and transversus abdominis; skin of the groin, the upper medial thigh and the front of the external genitalia.',
        es: 'Fibras inferiores del oblicuo interno y del transverso del abdomen; piel de la ingle, de la parte superior de la cara medial del muslo y de la parte anterior de los genitales externos.',
      },
    },
    references: [...LUMBAR_PLEXUS, DERMATOMES],
  },
  {
    id: 'genitofemoral_nerve',
    nerve: {
      roots: ['L1', 'L2'],
      branchOf: 'lumbar_plexus',
      fibres: 'mixed',
      course: {
        en: 'Pierces psoas major and descends on its anterior surface; above the inguinal ligament it divides into a genital branch, which runs through the inguinal canal, and a femoral branch, which passes under the inguinal ligament beside the femoral artery.',
        es: 'Atraviesa el psoas mayor y desciende por su cara anterior; por encima del ligamento inguinal se divide en un ramo genital, que recorre el conducto inguinal, y un ramo femoral, que pasa bajo el ligamento inguinal junto a la arteria femoral.',
      },
      supplies: {
        en: 'Cremaster (genital branch); skin of the upper femoral triangle just below the groin crease (femoral branch) and of the front of the external genitalia.',
        es: 'Músculo cremáster (ramo genital); piel de la parte alta del triángulo femoral, justo por debajo del pliegue inguinal (ramo femoral), y de la parte anterior de los genitales externos.',
      },
    },
    references: [...LUMBAR_PLEXUS, DERMATOMES],
  },
];
