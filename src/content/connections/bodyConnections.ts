/**
 * Attachment, mechanics and gait pathways (claims B3-B5, H1-H6, K1-K3). Each spreads only where its
 * claim says; the structures that make a claim concrete follow shared/design/article-claims.md.
 * The plain and student texts are ours; anatomy from Moore 8th ed. and Gray's 42nd ed., mechanics from
 * Neumann 3rd ed., Powers 2010 and Perry & Burnfield 2010.
 *
 * Grades (see schema.ts): `ARTICLE` where the claim's words name the source itself (the iliotibial band,
 * the bursa, the rectus femoris, the femur, the hip, the knee, the low back); `anatomy(adds)` where the
 * claim names a class ("certain muscles of the low back", "the muscles in the hip", "hip flexors") and
 * standard anatomy says which muscle. The quadriceps tendon and patellar ligament have no K2 spread: they are
 * where a tight rectus femoris attaches, not sources of hip pain.
 *
 * B5 side, decided: the article names no side for "the hip or the low back" after a knee injury. The graph
 * shows the injured knee's side only (`same`), which adds nothing the article does not say; an opposite
 * side would be a claim of ours that no cited source makes for this link.
 */
import type { StructureId } from '../ids';
import { at, BURNETT, gray, moore, NEUMANN, PERRY, POWERS } from '../references';
import type { Connection, Localized } from '../schema';

// Where in Moore and Gray's each fact is found (the same places the structures cite).
const PAW_MOORE = moore('ch. 5 Abdomen, table "Principal muscles of posterior abdominal wall"');
const PAW_GRAY = gray('posterior abdominal wall: psoas major, iliacus, quadratus lumborum');
const BACK_MOORE = moore('ch. 2 Back, table "Superficial and intermediate layers of intrinsic back muscles"');
const BACK_GRAY = gray('back: erector spinae');
const DEEP_BACK_MOORE = moore('ch. 2 Back, table "Deep layers of intrinsic back muscles"');
const DEEP_BACK_GRAY = gray('back: transversospinalis group, multifidus');
const GLUTEAL_MOORE = moore(
  'ch. 7 Lower Limb, table "Muscles of gluteal region: abductors and rotators of thigh"',
);
const ITT_MOORE = moore('ch. 7 Lower Limb, fascia lata and iliotibial tract');
const ITT_GRAY = gray('thigh: fascia lata and iliotibial tract');
const HIP_FLEXORS_MOORE = moore(
  'ch. 7 Lower Limb, tables "Muscles of anterior thigh" and "Muscles of gluteal region" (tensor fasciae latae)',
);

type Body = Omit<Connection, 'from' | 'sides' | 'path'>;

/** The article names this source and the body part it reaches. */
const ARTICLE = { grade: 'article', effect: 'pain' } as const;
/** The article names a class or a general link; standard anatomy adds which structure (`adds`). */
const anatomy = (adds: Localized) => ({ grade: 'anatomy', effect: 'pain', adds }) as const;

const fromStructure = (id: StructureId, c: Body): Connection => ({
  ...c,
  from: { kind: 'structure', id },
  sides: 'same',
});

