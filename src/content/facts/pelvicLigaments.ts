/**
 * Student facts of the pelvis' ligaments, the acetabular labrum and the iliopsoas bursa: attachments,
 * function, supply where it matters. Gray's 42nd ed. (pelvic girdle; hip joint; bursae round the hip); Moore
 * 8th ed. (ch. 5 lumbar spine ligaments, ch. 6 pelvis: sacroiliac joints, ch. 7 hip joint); Netter 7th ed.
 * (plates of the pelvic ligaments and the hip joint); the labrum's section after Seldes et al. 2001.
 */
import { NETTER, SELDES, gray, moore } from '../references';
import type { FactsEntry } from '../schema';

const SI_MOORE = moore('ch. 6 Pelvis and Perineum, sacroiliac joints: ligaments');
const SI_GRAY = gray('pelvic girdle: sacroiliac joint, sacrotuberous and sacrospinous ligaments');
const HIP_MOORE = moore('ch. 7 Lower Limb, hip joint: articular capsule and ligaments');
const HIP_GRAY = gray('hip joint: ligaments, acetabular labrum, bursae');

/** Both ligaments that turn the sciatic notches into foramina and hold the lower sacrum down. */
const SCIATIC_FORAMINA = {
  en: 'With its partner it holds the lower sacrum and coccyx down against the trunk’s weight tipping the sacrum forward (nutation), and turns the greater and lesser sciatic notches into the greater and lesser sciatic foramina.',
  es: 'Junto con su compañero sujeta hacia abajo la parte inferior del sacro y el coxis frente al peso del tronco, que tiende a inclinar el sacro hacia delante (nutación), y convierte las escotaduras ciáticas mayor y menor en los agujeros ciáticos mayor y menor.',
};

