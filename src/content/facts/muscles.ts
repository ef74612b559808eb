/**
 * Student facts of the muscles: origin, insertion, action and innervation (with spinal segments) follow the
 * table of Moore, Clinically Oriented Anatomy, 8th ed., named in each muscle's references (chapter and table
 * title), checked against Gray's Anatomy, 42nd ed.; where the two differ on segments the wider Gray's range
 * is given and noted.
 */
import { gray, moore } from '../references';
import type { FactsEntry } from '../schema';

export const MUSCLE_FACTS: readonly FactsEntry[] = [
  {
    id: 'psoas_major',
    references: [
      moore('ch. 5 Abdomen, table "Principal muscles of posterior abdominal wall"'),
      gray('posterior abdominal wall: psoas major, iliacus, quadratus lumborum'),
    ],
    muscle: {
      origin: {
        en: 'Sides of the bodies of T12-L5 vertebrae and the discs between them; transverse processes of all lumbar vertebrae',
        es: 'Caras laterales de los cuerpos vertebrales de T12-L5 y de los discos intervertebrales correspondientes; apófisis transversas de todas las vértebras lumbares',
      },
      insertion: {
        en: 'Lesser trochanter of the femur (by the iliopsoas tendon, shared with iliacus)',
        es: 'Trocánter menor del fémur (mediante el tendón del iliopsoas, común con el ilíaco)',
      },
      action: {
        en: 'With iliacus, flexes the thigh at the hip; acting from below, flexes the trunk and helps bend it to the side',
        es: 'Junto con el ilíaco, flexiona el muslo sobre la pelvis (flexión de cadera); con punto fijo distal, flexiona el tronco y contribuye a su inclinación lateral',
      },
      innervation: {
        nerves: ['lumbar_plexus'],
        branch: {
          en: 'direct branches of the anterior rami',
          es: 'ramos directos procedentes de los ramos anteriores',
        },
        segments: ['L1', 'L2', 'L3'],
      },
    },
  },
  {
    id: 'iliacus',
    references: [
      moore('ch. 5 Abdomen, table "Principal muscles of posterior abdominal wall"'),
      gray('posterior abdominal wall: psoas major, iliacus, quadratus lumborum'),
    ],
    muscle: {
      origin: {
        en: 'Iliac crest, iliac fossa, ala of the sacrum and anterior sacroiliac ligaments',
        es: 'Cresta ilíaca, fosa ilíaca, ala del sacro y ligamentos sacroilíacos anteriores',
      },
      insertion: {
        en: 'Lesser trochanter of the femur and the shaft just below it, with the psoas major tendon',
        es: 'Trocánter menor del fémur y diáfisis inmediatamente inferior, junto con el tendón del psoas mayor',
      },
      action: {
        en: 'With psoas major, flexes the thigh at the hip and stabilises the hip joint',
        es: 'Junto con el psoas mayor, flexiona el muslo (flexión de cadera) y estabiliza la articulación coxofemoral',
      },
      innervation: { nerves: ['femoral_nerve'], segments: ['L2', 'L3'] },
    },
  },
  {
    id: 'quadratus_lumborum',
    references: [
      moore('ch. 5 Abdomen, table "Principal muscles of posterior abdominal wall"'),
      gray('posterior abdominal wall: psoas major, iliacus, quadratus lumborum'),
    ],
    muscle: {
      origin: {
        en: 'Iliolumbar ligament and internal lip of the iliac crest',
        es: 'Ligamento iliolumbar y labio interno de la cresta ilíaca',
      },
      insertion: {
        en: 'Medial half of the inferior border of the 12th rib and tips of the lumbar transverse processes',
        es: 'Mitad medial del borde inferior de la 12.ª costilla y vértices de las apófisis transversas lumbares',
      },
      action: {
        en: 'Extends and laterally flexes the lumbar spine; fixes the 12th rib during inspiration',
        es: 'Extiende e inclina lateralmente la columna lumbar; fija la 12.ª costilla durante la inspiración',
      },
      innervation: {
        nerves: ['lumbar_plexus'],
        branch: { en: 'anterior rami of T12 and L1-L4', es: 'ramos anteriores de T12 y L1-L4' },
        segments: ['T12', 'L1', 'L2', 'L3', 'L4'],
      },
    },
  },
  {
    id: 'erector_spinae',
    references: [
      moore('ch. 2 Back, table "Superficial and intermediate layers of intrinsic back muscles"'),
      gray('back: erector spinae and its innervation by posterior rami'),
    ],
    muscle: {
      origin: {
        en: 'Broad tendon from the posterior iliac crest, posterior surface of the sacrum, sacroiliac ligaments, and sacral and lower lumbar spinous processes',
        es: 'Tendón ancho desde la parte posterior de la cresta ilíaca, la cara posterior del sacro, los ligamentos sacroilíacos y las apófisis espinosas sacras y lumbares inferiores',
      },
      insertion: {
        en: 'Ribs, transverse and spinous processes of the vertebrae above, and the mastoid process (iliocostalis, longissimus, spinalis columns)',
        es: 'Costillas, apófisis transversas y espinosas de las vértebras superiores y apófisis mastoides (columnas iliocostal, longísimo y espinoso)',
      },
      action: {
        en: 'Acting on both sides, extends the vertebral column and head; acting on one side, bends the column to that side',
        es: 'En contracción bilateral, extiende la columna vertebral y la cabeza; en contracción unilateral, inclina la columna hacia el mismo lado',
      },
      // Supplied segment by segment by the posterior rami of the spinal nerves: in the lumbar region, of every
      // lumbar nerve (Moore, back muscles table), so no single root is "the" nerve.
      innervation: {
        nerves: ['l1_nerve_root', 'l2_nerve_root', 'l3_nerve_root', 'l4_nerve_root', 'l5_nerve_root'],
        branch: {
          en: 'posterior (dorsal) rami of the spinal nerves, segment by segment; the lumbar part from all lumbar nerves, L1-L5',
          es: 'ramos posteriores (dorsales) de los nervios espinales, segmento a segmento; la porción lumbar, de todos los nervios lumbares, L1-L5',
        },
        segments: ['L1', 'L2', 'L3', 'L4', 'L5'],
      },
    },
  },
  {
    id: 'multifidus',
    references: [
      moore('ch. 2 Back, table "Deep layers of intrinsic back muscles"'),
      gray('back: transversospinalis group, multifidus'),
    ],
    muscle: {
      origin: {
        en: 'Posterior surface of the sacrum, the posterior superior iliac spine, the aponeurosis of erector spinae and the mammillary processes of the lumbar vertebrae',
        es: 'Cara posterior del sacro, espina ilíaca posterior superior, aponeurosis del erector de la columna y apófisis mamilares de las vértebras lumbares',
      },
      insertion: {
        en: 'Spinous processes of the vertebrae two to four levels above',
        es: 'Apófisis espinosas de las vértebras situadas de dos a cuatro niveles por encima',
      },
      action: {
        en: 'Steadies each lumbar segment as the spine moves; acting on both sides extends the spine, on one side rotates it to the opposite side',
        es: 'Estabiliza cada segmento lumbar durante el movimiento de la columna; en contracción bilateral extiende la columna y en contracción unilateral la rota hacia el lado opuesto',
      },
      // Segment by segment, by the medial branches of the posterior rami (Moore, deep back muscles table):
      // no single root is "the" nerve.
      innervation: {
        nerves: [
          'l1_nerve_root',
          'l2_nerve_root',
          'l3_nerve_root',
          'l4_nerve_root',
          'l5_nerve_root',
          's1_nerve_root',
          's2_nerve_root',
          's3_nerve_root',
        ],
        branch: {
          en: 'medial branches of the posterior (dorsal) rami of the spinal nerves, segment by segment, L1-S3',
          es: 'ramos mediales de los ramos posteriores (dorsales) de los nervios espinales, segmento a segmento, L1-S3',
        },
        segments: ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'],
      },
    },
  },
  {
    id: 'gluteus_maximus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Ilium posterior to the posterior gluteal line, dorsal surface of the sacrum and coccyx, and the sacrotuberous ligament',
        es: 'Ilion por detrás de la línea glútea posterior, cara dorsal del sacro y del cóccix, y ligamento sacrotuberoso',
      },
      insertion: {
        en: 'Most fibres into the iliotibial tract (which attaches to the lateral condyle of the tibia); deep fibres to the gluteal tuberosity of the femur',
        es: 'La mayoría de sus fibras, en el tracto iliotibial (que se inserta en el cóndilo lateral de la tibia); las fibras profundas, en la tuberosidad glútea del fémur',
      },
      action: {
        en: 'Extends the thigh (especially from flexion) and helps rotate it laterally; steadies the thigh and helps rising from sitting',
        es: 'Extiende el muslo (sobre todo desde la flexión) y contribuye a su rotación lateral; estabiliza el muslo y ayuda a incorporarse desde la sedestación',
      },
      innervation: { nerves: ['inferior_gluteal_nerve'], segments: ['L5', 'S1', 'S2'] },
    },
  },
  {
    id: 'gluteus_medius',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'External surface of the ilium between the anterior and posterior gluteal lines',
        es: 'Cara externa del ilion, entre las líneas glúteas anterior y posterior',
      },
      insertion: {
        en: 'Lateral surface of the greater trochanter of the femur',
        es: 'Cara lateral del trocánter mayor del fémur',
      },
      action: {
        en: 'Abducts and medially rotates the thigh; keeps the pelvis level when the opposite foot is off the ground',
        es: 'Abduce y rota medialmente el muslo; mantiene la pelvis nivelada cuando el pie contralateral no está apoyado',
      },
      // Moore gives L5, S1; Gray's gives L4, L5, S1.
      innervation: { nerves: ['superior_gluteal_nerve'], segments: ['L4', 'L5', 'S1'] },
    },
  },
  {
    id: 'gluteus_minimus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'External surface of the ilium between the anterior and inferior gluteal lines',
        es: 'Cara externa del ilion, entre las líneas glúteas anterior e inferior',
      },
      insertion: {
        en: 'Anterior surface of the greater trochanter of the femur',
        es: 'Cara anterior del trocánter mayor del fémur',
      },
      action: {
        en: 'Abducts and medially rotates the thigh; keeps the pelvis level when the opposite foot is off the ground',
        es: 'Abduce y rota medialmente el muslo; mantiene la pelvis nivelada cuando el pie contralateral no está apoyado',
      },
      // Moore gives L5, S1; Gray's gives L4, L5, S1.
      innervation: { nerves: ['superior_gluteal_nerve'], segments: ['L4', 'L5', 'S1'] },
    },
  },
  {
    id: 'piriformis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Anterior surface of the sacrum (S2-S4), superior margin of the greater sciatic notch and the sacrotuberous ligament',
        es: 'Cara anterior del sacro (S2-S4), borde superior de la escotadura ciática mayor y ligamento sacrotuberoso',
      },
      insertion: {
        en: 'Superior border of the greater trochanter of the femur',
        es: 'Borde superior del trocánter mayor del fémur',
      },
      action: {
        en: 'Laterally rotates the extended thigh and abducts the flexed thigh; steadies the femoral head in the acetabulum',
        es: 'Rota lateralmente el muslo en extensión y abduce el muslo en flexión; estabiliza la cabeza femoral en el acetábulo',
      },
      // Gray's adds that L5 sometimes contributes.
      innervation: {
        nerves: ['s1_nerve_root', 's2_nerve_root'],
        branch: {
          en: 'nerve to piriformis, from the anterior rami of S1 and S2',
          es: 'nervio del piriforme, procedente de los ramos anteriores de S1 y S2',
        },
        segments: ['S1', 'S2'],
      },
    },
  },
  {
    id: 'gemellus_superior',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Outer surface of the ischial spine',
        es: 'Cara externa de la espina ciática',
      },
      insertion: {
        en: 'Medial surface of the greater trochanter, with the obturator internus tendon',
        es: 'Cara medial del trocánter mayor, con el tendón del obturador interno',
      },
      action: {
        en: 'Laterally rotates the extended thigh and abducts the flexed thigh; steadies the femoral head in the acetabulum',
        es: 'Rota lateralmente el muslo en extensión y abduce el muslo en flexión; estabiliza la cabeza femoral en el acetábulo',
      },
      innervation: {
        nerves: ['l5_nerve_root', 's1_nerve_root', 's2_nerve_root'],
        branch: {
          en: 'nerve to obturator internus, from the sacral plexus (L5, S1, S2)',
          es: 'nervio del obturador interno, del plexo sacro (L5, S1, S2)',
        },
        segments: ['L5', 'S1', 'S2'],
      },
    },
  },
  {
    id: 'obturator_internus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Pelvic surface of the obturator membrane and the surrounding bones',
        es: 'Cara pélvica de la membrana obturatriz y de los huesos que la rodean',
      },
      insertion: {
        en: 'Medial surface of the greater trochanter (trochanteric fossa), after turning round the lesser sciatic notch',
        es: 'Cara medial del trocánter mayor (fosa trocantérea), tras rodear la escotadura ciática menor',
      },
      action: {
        en: 'Laterally rotates the extended thigh and abducts the flexed thigh; steadies the femoral head in the acetabulum',
        es: 'Rota lateralmente el muslo en extensión y abduce el muslo en flexión; estabiliza la cabeza femoral en el acetábulo',
      },
      innervation: {
        nerves: ['l5_nerve_root', 's1_nerve_root', 's2_nerve_root'],
        branch: {
          en: 'nerve to obturator internus, from the sacral plexus (L5, S1, S2)',
          es: 'nervio del obturador interno, del plexo sacro (L5, S1, S2)',
        },
        segments: ['L5', 'S1', 'S2'],
      },
    },
  },
  {
    id: 'gemellus_inferior',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Upper part of the ischial tuberosity',
        es: 'Parte superior de la tuberosidad isquiática',
      },
      insertion: {
        en: 'Medial surface of the greater trochanter, with the obturator internus tendon',
        es: 'Cara medial del trocánter mayor, con el tendón del obturador interno',
      },
      action: {
        en: 'Laterally rotates the extended thigh and abducts the flexed thigh; steadies the femoral head in the acetabulum',
        es: 'Rota lateralmente el muslo en extensión y abduce el muslo en flexión; estabiliza la cabeza femoral en el acetábulo',
      },
      innervation: {
        nerves: ['l4_nerve_root', 'l5_nerve_root', 's1_nerve_root'],
        branch: {
          en: 'nerve to quadratus femoris, from the sacral plexus (L4, L5, S1)',
          es: 'nervio del cuadrado femoral, del plexo sacro (L4, L5, S1)',
        },
        segments: ['L4', 'L5', 'S1'],
      },
    },
  },
  {
    id: 'quadratus_femoris',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Lateral border of the ischial tuberosity',
        es: 'Borde lateral de la tuberosidad isquiática',
      },
      insertion: {
        en: 'Quadrate tubercle on the intertrochanteric crest of the femur and the area below it',
        es: 'Tubérculo cuadrado de la cresta intertrocantérea del fémur y la zona inferior a él',
      },
      action: {
        en: 'Laterally rotates the thigh; steadies the femoral head in the acetabulum',
        es: 'Rota lateralmente el muslo; estabiliza la cabeza femoral en el acetábulo',
      },
      innervation: {
        nerves: ['l4_nerve_root', 'l5_nerve_root', 's1_nerve_root'],
        branch: {
          en: 'nerve to quadratus femoris, from the sacral plexus (L4, L5, S1)',
          es: 'nervio del cuadrado femoral, del plexo sacro (L4, L5, S1)',
        },
        segments: ['L4', 'L5', 'S1'],
      },
    },
  },
  {
    id: 'obturator_externus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Margins of the obturator foramen and the outer surface of the obturator membrane',
        es: 'Bordes del agujero obturado y cara externa de la membrana obturatriz',
      },
      insertion: {
        en: 'Trochanteric fossa of the femur',
        es: 'Fosa trocantérea del fémur',
      },
      action: {
        en: 'Laterally rotates the thigh; steadies the femoral head in the acetabulum',
        es: 'Rota lateralmente el muslo; estabiliza la cabeza femoral en el acetábulo',
      },
      innervation: {
        nerves: ['obturator_nerve'],
        segments: ['L3', 'L4'],
      },
    },
  },
  {
    id: 'tensor_fasciae_latae',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"'),
      gray('gluteal region: muscles and their nerves'),
    ],
    muscle: {
      origin: {
        en: 'Anterior superior iliac spine and the anterior part of the iliac crest',
        es: 'Espina ilíaca anterior superior y parte anterior de la cresta ilíaca',
      },
      insertion: {
        en: 'Iliotibial tract, which attaches to the lateral condyle of the tibia',
        es: 'Tracto iliotibial, que se inserta en el cóndilo lateral de la tibia',
      },
      action: {
        en: 'Abducts, medially rotates and flexes the thigh; helps keep the knee extended; steadies the trunk on the thigh',
        es: 'Abduce, rota medialmente y flexiona el muslo; ayuda a mantener la rodilla en extensión; estabiliza el tronco sobre el muslo',
      },
      // Moore gives L5, S1; Gray's gives L4, L5, S1.
      innervation: { nerves: ['superior_gluteal_nerve'], segments: ['L4', 'L5', 'S1'] },
    },
  },
  {
    id: 'sartorius',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh"'),
      gray('thigh: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Anterior superior iliac spine and the upper part of the notch below it',
        es: 'Espina ilíaca anterior superior y parte superior de la escotadura situada por debajo de ella',
      },
      insertion: {
        en: 'Upper part of the medial surface of the tibia (pes anserinus)',
        es: 'Parte superior de la cara medial de la tibia (pata de ganso)',
      },
      action: {
        en: 'Flexes, abducts and laterally rotates the thigh at the hip; flexes the knee',
        es: 'Flexiona, abduce y rota lateralmente el muslo en la cadera; flexiona la rodilla',
      },
      innervation: { nerves: ['femoral_nerve'], segments: ['L2', 'L3'] },
    },
  },
  {
    id: 'rectus_femoris',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh"'),
      gray('thigh: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Anterior inferior iliac spine (straight head) and the ilium just above the acetabulum (reflected head)',
        es: 'Espina ilíaca anterior inferior (tendón directo) e ilion inmediatamente por encima del acetábulo (tendón reflejo)',
      },
      insertion: {
        en: 'Base of the patella through the quadriceps tendon, and on to the tibial tuberosity through the patellar ligament',
        es: 'Base de la rótula mediante el tendón del cuádriceps y, a través del ligamento rotuliano, tuberosidad tibial',
      },
      action: {
        en: 'Extends the leg at the knee; also helps iliopsoas flex the thigh at the hip and steadies the hip',
        es: 'Extiende la pierna sobre el muslo (extensión de rodilla); además colabora con el iliopsoas en la flexión de cadera y estabiliza la cadera',
      },
      innervation: { nerves: ['femoral_nerve'], segments: ['L2', 'L3', 'L4'] },
    },
  },
  {
    id: 'vastus_lateralis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh"'),
      gray('thigh: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Greater trochanter and lateral lip of the linea aspera of the femur',
        es: 'Trocánter mayor y labio lateral de la línea áspera del fémur',
      },
      insertion: {
        en: 'Base of the patella through the quadriceps tendon; tibial tuberosity through the patellar ligament',
        es: 'Base de la rótula mediante el tendón del cuádriceps; tuberosidad tibial mediante el ligamento rotuliano',
      },
      action: {
        en: 'Extends the leg at the knee',
        es: 'Extiende la pierna sobre el muslo (extensión de rodilla)',
      },
      innervation: { nerves: ['femoral_nerve'], segments: ['L2', 'L3', 'L4'] },
    },
  },
  {
    id: 'vastus_medialis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh"'),
      gray('thigh: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Intertrochanteric line and medial lip of the linea aspera of the femur',
        es: 'Línea intertrocantérea y labio medial de la línea áspera del fémur',
      },
      insertion: {
        en: 'Base of the patella through the quadriceps tendon; tibial tuberosity through the patellar ligament',
        es: 'Base de la rótula mediante el tendón del cuádriceps; tuberosidad tibial mediante el ligamento rotuliano',
      },
      action: {
        en: 'Extends the leg at the knee; its lowest fibres help keep the patella on track',
        es: 'Extiende la pierna sobre el muslo (extensión de rodilla); sus fibras más distales ayudan a mantener el correcto deslizamiento de la rótula',
      },
      innervation: { nerves: ['femoral_nerve'], segments: ['L2', 'L3', 'L4'] },
    },
  },
  {
    id: 'vastus_intermedius',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh"'),
      gray('thigh: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Anterior and lateral surfaces of the shaft of the femur',
        es: 'Caras anterior y lateral de la diáfisis del fémur',
      },
      insertion: {
        en: 'Base of the patella through the quadriceps tendon; tibial tuberosity through the patellar ligament',
        es: 'Base de la rótula mediante el tendón del cuádriceps; tuberosidad tibial mediante el ligamento rotuliano',
      },
      action: {
        en: 'Extends the leg at the knee',
        es: 'Extiende la pierna sobre el muslo (extensión de rodilla)',
      },
      innervation: { nerves: ['femoral_nerve'], segments: ['L2', 'L3', 'L4'] },
    },
  },
  {
    id: 'pectineus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of medial thigh"'),
      gray('thigh: medial compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Superior ramus of the pubis (pecten pubis)',
        es: 'Rama superior del pubis (pecten del pubis)',
      },
      insertion: {
        en: 'Pectineal line of the femur, just below the lesser trochanter',
        es: 'Línea pectínea del fémur, justo por debajo del trocánter menor',
      },
      action: {
        en: 'Adducts and flexes the thigh; assists with medial rotation of the thigh',
        es: 'Aduce y flexiona el muslo; ayuda a la rotación medial del muslo',
      },
      innervation: {
        nerves: ['femoral_nerve', 'obturator_nerve'],
        branch: {
          en: 'the femoral nerve; it may also receive a branch of the obturator nerve',
          es: 'el nervio femoral; puede recibir también un ramo del nervio obturador',
        },
        segments: ['L2', 'L3'],
      },
    },
  },
  {
    id: 'adductor_brevis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of medial thigh"'),
      gray('thigh: medial compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Body and inferior ramus of the pubis',
        es: 'Cuerpo y rama inferior del pubis',
      },
      insertion: {
        en: 'Pectineal line and proximal part of the linea aspera of the femur',
        es: 'Línea pectínea y parte proximal de la línea áspera del fémur',
      },
      action: {
        en: 'Adducts the thigh and to some extent flexes it',
        es: 'Aduce el muslo y, en cierta medida, lo flexiona',
      },
      innervation: {
        nerves: ['obturator_nerve'],
        branch: { en: 'anterior division', es: 'división anterior' },
        segments: ['L2', 'L3', 'L4'],
      },
    },
  },
  {
    id: 'adductor_longus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of medial thigh"'),
      gray('thigh: medial compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Body of the pubis below the pubic crest',
        es: 'Cuerpo del pubis, por debajo de la cresta púbica',
      },
      insertion: {
        en: 'Middle third of the linea aspera of the femur',
        es: 'Tercio medio de la línea áspera del fémur',
      },
      action: { en: 'Adducts the thigh', es: 'Aduce el muslo' },
      innervation: {
        nerves: ['obturator_nerve'],
        branch: { en: 'anterior division', es: 'división anterior' },
        segments: ['L2', 'L3', 'L4'],
      },
    },
  },
  {
    id: 'adductor_magnus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of medial thigh"'),
      gray('thigh: medial compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Adductor part: inferior pubic ramus and ischial ramus; hamstring part: ischial tuberosity',
        es: 'Porción aductora: rama inferior del pubis y rama del isquion; porción isquiotibial: tuberosidad isquiática',
      },
      insertion: {
        en: 'Adductor part: gluteal tuberosity, linea aspera and medial supracondylar line; hamstring part: adductor tubercle of the femur',
        es: 'Porción aductora: tuberosidad glútea, línea áspera y línea supracondílea medial; porción isquiotibial: tubérculo del aductor del fémur',
      },
      action: {
        en: 'Adducts the thigh; the adductor part flexes and the hamstring part extends the thigh',
        es: 'Aduce el muslo; la porción aductora lo flexiona y la porción isquiotibial lo extiende',
      },
      innervation: {
        nerves: ['obturator_nerve', 'sciatic_nerve'],
        branch: {
          en: 'adductor part by the posterior division of the obturator nerve (L2-L4); hamstring part by the tibial part of the sciatic nerve (L4)',
          es: 'porción aductora por la división posterior del nervio obturador (L2-L4); porción isquiotibial por la porción tibial del nervio ciático (L4)',
        },
        segments: ['L2', 'L3', 'L4'],
      },
    },
  },
  {
    id: 'gracilis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of medial thigh"'),
      gray('thigh: medial compartment muscles'),
    ],
    muscle: {
      origin: { en: 'Body and inferior ramus of the pubis', es: 'Cuerpo y rama inferior del pubis' },
      insertion: {
        en: 'Upper part of the medial surface of the tibia (pes anserinus)',
        es: 'Parte superior de la cara medial de la tibia (pata de ganso)',
      },
      action: {
        en: 'Adducts the thigh, flexes the knee and helps rotate the leg medially',
        es: 'Aduce el muslo, flexiona la rodilla y contribuye a la rotación medial de la pierna',
      },
      innervation: {
        nerves: ['obturator_nerve'],
        branch: { en: 'anterior division', es: 'división anterior' },
        segments: ['L2', 'L3'],
      },
    },
  },
  {
    id: 'biceps_femoris',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior thigh"'),
      gray('thigh: posterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Long head: ischial tuberosity; short head: lateral lip of the linea aspera and lateral supracondylar line of the femur',
        es: 'Cabeza larga: tuberosidad isquiática; cabeza corta: labio lateral de la línea áspera y línea supracondílea lateral del fémur',
      },
      insertion: { en: 'Lateral side of the head of the fibula', es: 'Cara lateral de la cabeza del peroné' },
      action: {
        en: 'Flexes the knee and rotates the flexed leg laterally; the long head extends the thigh',
        es: 'Flexiona la rodilla y rota lateralmente la pierna flexionada; la cabeza larga extiende el muslo (extensión de cadera)',
      },
      innervation: {
        nerves: ['sciatic_nerve'],
        branch: {
          en: 'long head by the tibial division, short head by the common fibular division',
          es: 'cabeza larga por la división tibial, cabeza corta por la división peronea común',
        },
        segments: ['L5', 'S1', 'S2'],
      },
    },
  },
  {
    id: 'semitendinosus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior thigh"'),
      gray('thigh: posterior compartment muscles'),
    ],
    muscle: {
      origin: { en: 'Ischial tuberosity', es: 'Tuberosidad isquiática' },
      insertion: {
        en: 'Upper part of the medial surface of the tibia (pes anserinus)',
        es: 'Parte superior de la cara medial de la tibia (pata de ganso)',
      },
      action: {
        en: 'Extends the thigh, flexes the knee and rotates the flexed leg medially',
        es: 'Extiende el muslo, flexiona la rodilla y rota medialmente la pierna flexionada',
      },
      innervation: {
        nerves: ['sciatic_nerve'],
        branch: { en: 'tibial division', es: 'división tibial' },
        segments: ['L5', 'S1', 'S2'],
      },
    },
  },
  {
    id: 'semimembranosus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior thigh"'),
      gray('thigh: posterior compartment muscles'),
    ],
    muscle: {
      origin: { en: 'Ischial tuberosity', es: 'Tuberosidad isquiática' },
      insertion: {
        en: 'Posterior part of the medial condyle of the tibia',
        es: 'Parte posterior del cóndilo medial de la tibia',
      },
      action: {
        en: 'Extends the thigh, flexes the knee and rotates the flexed leg medially',
        es: 'Extiende el muslo, flexiona la rodilla y rota medialmente la pierna flexionada',
      },
      innervation: {
        nerves: ['sciatic_nerve'],
        branch: { en: 'tibial division', es: 'división tibial' },
        segments: ['L5', 'S1', 'S2'],
      },
    },
  },
  {
    id: 'gastrocnemius',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior compartment of leg"'),
      gray('leg: posterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Lateral head: lateral aspect of the lateral femoral condyle; medial head: popliteal surface of the femur above the medial condyle',
        es: 'Cabeza lateral: cara lateral del cóndilo femoral lateral; cabeza medial: cara poplítea del fémur, por encima del cóndilo medial',
      },
      insertion: {
        en: 'Posterior surface of the calcaneus through the calcaneal (Achilles) tendon',
        es: 'Cara posterior del calcáneo mediante el tendón calcáneo (de Aquiles)',
      },
      action: {
        en: 'Plantarflexes the ankle when the knee is straight, raises the heel in walking, and helps flex the knee',
        es: 'Realiza la flexión plantar del tobillo con la rodilla extendida, eleva el talón durante la marcha y ayuda a flexionar la rodilla',
      },
      innervation: { nerves: ['tibial_nerve'], segments: ['S1', 'S2'] },
    },
  },
  {
    id: 'soleus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior compartment of leg"'),
      gray('leg: posterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Back of the head and upper quarter of the posterior surface of the fibula, soleal line and medial border of the tibia, and a tendinous arch between them',
        es: 'Cara posterior de la cabeza y cuarto superior de la cara posterior del peroné, línea del sóleo y borde medial de la tibia, y un arco tendinoso entre ambos',
      },
      insertion: {
        en: 'Posterior surface of the calcaneus through the calcaneal (Achilles) tendon, with gastrocnemius',
        es: 'Cara posterior del calcáneo mediante el tendón calcáneo (de Aquiles), junto con el gastrocnemio',
      },
      action: {
        en: 'Plantarflexes the ankle whatever the position of the knee; steadies the leg on the foot in standing',
        es: 'Realiza la flexión plantar del tobillo sea cual sea la posición de la rodilla; estabiliza la pierna sobre el pie en bipedestación',
      },
      innervation: { nerves: ['tibial_nerve'], segments: ['S1', 'S2'] },
    },
  },
  {
    id: 'tibialis_anterior',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior compartment of leg"'),
      gray('leg: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Lateral condyle and upper half of the lateral surface of the tibia, and the interosseous membrane',
        es: 'Cóndilo lateral y mitad superior de la cara lateral de la tibia, y membrana interósea',
      },
      insertion: {
        en: 'Medial and inferior surfaces of the medial cuneiform and the base of the first metatarsal',
        es: 'Caras medial e inferior del cuneiforme medial y base del primer metatarsiano',
      },
      action: {
        en: 'Dorsiflexes the ankle and inverts the foot; lifts the forefoot clear of the ground in the swing of gait',
        es: 'Realiza la flexión dorsal del tobillo e invierte el pie; eleva el antepié para que no roce el suelo en la fase de oscilación de la marcha',
      },
      innervation: {
        nerves: ['deep_fibular_nerve'],
        segments: ['L4', 'L5'],
      },
    },
  },
  {
    id: 'extensor_digitorum_longus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior compartment of leg"'),
      gray('leg: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Lateral condyle of the tibia, upper three quarters of the medial (anterior) surface of the fibula, and the interosseous membrane',
        es: 'Cóndilo lateral de la tibia, tres cuartos superiores de la cara medial (anterior) del peroné y membrana interósea',
      },
      insertion: {
        en: 'Middle and distal phalanges of the lateral four toes, through their dorsal expansions',
        es: 'Falanges media y distal de los cuatro dedos laterales, a través de sus expansiones dorsales',
      },
      action: {
        en: 'Extends the lateral four toes and dorsiflexes the ankle',
        es: 'Extiende los cuatro dedos laterales y realiza la flexión dorsal del tobillo',
      },
      innervation: {
        nerves: ['deep_fibular_nerve'],
        segments: ['L5', 'S1'],
      },
    },
  },
  {
    id: 'extensor_hallucis_longus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior compartment of leg"'),
      gray('leg: anterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Middle part of the anterior surface of the fibula and the interosseous membrane',
        es: 'Parte media de la cara anterior del peroné y membrana interósea',
      },
      insertion: {
        en: 'Dorsal aspect of the base of the distal phalanx of the great toe',
        es: 'Cara dorsal de la base de la falange distal del dedo gordo',
      },
      action: {
        en: 'Extends the great toe and dorsiflexes the ankle',
        es: 'Extiende el dedo gordo y realiza la flexión dorsal del tobillo',
      },
      innervation: {
        nerves: ['deep_fibular_nerve'],
        segments: ['L5', 'S1'],
      },
    },
  },
  {
    id: 'fibularis_longus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of lateral compartment of leg"'),
      gray('leg: lateral compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Head and upper two thirds of the lateral surface of the fibula',
        es: 'Cabeza y dos tercios superiores de la cara lateral del peroné',
      },
      insertion: {
        en: 'Base of the first metatarsal and the medial cuneiform, after crossing the sole in the groove of the cuboid',
        es: 'Base del primer metatarsiano y cuneiforme medial, tras cruzar la planta por el surco del cuboides',
      },
      action: {
        en: 'Everts the foot and weakly plantarflexes the ankle; supports the transverse arch of the foot',
        es: 'Evierte el pie y realiza una flexión plantar débil del tobillo; sostiene el arco transverso del pie',
      },
      innervation: {
        nerves: ['superficial_fibular_nerve'],
        segments: ['L5', 'S1', 'S2'],
      },
    },
  },
  {
    id: 'fibularis_brevis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of lateral compartment of leg"'),
      gray('leg: lateral compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Lower two thirds of the lateral surface of the fibula',
        es: 'Dos tercios inferiores de la cara lateral del peroné',
      },
      insertion: {
        en: 'Dorsal surface of the tuberosity on the lateral side of the base of the fifth metatarsal',
        es: 'Cara dorsal de la tuberosidad del lado lateral de la base del quinto metatarsiano',
      },
      action: {
        en: 'Everts the foot and weakly plantarflexes the ankle',
        es: 'Evierte el pie y realiza una flexión plantar débil del tobillo',
      },
      innervation: {
        nerves: ['superficial_fibular_nerve'],
        segments: ['L5', 'S1', 'S2'],
      },
    },
  },
  {
    id: 'tibialis_posterior',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior compartment of leg"'),
      gray('leg: posterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Interosseous membrane, posterior surface of the tibia below the soleal line and posterior surface of the fibula',
        es: 'Membrana interósea, cara posterior de la tibia por debajo de la línea del sóleo y cara posterior del peroné',
      },
      insertion: {
        en: 'Mainly the tuberosity of the navicular; also the cuneiforms, the cuboid and the bases of the second to fourth metatarsals',
        es: 'Principalmente la tuberosidad del navicular; también los cuneiformes, el cuboides y las bases del segundo al cuarto metatarsianos',
      },
      action: {
        en: 'Plantarflexes the ankle and inverts the foot; supports the medial longitudinal arch',
        es: 'Realiza la flexión plantar del tobillo e invierte el pie; sostiene el arco longitudinal medial',
      },
      innervation: { nerves: ['tibial_nerve'], segments: ['L4', 'L5'] },
    },
  },
  {
    id: 'flexor_digitorum_longus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior compartment of leg"'),
      gray('leg: posterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Medial part of the posterior surface of the tibia below the soleal line, and by a broad tendon from the fibula',
        es: 'Parte medial de la cara posterior de la tibia por debajo de la línea del sóleo, y mediante un tendón ancho desde el peroné',
      },
      insertion: {
        en: 'Bases of the distal phalanges of the lateral four toes',
        es: 'Bases de las falanges distales de los cuatro dedos laterales',
      },
      action: {
        en: 'Flexes the lateral four toes and plantarflexes the ankle; supports the longitudinal arches of the foot',
        es: 'Flexiona los cuatro dedos laterales y realiza la flexión plantar del tobillo; sostiene los arcos longitudinales del pie',
      },
      innervation: { nerves: ['tibial_nerve'], segments: ['S2', 'S3'] },
    },
  },
  {
    id: 'flexor_hallucis_longus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior compartment of leg"'),
      gray('leg: posterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Lower two thirds of the posterior surface of the fibula and the lower part of the interosseous membrane',
        es: 'Dos tercios inferiores de la cara posterior del peroné y parte inferior de la membrana interósea',
      },
      insertion: {
        en: 'Base of the distal phalanx of the great toe',
        es: 'Base de la falange distal del dedo gordo',
      },
      action: {
        en: 'Flexes the great toe at all its joints and weakly plantarflexes the ankle; the push-off of gait; supports the medial longitudinal arch',
        es: 'Flexiona el dedo gordo en todas sus articulaciones y realiza una flexión plantar débil del tobillo; impulso del despegue en la marcha; sostiene el arco longitudinal medial',
      },
      innervation: { nerves: ['tibial_nerve'], segments: ['S2', 'S3'] },
    },
  },
  {
    id: 'popliteus',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of posterior compartment of leg"'),
      gray('leg: posterior compartment muscles'),
    ],
    muscle: {
      origin: {
        en: 'Lateral surface of the lateral femoral condyle and the lateral meniscus',
        es: 'Cara lateral del cóndilo femoral lateral y menisco lateral',
      },
      insertion: {
        en: 'Posterior surface of the tibia above the soleal line',
        es: 'Cara posterior de la tibia por encima de la línea del sóleo',
      },
      action: {
        en: 'Weakly flexes the knee and unlocks it, rotating the femur laterally about 5° on the planted tibia; rotates the tibia medially when the foot is free',
        es: 'Flexiona débilmente la rodilla y la desbloquea, rotando lateralmente el fémur unos 5° sobre la tibia apoyada; rota medialmente la tibia con el pie libre',
      },
      innervation: { nerves: ['tibial_nerve'], segments: ['L4', 'L5', 'S1'] },
    },
  },
  // The sole's first and second layers: by the plantar nerves, the tibial nerve's terminal branches.
  {
    id: 'quadratus_plantae',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Medial surface and lateral margin of the plantar surface of the calcaneus (two heads)',
        es: 'Cara medial y borde lateral de la cara plantar del calcáneo (dos cabezas)',
      },
      insertion: {
        en: 'Posterolateral margin of the tendon of flexor digitorum longus',
        es: 'Borde posterolateral del tendón del flexor largo de los dedos',
      },
      action: {
        en: 'Assists flexor digitorum longus in flexing the lateral four toes, redirecting the oblique pull of its tendon along the foot',
        es: 'Ayuda al flexor largo de los dedos a flexionar los cuatro dedos laterales, corrigiendo la tracción oblicua de su tendón hacia el eje del pie',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: { en: 'lateral plantar nerve', es: 'nervio plantar lateral' },
        segments: ['S2', 'S3'],
      },
    },
  },
  {
    id: 'flexor_digitorum_brevis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Medial process of the calcaneal tuberosity, the plantar aponeurosis and the intermuscular septa',
        es: 'Apófisis medial de la tuberosidad del calcáneo, aponeurosis plantar y tabiques intermusculares',
      },
      insertion: {
        en: 'Both sides of the middle phalanges of the lateral four toes (its tendons split to let those of flexor digitorum longus through)',
        es: 'Ambos lados de las falanges medias de los cuatro dedos laterales (sus tendones se dividen para dejar pasar los del flexor largo de los dedos)',
      },
      action: {
        en: 'Flexes the lateral four toes at their proximal interphalangeal joints; supports the longitudinal arches of the foot',
        es: 'Flexiona los cuatro dedos laterales en sus articulaciones interfalángicas proximales; sostiene los arcos longitudinales del pie',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: { en: 'medial plantar nerve', es: 'nervio plantar medial' },
        segments: ['S2', 'S3'],
      },
    },
  },
  {
    id: 'abductor_hallucis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Medial process of the calcaneal tuberosity, the flexor retinaculum and the plantar aponeurosis',
        es: 'Apófisis medial de la tuberosidad del calcáneo, retináculo de los flexores y aponeurosis plantar',
      },
      insertion: {
        en: 'Medial side of the base of the proximal phalanx of the great toe',
        es: 'Cara medial de la base de la falange proximal del dedo gordo',
      },
      action: {
        en: 'Abducts and flexes the great toe at the metatarsophalangeal joint; supports the medial longitudinal arch',
        es: 'Abduce y flexiona el dedo gordo en la articulación metatarsofalángica; sostiene el arco longitudinal medial',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: { en: 'medial plantar nerve', es: 'nervio plantar medial' },
        segments: ['S2', 'S3'],
      },
    },
  },
  {
    id: 'abductor_digiti_minimi',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Medial and lateral processes of the calcaneal tuberosity, the plantar aponeurosis and the intermuscular septa',
        es: 'Apófisis medial y lateral de la tuberosidad del calcáneo, aponeurosis plantar y tabiques intermusculares',
      },
      insertion: {
        en: 'Lateral side of the base of the proximal phalanx of the fifth toe',
        es: 'Cara lateral de la base de la falange proximal del quinto dedo',
      },
      action: {
        en: 'Abducts and flexes the little toe; supports the lateral longitudinal arch',
        es: 'Abduce y flexiona el dedo pequeño; sostiene el arco longitudinal lateral',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: { en: 'lateral plantar nerve', es: 'nervio plantar lateral' },
        segments: ['S2', 'S3'],
      },
    },
  },
  // The sole's third layer: flexor hallucis brevis by the medial plantar nerve, the other two by the lateral.
  {
    id: 'flexor_hallucis_brevis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Plantar surfaces of the cuboid and lateral cuneiform, and the tendon of tibialis posterior',
        es: 'Caras plantares del cuboides y del cuneiforme lateral, y tendón del tibial posterior',
      },
      insertion: {
        en: 'Both sides of the base of the proximal phalanx of the great toe, through the sesamoid bones (its two bellies; the tendon of flexor hallucis longus runs between them)',
        es: 'Ambos lados de la base de la falange proximal del dedo gordo, a través de los huesos sesamoideos (sus dos vientres; entre ellos pasa el tendón del flexor largo del dedo gordo)',
      },
      action: {
        en: 'Flexes the proximal phalanx of the great toe at the metatarsophalangeal joint',
        es: 'Flexiona la falange proximal del dedo gordo en la articulación metatarsofalángica',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: { en: 'medial plantar nerve', es: 'nervio plantar medial' },
        segments: ['S2', 'S3'],
      },
    },
  },
  {
    id: 'adductor_hallucis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Oblique head: bases of the 2nd to 4th metatarsals and the sheath of fibularis longus; transverse head: plantar ligaments of the 3rd to 5th metatarsophalangeal joints',
        es: 'Cabeza oblicua: bases de los metatarsianos 2.º a 4.º y vaina del fibular largo; cabeza transversa: ligamentos plantares de las articulaciones metatarsofalángicas 3.ª a 5.ª',
      },
      insertion: {
        en: 'Lateral side of the base of the proximal phalanx of the great toe, with the lateral sesamoid (both heads, by a common tendon)',
        es: 'Cara lateral de la base de la falange proximal del dedo gordo, con el sesamoideo lateral (ambas cabezas, por un tendón común)',
      },
      action: {
        en: 'Adducts the great toe towards the second toe; assists in maintaining the transverse arch of the foot',
        es: 'Aduce el dedo gordo hacia el segundo dedo; ayuda a mantener el arco transversal del pie',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: {
          en: 'deep branch of the lateral plantar nerve',
          es: 'rama profunda del nervio plantar lateral',
        },
        segments: ['S2', 'S3'],
      },
    },
  },
  {
    id: 'flexor_digiti_minimi_brevis',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Base of the fifth metatarsal and the sheath of fibularis longus',
        es: 'Base del quinto metatarsiano y vaina del fibular largo',
      },
      insertion: {
        en: 'Lateral side of the base of the proximal phalanx of the fifth toe',
        es: 'Cara lateral de la base de la falange proximal del quinto dedo',
      },
      action: {
        en: 'Flexes the proximal phalanx of the little toe at the metatarsophalangeal joint',
        es: 'Flexiona la falange proximal del dedo pequeño en la articulación metatarsofalángica',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: {
          en: 'superficial branch of the lateral plantar nerve',
          es: 'rama superficial del nervio plantar lateral',
        },
        segments: ['S2', 'S3'],
      },
    },
  },
  // The lumbricals (second layer): the first by the medial plantar nerve, the other three by the lateral's deep branch.
  {
    id: 'lumbricals',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole'),
    ],
    muscle: {
      origin: {
        en: 'Tendons of flexor digitorum longus (the first from the medial side of the tendon to the second toe, the other three from the adjacent sides of two tendons)',
        es: 'Tendones del flexor largo de los dedos (el primero de la cara medial del tendón del segundo dedo, los otros tres de las caras contiguas de dos tendones)',
      },
      insertion: {
        en: 'Medial side of the expansions over the lateral four toes (the dorsal digital expansions)',
        es: 'Cara medial de las expansiones de los cuatro dedos laterales (expansiones dorsales de los dedos)',
      },
      action: {
        en: 'Flex the proximal phalanges of the lateral four toes and extend their middle and distal phalanges',
        es: 'Flexionan las falanges proximales de los cuatro dedos laterales y extienden sus falanges media y distal',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: {
          en: 'medial plantar nerve (the first); deep branch of the lateral plantar nerve (the lateral three)',
          es: 'nervio plantar medial (el primero); rama profunda del nervio plantar lateral (los tres laterales)',
        },
        segments: ['S2', 'S3'],
      },
    },
  },
  // The interossei (fourth layer), by the deep branch of the lateral plantar nerve (Moore's table of the sole;
  // Gray's: the first two dorsal ones may also take a twig of the deep fibular nerve).
  {
    id: 'dorsal_interossei_of_foot',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole, interossei'),
    ],
    muscle: {
      origin: {
        en: 'Adjacent sides of metatarsals 1-5 (four bipennate bellies, each from the two bones either side of its intermetatarsal space)',
        es: 'Caras contiguas de los metatarsianos 1-5 (cuatro vientres bipenniformes, cada uno de los dos huesos a los lados de su espacio intermetatarsiano)',
      },
      insertion: {
        en: 'Bases of the proximal phalanges and the dorsal expansions: the first to the medial side of the second toe, the second to fourth to the lateral sides of the second to fourth toes',
        es: 'Bases de las falanges proximales y expansiones dorsales: el primero en la cara medial del segundo dedo, del segundo al cuarto en las caras laterales del segundo al cuarto dedos',
      },
      action: {
        en: 'Abduct the second to fourth toes from the axis of the second toe and flex the metatarsophalangeal joints',
        es: 'Abducen del segundo al cuarto dedos respecto al eje del segundo dedo y flexionan las articulaciones metatarsofalángicas',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: {
          en: 'deep branch of the lateral plantar nerve (the first and second may also take a twig of the deep fibular nerve)',
          es: 'rama profunda del nervio plantar lateral (el primero y el segundo pueden recibir también un ramo del nervio fibular profundo)',
        },
        segments: ['S2', 'S3'],
      },
    },
  },
  {
    id: 'plantar_interossei',
    references: [
      moore('ch. 7 Lower Limb, table "Muscles in sole of foot"'),
      gray('foot: muscles of the sole, interossei'),
    ],
    muscle: {
      origin: {
        en: 'Bases and medial sides of metatarsals 3-5 (three unipennate bellies)',
        es: 'Bases y caras mediales de los metatarsianos 3-5 (tres vientres unipenniformes)',
      },
      insertion: {
        en: 'Medial sides of the bases of the proximal phalanges of the third to fifth toes, and their dorsal expansions',
        es: 'Caras mediales de las bases de las falanges proximales del tercer al quinto dedos y sus expansiones dorsales',
      },
      action: {
        en: 'Adduct the third to fifth toes towards the second toe and flex the metatarsophalangeal joints',
        es: 'Aducen del tercer al quinto dedos hacia el segundo dedo y flexionan las articulaciones metatarsofalángicas',
      },
      innervation: {
        nerves: ['tibial_nerve'],
        branch: {
          en: 'deep branch of the lateral plantar nerve',
          es: 'rama profunda del nervio plantar lateral',
        },
        segments: ['S2', 'S3'],
      },
    },
  },
];