// B3: low back muscles that attach to the hip.
const B3: Connection[] = [
  fromStructure('psoas_major', {
    id: 'b3_psoas_major',
    ...anatomy({
      en: 'The article does not say which low back muscles: the psoas major is one, running from the lumbar vertebrae to the top of the thigh bone at the front of the hip.',
      es: 'El artículo no dice qué músculos de la espalda baja: el psoas mayor es uno de ellos; va de las vértebras lumbares a la parte de arriba del fémur, en la parte delantera de la cadera.',
    }),
    to: ['low_back', 'front_of_hip'],
    claim: 'B3',
    pathway: 'attachment',
    plain: {
      en: 'The psoas starts on the bones of the low back and ends at the top of the thigh bone, at the front of the hip. When it is tight or sore, both the low back and the front of the hip can hurt.',
      es: 'El psoas empieza en los huesos de la parte baja de la espalda y termina en la parte de arriba del fémur, en la parte delantera de la cadera. Cuando está tenso o adolorido, pueden doler la espalda baja y la parte delantera de la cadera.',
    },
    student: {
      en: 'Psoas major arises from the sides of the T12-L5 vertebral bodies, the intervening discs and the lumbar transverse processes, and inserts on the lesser trochanter through the iliopsoas tendon: it spans the lumbar spine and the anterior hip.',
      es: 'El psoas mayor se origina en las caras laterales de los cuerpos vertebrales de T12-L5, en los discos intervertebrales correspondientes y en las apófisis transversas lumbares, y se inserta en el trocánter menor mediante el tendón del iliopsoas: une la columna lumbar con la cara anterior de la cadera.',
    },
    references: [PAW_MOORE, PAW_GRAY],
  }),
  fromStructure('quadratus_lumborum', {
    id: 'b3_quadratus_lumborum',
    ...anatomy({
      en: 'The article does not say which low back muscles: the quadratus lumborum is one, running from the lumbar spine and the lowest rib to the top edge of the hip bone.',
      es: 'El artículo no dice qué músculos de la espalda baja: el cuadrado lumbar es uno de ellos; va de la columna lumbar y la última costilla al borde superior del hueso de la cadera.',
    }),
    to: ['low_back', 'buttock'],
    claim: 'B3',
    pathway: 'attachment',
    plain: {
      en: 'This deep low back muscle holds on to the top edge of the hip bone. When it is tight or sore, the low back and the top of the buttock can hurt together.',
      es: 'Este músculo profundo de la espalda baja se sujeta al borde de arriba del hueso de la cadera. Cuando está tenso o adolorido, pueden doler a la vez la espalda baja y la parte alta de la nalga.',
    },
    student: {
      en: 'Quadratus lumborum runs from the iliac crest and iliolumbar ligament to the 12th rib and the lumbar transverse processes, so it links the lumbar spine to the upper border of the gluteal region.',
      es: 'El cuadrado lumbar se extiende desde la cresta ilíaca y el ligamento iliolumbar hasta la 12.ª costilla y las apófisis transversas lumbares, por lo que une la columna lumbar con el borde superior de la región glútea.',
    },
    references: [PAW_MOORE, PAW_GRAY],
  }),
  fromStructure('erector_spinae', {
    id: 'b3_erector_spinae',
    ...anatomy({
      en: 'The article does not say which low back muscles: the erector spinae is one, starting on the sacrum and the back of the hip bone.',
      es: 'El artículo no dice qué músculos de la espalda baja: el erector de la columna es uno de ellos; empieza en el sacro y en la parte de atrás del hueso de la cadera.',
    }),
    to: ['low_back', 'buttock'],
    claim: 'B3',
    pathway: 'attachment',
    plain: {
      en: 'The long back muscles start on the sacrum and the back of the hip bone. When they are tight or sore, the low back and the top of the buttock can hurt together.',
      es: 'Los músculos largos de la espalda empiezan en el sacro y en la parte de atrás del hueso de la cadera. Cuando están tensos o adoloridos, pueden doler a la vez la espalda baja y la parte alta de la nalga.',
    },
    student: {
      en: 'Erector spinae arises by a broad tendon from the posterior iliac crest, the dorsal sacrum, the sacroiliac ligaments and the lower lumbar spinous processes, joining the lumbar region to the posterior pelvis.',
      es: 'El erector de la columna se origina mediante un tendón ancho en la parte posterior de la cresta ilíaca, la cara dorsal del sacro, los ligamentos sacroilíacos y las apófisis espinosas lumbares inferiores, y une así la región lumbar con la parte posterior de la pelvis.',
    },
    references: [BACK_MOORE, BACK_GRAY],
  }),
  fromStructure('multifidus', {
    id: 'b3_multifidus',
    ...anatomy({
      en: 'The article does not say which low back muscles: the multifidus is one, running from the lumbar spinous processes down to the sacrum and the back of the hip bone beside the sacroiliac joint.',
      es: 'El artículo no dice qué músculos de la espalda baja: el multífido es uno de ellos; va de las apófisis espinosas lumbares al sacro y a la parte de atrás del hueso de la cadera, junto a la articulación sacroilíaca.',
    }),
    to: ['low_back', 'sacroiliac_area'],
    claim: 'B3',
    pathway: 'attachment',
    plain: {
      en: 'This deep muscle runs beside the spine down to the back of the pelvis, where the spine meets the hip bone. When it is sore, the low back and the area at the base of the spine can hurt together.',
      es: 'Este músculo profundo recorre la columna hasta la parte de atrás de la pelvis, donde la columna se une al hueso de la cadera. Cuando está adolorido, pueden doler a la vez la espalda baja y la zona de la base de la columna.',
    },
    student: {
      en: 'Multifidus arises from the dorsal sacrum, the posterior superior iliac spine and the lumbar mammillary processes and inserts on the spinous processes two to four levels above, joining the lumbar segments to the posterior pelvis over the sacroiliac joint.',
      es: 'El multífido se origina en la cara dorsal del sacro, la espina ilíaca posterior superior y las apófisis mamilares lumbares, y se inserta en las apófisis espinosas situadas de dos a cuatro niveles por encima: une los segmentos lumbares con la parte posterior de la pelvis sobre la articulación sacroilíaca.',
    },
    references: [DEEP_BACK_MOORE, DEEP_BACK_GRAY],
  }),
];

// B4 (from the low back) and B5 (from the knee): a changed walk spreads to both sides.
const lowBackGait: Localized = {
  en: 'When the low back hurts, people often take shorter steps or lean to one side. That puts extra strain on the hips and knees, so they can start to hurt too.',
  es: 'Cuando duele la espalda baja, muchas personas dan pasos más cortos o se inclinan hacia un lado. Eso pone más carga en las caderas y las rodillas, que también pueden empezar a doler.',
};
const lowBackGaitStudent: Localized = {
  en: 'An antalgic gait from lumbar pain shortens the stride, reduces hip extension and trunk rotation and shifts load between the limbs, increasing demand on the hip abductors and the knee extensors (Perry & Burnfield).',
  es: 'La marcha antiálgica por dolor lumbar acorta la zancada, reduce la extensión de cadera y la rotación del tronco y redistribuye la carga entre los miembros inferiores, lo que aumenta la demanda sobre los abductores de cadera y los extensores de rodilla (Perry y Burnfield).',
};