export const PELVIC_LIGAMENT_FACTS: readonly FactsEntry[] = [
  {
    id: 'iliolumbar_ligament',
    attachment: {
      bones: ['l5_vertebra', 'hip_bone'],
      attachments: {
        en: 'From the tip of the transverse process of L5 (often also L4) laterally to the posterior part of the inner lip of the iliac crest, in front of the sacroiliac joint; its lower band (lumbosacral ligament) blends with the anterior sacroiliac ligament.',
        es: 'Desde el vértice de la apófisis transversa de L5 (a menudo también de L4) hacia fuera hasta la parte posterior del labio interno de la cresta ilíaca, por delante de la articulación sacroilíaca; su banda inferior (ligamento lumbosacro) se une al ligamento sacroilíaco anterior.',
      },
      function: {
        en: 'Ties L5 to the ilium: limits flexion, side-bending and rotation of L5 on the sacrum and steadies the lumbosacral junction.',
        es: 'Une L5 al ilion: limita la flexión, la inclinación lateral y la rotación de L5 sobre el sacro y da estabilidad a la unión lumbosacra.',
      },
    },
    references: [
      moore('ch. 2 Back, ligaments of the vertebral column: iliolumbar ligament'),
      gray('pelvic girdle: iliolumbar ligament'),
      NETTER,
    ],
  },
  {
    id: 'sacroiliac_ligaments',
    attachment: {
      bones: ['sacrum', 'hip_bone'],
      attachments: {
        en: 'Anterior: a thin sheet across the front of the joint, from the ala and pelvic surface of the sacrum to the ilium. Interosseous: short, very strong fibres filling the space behind the auricular surfaces, between the sacral and iliac tuberosities. Posterior: short bands from the ilium near the posterior superior iliac spine to the lateral sacral crest (S1-S3), and the long posterior band from the posterior superior iliac spine down to S3-S4, blending with the sacrotuberous ligament.',
        es: 'Anterior: una lámina delgada por delante de la articulación, desde el ala y la cara pélvica del sacro hasta el ilion. Interóseo: fibras cortas y muy fuertes que llenan el espacio detrás de las caras auriculares, entre las tuberosidades sacra e ilíaca. Posterior: bandas cortas desde el ilion, junto a la espina ilíaca posterior superior, hasta la cresta sacra lateral (S1-S3), y la banda posterior larga desde la espina ilíaca posterior superior hasta S3-S4, que se une al ligamento sacrotuberoso.',
      },
      function: {
        en: 'Hold the sacrum wedged between the hip bones: the interosseous and posterior ligaments are the joint’s main bond and resist the sacrum tipping forward (nutation) under the weight of the trunk; the joint moves only a few degrees.',
        es: 'Mantienen el sacro encajado entre los huesos de la cadera: los ligamentos interóseo y posterior son la unión principal de la articulación y resisten la inclinación del sacro hacia delante (nutación) bajo el peso del tronco; la articulación se mueve solo unos pocos grados.',
      },
      supply: {
        en: 'Nerves: behind, lateral branches of the posterior rami of the lower lumbar and upper sacral nerves; in front, branches of the anterior rami.',
        es: 'Nervios: por detrás, ramos laterales de los ramos posteriores de los nervios lumbares inferiores y sacros superiores; por delante, ramos de los ramos anteriores.',
      },
    },
    references: [SI_MOORE, SI_GRAY, NETTER],
  },
  {
    id: 'sacrotuberous_ligament',
    attachment: {
      bones: ['sacrum', 'coccyx', 'hip_bone'],
      attachments: {
        en: 'Broad above, from the posterior superior and inferior iliac spines, the lower lateral sacrum and the side of the coccyx; its fibres converge and twist to the medial margin of the ischial tuberosity, with a falciform edge along the ischial ramus. Part of gluteus maximus arises from it.',
        es: 'Ancho arriba, desde las espinas ilíacas posteriores superior e inferior, la parte inferior y lateral del sacro y el borde del coxis; sus fibras convergen y se tuercen hasta el borde medial de la tuberosidad isquiática, con un borde falciforme a lo largo de la rama del isquion. Parte del glúteo mayor se origina en él.',
      },
      function: SCIATIC_FORAMINA,
    },
    references: [SI_MOORE, SI_GRAY, NETTER],
  },
  {
    id: 'sacrospinous_ligament',
    attachment: {
      bones: ['sacrum', 'coccyx', 'hip_bone'],
      attachments: {
        en: 'A thin triangle from the lateral margins of the lower sacrum and the coccyx to the ischial spine, in front of (on the pelvic side of) the sacrotuberous ligament; coccygeus lies on its pelvic surface, fused with it.',
        es: 'Un triángulo delgado desde los bordes laterales de la parte inferior del sacro y del coxis hasta la espina isquiática, por delante (en el lado pélvico) del ligamento sacrotuberoso; el músculo coccígeo está sobre su cara pélvica, fusionado con él.',
      },
      function: SCIATIC_FORAMINA,
    },
    references: [SI_MOORE, SI_GRAY, NETTER],
  },
  {
    id: 'inguinal_ligament',
    attachment: {
      bones: ['hip_bone'],
      attachments: {
        en: 'From the anterior superior iliac spine to the pubic tubercle: the thickened, folded-back lower border of the external oblique aponeurosis, curved down towards the thigh; about 12-14 cm long.',
        es: 'Desde la espina ilíaca anterior superior hasta el tubérculo del pubis: el borde inferior, engrosado y replegado, de la aponeurosis del oblicuo externo, curvado hacia el muslo; mide unos 12-14 cm.',
      },
      function: {
        en: 'Floor of the inguinal canal and the upper border of the way from the abdomen into the thigh: iliopsoas, the femoral nerve, artery and vein pass under it; the lateral femoral cutaneous nerve passes under or through it just medial to the anterior superior iliac spine.',
        es: 'Suelo del conducto inguinal y borde superior del paso del abdomen al muslo: el iliopsoas, el nervio, la arteria y la vena femorales pasan por debajo; el nervio cutáneo femoral lateral pasa por debajo o a través de él, justo por dentro de la espina ilíaca anterior superior.',
      },
    },
    references: [
      moore('ch. 5 Abdomen, inguinal region: inguinal ligament'),
      gray('anterior abdominal wall: inguinal ligament'),
      NETTER,
    ],
  },
  {
    id: 'iliofemoral_ligament',
    attachment: {
      bones: ['hip_bone', 'femur'],
      attachments: {
        en: 'From the anterior inferior iliac spine and the acetabular rim just below it to the intertrochanteric line, in two bands like an inverted Y: the lateral (superior) band to the upper part of the line, the medial (inferior) band to its lower part.',
        es: 'Desde la espina ilíaca anterior inferior y el borde del acetábulo justo debajo de ella hasta la línea intertrocantérea, en dos bandas como una Y invertida: la banda lateral (superior) hasta la parte alta de la línea y la banda medial (inferior) hasta su parte baja.',
      },
      function: {
        en: 'The strongest ligament of the body, in front of the hip joint: it limits extension (taut in standing, so a person can stand with little muscle work) and, with its lateral band, external rotation and adduction.',
        es: 'El ligamento más fuerte del cuerpo, delante de la articulación de la cadera: limita la extensión (está tenso de pie, por lo que se puede estar de pie con poco trabajo muscular) y, con su banda lateral, la rotación externa y la aducción.',
      },
    },
    references: [HIP_MOORE, HIP_GRAY, NETTER],
  },
  {
    id: 'acetabular_labrum',
    attachment: {
      bones: ['hip_bone'],
      attachments: {
        en: 'A ring of fibrocartilage, triangular in section, fixed to the bony rim of the acetabulum; across the acetabular notch it continues as the transverse acetabular ligament.',
        es: 'Un anillo de fibrocartílago, de sección triangular, fijado al borde óseo del acetábulo; sobre la escotadura acetabular se continúa con el ligamento transverso del acetábulo.',
      },
      function: {
        en: 'Deepens the socket and holds the femoral head beyond its widest part, sealing the joint fluid in so the cartilage is loaded evenly; it adds stability.',
        es: 'Hace más profunda la cavidad y sujeta la cabeza del fémur más allá de su parte más ancha, sellando el líquido de la articulación para que el cartílago se cargue por igual; aporta estabilidad.',
      },
    },
    references: [HIP_MOORE, HIP_GRAY, NETTER, SELDES],
  },
  {
    id: 'iliopsoas_bursa',
    attachment: {
      bones: ['hip_bone', 'femur'],
      attachments: {
        en: 'A flattened sac between the iliopsoas tendon in front and the hip capsule and the iliopubic eminence behind, medial to the iliofemoral ligament; it may open into the hip joint.',
        es: 'Un saco aplanado entre el tendón del iliopsoas por delante y la cápsula de la cadera y la eminencia iliopúbica por detrás, por dentro del ligamento iliofemoral; puede comunicar con la articulación de la cadera.',
      },
      function: {
        en: 'Lets the iliopsoas tendon glide over the front of the hip joint and the pubis as the hip bends and straightens.',
        es: 'Deja que el tendón del iliopsoas se deslice sobre la parte delantera de la articulación de la cadera y el pubis cuando la cadera se dobla y se estira.',
      },
    },
    references: [HIP_MOORE, HIP_GRAY, NETTER],
  },
];