const B4: Connection[] = [
  {
    id: 'b4_low_back_region',
    ...ARTICLE,
    from: { kind: 'region', id: 'low_back' },
    to: ['side_of_hip', 'front_of_knee'],
    sides: 'both',
    claim: 'B4',
    pathway: 'gait',
    plain: lowBackGait,
    student: lowBackGaitStudent,
    references: [PERRY],
  },
  ...(['l1_vertebra', 'l2_vertebra', 'l3_vertebra', 'l4_vertebra', 'l5_vertebra'] as const).map(
    (id): Connection => ({
      id: `b4_${id}`,
      ...anatomy({
        en: 'The article speaks of the low back hurting; the lumbar vertebrae are the bones of the low back.',
        es: 'El artículo habla de que duela la espalda baja; las vértebras lumbares son los huesos de la espalda baja.',
      }),
      from: { kind: 'structure', id },
      to: ['side_of_hip', 'front_of_knee'],
      sides: 'both',
      claim: 'B4',
      pathway: 'gait',
      plain: lowBackGait,
      student: lowBackGaitStudent,
      references: [PERRY],
    }),
  ),
];

const B5: Connection[] = [
  {
    id: 'b5_knee_joint',
    from: { kind: 'structure', id: 'knee_joint' },
    to: ['side_of_hip', 'low_back'],
    sides: 'same',
    claim: 'B5',
    pathway: 'gait',
    ...ARTICLE,
    plain: {
      en: 'After a knee injury, people often limp. The limp changes how weight goes through the body, and the hip or the low back can become sore.',
      es: 'Después de una lesión de rodilla, muchas personas cojean. La cojera cambia cómo pasa el peso por el cuerpo, y la cadera o la espalda baja pueden empezar a doler.',
    },
    student: {
      en: 'A painful knee gives an antalgic gait: shorter stance on the painful side, reduced knee flexion in loading response, and compensatory hip hiking or trunk lean that overloads the hip abductors and the lumbar spine (Perry & Burnfield).',
      es: 'Una rodilla dolorosa produce una marcha antiálgica: apoyo más breve en el lado doloroso, menor flexión de rodilla en la respuesta a la carga y elevación compensatoria de la hemipelvis o inclinación del tronco, que sobrecargan los abductores de cadera y la columna lumbar (Perry y Burnfield).',
    },
    references: [PERRY],
  },
];

// H1: weak hip muscles -> low back.
const abductorWeakness: Body = {
  id: '',
  to: ['low_back'],
  claim: 'H1',
  pathway: 'mechanics',
  ...anatomy({
    en: 'The article does not name the hip muscles: the gluteus medius and minimus are the ones that keep the pelvis level on one leg.',
    es: 'El artículo no nombra los músculos de la cadera: el glúteo medio y el glúteo menor son los que mantienen la pelvis nivelada al apoyarse en una pierna.',
  }),
  plain: {
    en: 'The muscles on the side of the hip keep the pelvis level with each step. If they are weak, the pelvis drops and sways, and the low back has to work harder, which can cause back pain.',
    es: 'Los músculos del costado de la cadera mantienen la pelvis nivelada en cada paso. Si están débiles, la pelvis cae y se balancea, y la espalda baja tiene que trabajar más, lo que puede causar dolor de espalda.',
  },
  student: {
    en: 'Gluteus medius and minimus (superior gluteal nerve, L4-S1) hold the pelvis level in single-leg stance; weakness gives a contralateral pelvic drop (Trendelenburg sign) or a compensatory lateral trunk lean, both of which load the lumbar spine and sacroiliac joints.',
    es: 'Los glúteos medio y menor (nervio glúteo superior, L4-S1) mantienen la pelvis nivelada en el apoyo monopodal; su debilidad produce una caída de la hemipelvis contralateral (signo de Trendelenburg) o una inclinación lateral compensatoria del tronco, y ambas sobrecargan la columna lumbar y las articulaciones sacroilíacas.',
  },
  references: [at(NEUMANN, 'ch. 12 Hip: the hip abductors in single-limb stance'), GLUTEAL_MOORE],
};

const H1: Connection[] = [
  fromStructure('gluteus_medius', { ...abductorWeakness, id: 'h1_gluteus_medius' }),
  fromStructure('gluteus_minimus', { ...abductorWeakness, id: 'h1_gluteus_minimus' }),
  fromStructure('gluteus_maximus', {
    id: 'h1_gluteus_maximus',
    ...anatomy({
      en: 'The article does not name the hip muscles: the gluteus maximus is the main one that extends the hip and steadies the pelvis.',
      es: 'El artículo no nombra los músculos de la cadera: el glúteo mayor es el principal extensor de la cadera y estabiliza la pelvis.',
    }),
    to: ['low_back'],
    claim: 'H1',
    pathway: 'mechanics',
    plain: {
      en: 'The big buttock muscle holds the pelvis steady when you stand up, lift or climb. If it is weak, the low back does more of the work and can start to hurt.',
      es: 'El músculo grande de la nalga sostiene firme la pelvis al levantarse, cargar peso o subir. Si está débil, la espalda baja hace más trabajo y puede empezar a doler.',
    },
    student: {
      en: 'Gluteus maximus (inferior gluteal nerve, L5-S2) is the main hip extensor and, through the sacrotuberous ligament and thoracolumbar fascia, helps stabilise the sacroiliac joints; weakness shifts extension work to the lumbar erector spinae.',
      es: 'El glúteo mayor (nervio glúteo inferior, L5-S2) es el principal extensor de cadera y, a través del ligamento sacrotuberoso y la fascia toracolumbar, contribuye a estabilizar las articulaciones sacroilíacas; su debilidad desplaza el trabajo de extensión hacia el erector de la columna lumbar.',
    },
    references: [at(NEUMANN, 'ch. 12 Hip: the hip extensors'), GLUTEAL_MOORE],
  }),
];

// H2: increased femoral internal rotation -> knee.
const rotatorWeakness = (id: StructureId, name: Localized): Connection =>
  fromStructure(id, {
    id: `h2_${id}`,
    to: ['front_of_knee'],
    claim: 'H2',
    pathway: 'mechanics',
    ...anatomy({
      en: `The article speaks of the thigh bone turning inward, not of muscles: ${name.en.charAt(0).toLowerCase() + name.en.slice(1)} is one of the muscles that control that turn.`,
      es: `El artículo habla del fémur que gira hacia adentro, no de músculos: ${name.es.charAt(0).toLowerCase() + name.es.slice(1)} es uno de los músculos que controlan ese giro.`,
    }),
    plain: {
      en: `${name.en} turns the thigh outward. When it is weak, the thigh bone can roll inward with each step, and the kneecap no longer glides well, which can hurt at the front of the knee.`,
      es: `${name.es} gira el muslo hacia afuera. Cuando está débil, el fémur puede girar hacia adentro en cada paso y la rótula ya no se desliza bien, lo que puede doler en la parte delantera de la rodilla.`,
    },
    student: {
      en: 'The hip lateral rotators (piriformis and the deep rotators, gluteus maximus) control femoral internal rotation in stance; weakness allows excess internal rotation, which turns the trochlea under the patella and raises lateral patellofemoral stress (Powers 2010).',
      es: 'Los rotadores laterales de cadera (el piriforme y los demás rotadores profundos, el glúteo mayor) controlan la rotación interna del fémur durante el apoyo; su debilidad permite una rotación interna excesiva, que gira la tróclea bajo la rótula y aumenta la tensión femoropatelar lateral (Powers 2010).',
    },
    references: [POWERS, GLUTEAL_MOORE],
  });

const H2: Connection[] = [
  fromStructure('femur', {
    id: 'h2_femur',
    ...ARTICLE,
    to: ['front_of_knee'],
    claim: 'H2',
    pathway: 'mechanics',
    plain: {
      en: 'If the thigh bone turns inward too much, the groove the kneecap glides in turns under it. The kneecap is pressed to one side, which can hurt at the front of the knee.',
      es: 'Si el fémur gira demasiado hacia adentro, el surco por el que se desliza la rótula gira debajo de ella. La rótula queda apretada hacia un lado, lo que puede doler en la parte delantera de la rodilla.',
    },
    student: {
      en: 'Excess femoral internal rotation (often with adduction: dynamic knee valgus) rotates the femoral trochlea beneath the patella and increases lateral patellofemoral joint stress (Powers 2010).',
      es: 'La rotación interna femoral excesiva (a menudo con aducción: valgo dinámico de rodilla) gira la tróclea femoral bajo la rótula y aumenta la tensión en la parte lateral de la articulación femoropatelar (Powers 2010).',
    },
    references: [POWERS],
  }),
  rotatorWeakness('piriformis', { en: 'The piriformis', es: 'El piriforme' }),
  rotatorWeakness('gluteus_maximus', { en: 'The big buttock muscle', es: 'El músculo grande de la nalga' }),
];

// H3: tight iliotibial band and an irritated bursa -> side of the hip.
const H3: Connection[] = [
  fromStructure('iliotibial_band', {
    id: 'h3_iliotibial_band',
    ...ARTICLE,
    to: ['side_of_hip'],
    claim: 'H3',
    pathway: 'attachment',
    plain: {
      en: 'The IT band passes over the bony point on the side of the hip, where a small fluid sac (a bursa) sits. A tight band can press on the bursa and irritate it, so the side of the hip hurts.',
      es: 'La banda iliotibial pasa sobre el hueso saliente del costado de la cadera, donde hay una bolsita de líquido (una bursa). Si la banda está tensa, puede apretar e irritar la bursa, y duele el costado de la cadera.',
    },
    student: {
      en: 'The iliotibial tract, into which tensor fasciae latae and most of gluteus maximus insert, passes over the greater trochanter; the trochanteric bursa lies between them, so a tight tract compresses it (greater trochanteric pain syndrome).',
      es: 'El tracto iliotibial, en el que se insertan el tensor de la fascia lata y la mayor parte del glúteo mayor, pasa sobre el trocánter mayor; entre ambos se sitúa la bolsa trocantérea, por lo que un tracto tenso la comprime (síndrome de dolor del trocánter mayor).',
    },
    references: [ITT_MOORE, ITT_GRAY],
  }),
  fromStructure('greater_trochanteric_bursa', {
    id: 'h3_greater_trochanteric_bursa',
    ...ARTICLE,
    to: ['side_of_hip'],
    claim: 'H3',
    pathway: 'attachment',
    plain: {
      en: 'This bursa sits between the IT band and the bony point of the hip. When a tight band irritates it, the side of the hip hurts, often more when lying on that side.',
      es: 'Esta bursa está entre la banda iliotibial y el hueso saliente de la cadera. Cuando una banda tensa la irrita, duele el costado de la cadera, a menudo más al acostarse sobre ese lado.',
    },
    student: {
      en: 'The trochanteric bursa of gluteus maximus separates the iliotibial tract and gluteus maximus from the greater trochanter; irritation gives lateral hip pain over the trochanter.',
      es: 'La bolsa trocantérea del glúteo mayor separa el tracto iliotibial y el glúteo mayor del trocánter mayor; su irritación produce dolor en la cara lateral de la cadera, sobre el trocánter.',
    },
    references: [
      moore('ch. 7 Lower Limb, gluteal region: bursae'),
      gray('gluteal region: trochanteric bursa of gluteus maximus'),
    ],
  }),
  fromStructure('tensor_fasciae_latae', {
    id: 'h3_tensor_fasciae_latae',
    ...anatomy({
      en: 'The article names the IT band and the bursa; the tensor fasciae latae is the muscle that pulls on the band.',
      es: 'El artículo nombra la banda iliotibial y la bursa; el tensor de la fascia lata es el músculo que tira de la banda.',
    }),
    to: ['side_of_hip'],
    claim: 'H3',
    pathway: 'attachment',
    plain: {
      en: 'This small hip muscle pulls on the IT band. When it is tight, the band presses harder on the bursa at the side of the hip.',
      es: 'Este pequeño músculo de la cadera tira de la banda iliotibial. Cuando está tenso, la banda aprieta más la bursa del costado de la cadera.',
    },
    student: {
      en: 'Tensor fasciae latae arises from the anterior superior iliac spine and inserts into the iliotibial tract, which it tenses over the greater trochanter and its bursa.',
      es: 'El tensor de la fascia lata se origina en la espina ilíaca anterior superior y se inserta en el tracto iliotibial, al que tensa sobre el trocánter mayor y su bolsa.',
    },
    references: [GLUTEAL_MOORE, ITT_GRAY],
  }),
];

// H4 and H6: the hip joint -> low back and knee.
const H4: Connection[] = [
  fromStructure('hip_joint', {
    id: 'h4_hip_joint',
    to: ['front_of_hip'],
    claim: 'H4',
    pathway: 'mechanics',
    ...ARTICLE,
    plain: {
      en: 'A hip joint that cannot move freely can hurt in the hip itself, most often in the groin.',
      es: 'Una articulación de la cadera que no se mueve con libertad puede doler en la propia cadera, casi siempre en la ingle.',
    },
    student: {
      en: 'Capsular restriction of the hip (internal rotation is usually the first motion lost) gives pain felt mainly in the groin and anterior hip, whose capsule is supplied by the femoral and obturator nerves (Neumann; Moore).',
      es: 'La restricción capsular de la cadera (la rotación interna suele ser el primer movimiento que se pierde) produce un dolor que se siente sobre todo en la ingle y en la cara anterior de la cadera, cuya cápsula inervan los nervios femoral y obturador (Neumann; Moore).',
    },
    references: [
      at(NEUMANN, 'ch. 12 Hip: capsular restriction'),
      moore('ch. 7 Lower Limb, hip joint: innervation'),
    ],
  }),
  // The article names the hip joint; standard anatomy adds which of its parts: the iliofemoral ligament, the
  // capsule's strongest part, which a capsular restriction tightens, and the labrum, whose tears restrict
  // and catch hip motion and are felt in the groin (Burnett 2006: groin pain in 92 % of 66 patients).
  fromStructure('iliofemoral_ligament', {
    id: 'h4_iliofemoral_ligament',
    ...anatomy({
      en: 'The article names the hip joint; the iliofemoral ligament is the strongest part of its capsule, at the front, and limits how far the hip straightens.',
      es: 'El artículo nombra la articulación de la cadera; el ligamento iliofemoral es la parte más fuerte de su cápsula, por delante, y limita cuánto se estira la cadera.',
    }),
    to: ['front_of_hip'],
    claim: 'H4',
    pathway: 'mechanics',
    plain: {
      en: 'This strong band covers the front of the hip joint. When the joint is stiff, it is part of what holds the hip back, and the pain is felt at the front of the hip and the groin.',
      es: 'Esta banda fuerte cubre la parte delantera de la articulación de la cadera. Cuando la articulación está rígida, es parte de lo que frena la cadera, y el dolor se siente delante de la cadera y en la ingle.',
    },
    student: {
      en: 'The iliofemoral ligament thickens the anterior capsule from the AIIS to the intertrochanteric line and limits extension and external rotation; in capsular restriction it is among the tissues that are tight, with pain in the groin and anterior hip, whose capsule the femoral and obturator nerves supply (Neumann; Moore).',
      es: 'El ligamento iliofemoral refuerza la cápsula anterior desde la EIAI hasta la línea intertrocantérea y limita la extensión y la rotación externa; en la restricción capsular es uno de los tejidos tensos, con dolor en la ingle y en la cara anterior de la cadera, cuya cápsula inervan los nervios femoral y obturador (Neumann; Moore).',
    },
    references: [
      at(NEUMANN, 'ch. 12 Hip: capsular ligaments'),
      moore('ch. 7 Lower Limb, hip joint: ligaments and innervation'),
    ],
  }),
  fromStructure('acetabular_labrum', {
    id: 'h4_acetabular_labrum',
    ...anatomy({
      en: 'The article names the hip joint; a torn labrum, the rim of cartilage round its socket, is a common cause of painful, catching hip motion, felt mostly in the groin.',
      es: 'El artículo nombra la articulación de la cadera; una rotura del labrum, el borde de cartílago que rodea su cavidad, es una causa frecuente de movimiento de cadera doloroso y que se traba, que se siente sobre todo en la ingle.',
    }),
    to: ['front_of_hip'],
    claim: 'H4',
    pathway: 'mechanics',
    plain: {
      en: 'The labrum is a rim of cartilage round the hip socket. When it is torn, the hip can catch or lock and stop moving freely, and it hurts mostly in the groin.',
      es: 'El labrum es un borde de cartílago alrededor de la cavidad de la cadera. Cuando se rompe, la cadera puede engancharse o bloquearse y dejar de moverse con libertad, y duele sobre todo en la ingle.',
    },
    student: {
      en: 'Acetabular labral tears present mainly with anterior groin pain (92 % of 66 patients), often with mechanical symptoms such as catching or locking and a painful impingement test in flexion, adduction and internal rotation (Burnett 2006).',
      es: 'Las roturas del labrum acetabular se presentan sobre todo con dolor en la ingle (92 % de 66 pacientes), a menudo con síntomas mecánicos como enganches o bloqueos y una prueba de pinzamiento dolorosa en flexión, aducción y rotación interna (Burnett 2006).',
    },
    references: [BURNETT, moore('ch. 7 Lower Limb, hip joint: acetabular labrum')],
  }),
  // "affect the back and knee to do a change in mechanics": a change in how they move, not pain.
  fromStructure('hip_joint', {
    id: 'h4_hip_joint_mechanics',
    to: ['low_back', 'front_of_knee', 'inside_of_knee'],
    claim: 'H4',
    pathway: 'mechanics',
    grade: 'article',
    effect: 'function',
    plain: {
      en: 'When the hip is stiff, the low back and the knee have to move more to make up for it: their mechanics change.',
      es: 'Cuando la cadera está rígida, la espalda baja y la rodilla tienen que moverse más para compensar: cambia su mecánica.',
    },
    student: {
      en: 'Loss of hip extension and rotation is made up by more lumbar extension and rotation during gait, and by more rotation and valgus stress at the knee (Neumann).',
      es: 'La pérdida de extensión y de rotación de cadera se compensa durante la marcha con más extensión y rotación lumbar, y con más rotación y estrés en valgo en la rodilla (Neumann).',
    },
    references: [at(NEUMANN, 'ch. 12 Hip; ch. 13 Knee')],
  }),
];

const H6: Connection[] = [
  fromStructure('hip_joint', {
    id: 'h6_hip_joint',
    ...ARTICLE,
    to: ['low_back', 'front_of_knee', 'inside_of_knee'],
    claim: 'H6',
    pathway: 'mechanics',
    plain: {
      en: 'The hip sits between the low back and the knee. When the hip hurts or does not work well, the parts above and below take extra strain and can hurt too.',
      es: 'La cadera está entre la espalda baja y la rodilla. Cuando la cadera duele o no funciona bien, las partes de arriba y de abajo soportan más carga y también pueden doler.',
    },
    student: {
      en: 'The hip links the lumbopelvic region and the knee in one kinetic chain: altered hip motion or control changes lumbar posture and the alignment and loading of the knee (Neumann; Powers 2010).',
      es: 'La cadera une la región lumbopélvica y la rodilla en una misma cadena cinética: la alteración del movimiento o del control de la cadera modifica la postura lumbar y la alineación y la carga de la rodilla (Neumann; Powers 2010).',
    },
    references: [at(NEUMANN, 'ch. 12 Hip'), POWERS],
  }),
];

// H5: tight hip flexors -> low back and sacroiliac joints.
const hipFlexor = (id: StructureId, name: Localized, attachments: Localized): Connection =>
  fromStructure(id, {
    id: `h5_${id}`,
    to: ['low_back', 'sacroiliac_area'],
    claim: 'H5',
    pathway: 'mechanics',
    // "can affect the position of the lower back and sacroiliac joints": position, not pain.
    grade: 'anatomy',
    effect: 'function',
    adds: {
      en: `The article says "hip flexors" without naming them: ${name.en.charAt(0).toLowerCase() + name.en.slice(1)} is one of the hip flexors at the front of the hip.`,
      es: `El artículo dice «flexores de la cadera» sin nombrarlos: ${name.es.charAt(0).toLowerCase() + name.es.slice(1)} es uno de los flexores de la parte delantera de la cadera.`,
    },
    plain: {
      en: `${name.en} is a hip flexor at the front of the hip. When it is tight, it tips the pelvis forward, which deepens the curve of the low back and changes how the sacroiliac joints sit.`,
      es: `${name.es} es un flexor de la cadera, en la parte delantera de la cadera. Cuando está tenso, inclina la pelvis hacia adelante, lo que aumenta la curva de la espalda baja y cambia la posición de las articulaciones sacroilíacas.`,
    },
    student: {
      en: `${attachments.en} A shortened hip flexor pulls the pelvis into anterior tilt when the hip extends (standing, late stance), increasing lumbar lordosis and changing the position of the sacroiliac joints (Neumann).`,
      es: `${attachments.es} Un flexor de cadera acortado lleva la pelvis a anteversión cuando la cadera se extiende (bipedestación, final del apoyo), lo que aumenta la lordosis lumbar y modifica la posición de las articulaciones sacroilíacas (Neumann).`,
    },
    references: [at(NEUMANN, 'ch. 12 Hip: the hip flexors and anterior pelvic tilt'), HIP_FLEXORS_MOORE],
  });

const H5: Connection[] = [
  hipFlexor(
    'psoas_major',
    { en: 'The psoas', es: 'El psoas' },
    {
      en: 'Psoas major (T12-L5 vertebrae and discs to the lesser trochanter) also pulls the lumbar vertebrae forward directly.',
      es: 'El psoas mayor (desde las vértebras y los discos T12-L5 hasta el trocánter menor) además tracciona directamente de las vértebras lumbares hacia delante.',
    },
  ),
  hipFlexor(
    'iliacus',
    { en: 'The iliacus', es: 'El ilíaco' },
    {
      en: 'Iliacus runs from the iliac fossa and sacral ala to the lesser trochanter.',
      es: 'El ilíaco se extiende desde la fosa ilíaca y el ala del sacro hasta el trocánter menor.',
    },
  ),
  hipFlexor(
    'rectus_femoris',
    { en: 'The rectus femoris', es: 'El recto femoral' },
    {
      en: 'Rectus femoris runs from the anterior inferior iliac spine to the patella and tibial tuberosity.',
      es: 'El recto femoral se extiende desde la espina ilíaca anterior inferior hasta la rótula y la tuberosidad tibial.',
    },
  ),
  hipFlexor(
    'sartorius',
    { en: 'The sartorius', es: 'El sartorio' },
    {
      en: 'Sartorius runs from the anterior superior iliac spine to the medial tibia.',
      es: 'El sartorio se extiende desde la espina ilíaca anterior superior hasta la cara medial de la tibia.',
    },
  ),
  hipFlexor(
    'tensor_fasciae_latae',
    { en: 'The TFL', es: 'El tensor de la fascia lata' },
    {
      en: 'Tensor fasciae latae runs from the anterior superior iliac spine to the iliotibial tract.',
      es: 'El tensor de la fascia lata se extiende desde la espina ilíaca anterior superior hasta el tracto iliotibial.',
    },
  ),
];

// K1: tight iliotibial band -> hip and the outside of the knee.
const K1: Connection[] = [
  fromStructure('iliotibial_band', {
    id: 'k1_iliotibial_band',
    ...ARTICLE,
    to: ['side_of_hip', 'outside_of_knee'],
    claim: 'K1',
    pathway: 'attachment',
    plain: {
      en: 'The IT band runs from the hip down the outside of the thigh to just below the knee. When it is tight, it can cause hip problems and pain on the outside of the knee, where it passes over the end of the thigh bone.',
      es: 'La banda iliotibial baja desde la cadera por la parte externa del muslo hasta justo debajo de la rodilla. Cuando está tensa, puede causar problemas de cadera y dolor en la parte externa de la rodilla, donde pasa sobre el extremo del fémur.',
    },
    student: {
      en: "The iliotibial tract runs from the iliac crest (receiving tensor fasciae latae and gluteus maximus) over the greater trochanter and the lateral femoral epicondyle to the anterolateral tibial (Gerdy's) tubercle.",
      es: 'El tracto iliotibial se extiende desde la cresta ilíaca (donde recibe el tensor de la fascia lata y el glúteo mayor), pasa sobre el trocánter mayor y el epicóndilo femoral lateral y llega al tubérculo anterolateral de la tibia (tubérculo de Gerdy).',
    },
    references: [ITT_MOORE, ITT_GRAY],
  }),
  fromStructure('tensor_fasciae_latae', {
    id: 'k1_tensor_fasciae_latae',
    ...anatomy({
      en: 'The article names the IT band; the tensor fasciae latae is the muscle that pulls on it from the hip.',
      es: 'El artículo nombra la banda iliotibial; el tensor de la fascia lata es el músculo que tira de ella desde la cadera.',
    }),
    to: ['side_of_hip', 'outside_of_knee'],
    claim: 'K1',
    pathway: 'attachment',
    plain: {
      en: 'This hip muscle pulls on the IT band. When it is tight, the band is tight too, which can be felt at the hip and the outside of the knee.',
      es: 'Este músculo de la cadera tira de la banda iliotibial. Cuando está tenso, la banda también lo está, y se puede sentir en la cadera y en la parte externa de la rodilla.',
    },
    student: {
      en: "Tensor fasciae latae inserts into the iliotibial tract, which ends on the lateral tibial condyle (Gerdy's tubercle); its tension is carried to the lateral knee.",
      es: 'El tensor de la fascia lata se inserta en el tracto iliotibial, que termina en el cóndilo lateral de la tibia (tubérculo de Gerdy); su tensión se transmite a la cara lateral de la rodilla.',
    },
    references: [GLUTEAL_MOORE, ITT_GRAY],
  }),
  fromStructure('gluteus_maximus', {
    id: 'k1_gluteus_maximus',
    ...anatomy({
      en: 'The article names the IT band; most of the gluteus maximus ends in it, so the buttock is joined to the outside of the knee.',
      es: 'El artículo nombra la banda iliotibial; la mayor parte del glúteo mayor termina en ella, lo que une la nalga con la parte externa de la rodilla.',
    }),
    to: ['buttock', 'outside_of_knee'],
    claim: 'K1',
    pathway: 'attachment',
    plain: {
      en: 'Most of the big buttock muscle ends in the IT band. When it is tight, it pulls on the band all the way down to the outside of the knee.',
      es: 'La mayor parte del músculo grande de la nalga termina en la banda iliotibial. Cuando está tenso, tira de la banda hasta la parte externa de la rodilla.',
    },
    student: {
      en: 'Most superficial fibres of gluteus maximus insert into the iliotibial tract, which attaches to the lateral tibial condyle, linking the gluteal region to the lateral knee.',
      es: 'La mayoría de las fibras superficiales del glúteo mayor se insertan en el tracto iliotibial, que se fija en el cóndilo lateral de la tibia, y unen así la región glútea con la cara lateral de la rodilla.',
    },
    references: [GLUTEAL_MOORE, ITT_GRAY],
  }),
];

// K2: tight rectus femoris -> hip and knee.
const K2: Connection[] = [
  fromStructure('rectus_femoris', {
    id: 'k2_rectus_femoris',
    ...ARTICLE,
    to: ['front_of_hip', 'front_of_knee'],
    claim: 'K2',
    pathway: 'attachment',
    plain: {
      en: 'The rectus femoris is the one quad muscle that crosses both the hip and the knee. It starts at the front of the hip and ends below the kneecap, so when it is tight it can cause trouble at both.',
      es: 'El recto femoral es el único músculo del cuádriceps que cruza la cadera y la rodilla. Empieza en la parte delantera de la cadera y termina debajo de la rótula, así que cuando está tenso puede causar problemas en las dos.',
    },
    student: {
      en: 'Rectus femoris arises from the anterior inferior iliac spine and the ilium above the acetabulum and inserts through the quadriceps tendon into the patella and, by the patellar ligament, the tibial tuberosity; as a two-joint muscle, shortening limits hip extension with the knee bent and raises patellofemoral compression.',
      es: 'El recto femoral se origina en la espina ilíaca anterior inferior y en el ilion por encima del acetábulo, y se inserta mediante el tendón del cuádriceps en la rótula y, a través del ligamento rotuliano, en la tuberosidad tibial; como músculo biarticular, su acortamiento limita la extensión de cadera con la rodilla flexionada y aumenta la compresión femoropatelar.',
    },
    references: [
      moore('ch. 7 Lower Limb, table "Muscles of anterior thigh"'),
      gray('thigh: anterior compartment muscles'),
    ],
  }),
];

// K3: the knee -> hip and low back.
const K3: Connection[] = [
  fromStructure('knee_joint', {
    id: 'k3_knee_joint',
    ...ARTICLE,
    to: ['front_of_hip', 'low_back'],
    claim: 'K3',
    pathway: 'mechanics',
    plain: {
      en: 'If the knee hurts or cannot fully straighten, the hip stays bent and the low back arches more to keep you upright. Over time the hip and the low back can hurt too.',
      es: 'Si la rodilla duele o no se puede estirar del todo, la cadera se queda doblada y la espalda baja se arquea más para mantenerse derecho. Con el tiempo pueden doler también la cadera y la espalda baja.',
    },
    student: {
      en: 'A knee extension deficit (flexion contracture) keeps the hip flexed in stance and, to keep the trunk upright, increases anterior pelvic tilt and lumbar lordosis; altered knee alignment also changes hip rotation and abductor demand (Neumann).',
      es: 'Un déficit de extensión de rodilla (flexo) mantiene la cadera flexionada durante el apoyo y, para mantener el tronco erguido, aumenta la anteversión pélvica y la lordosis lumbar; la alteración de la alineación de la rodilla también modifica la rotación de cadera y la demanda sobre los abductores (Neumann).',
    },
    references: [at(NEUMANN, 'ch. 13 Knee')],
  }),
];

export const BODY_CONNECTIONS: readonly Connection[] = [
  ...B3,
  ...B4,
  ...B5,
  ...H1,
  ...H2,
  ...H3,
  ...H4,
  ...H5,
  ...H6,
  ...K1,
  ...K2,
  ...K3,
];
