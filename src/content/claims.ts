/**
 * The article's claims (see shared/design/article-claims.md). `quote` is verbatim, with the article's own
 * spacing; `translation.es` is our translation, shown as such. `names` lists what the words themselves name
 * (a structure, a region, a body part), which decides which connections may be graded `article`. The buttock
 * is not the article's "hip": it is named for patients as the buttock, so nothing reaches it on the article's
 * word alone.
 */
import type { RegionId, StructureId } from './ids';
import type { Claim, ConnectionSource } from './schema';

const es = (text: string) => ({ es: text, isTranslation: true as const });

/** The regions of the body parts the article names: "hip", "knee", "low back". */
const HIP: RegionId[] = ['front_of_hip', 'side_of_hip'];
const KNEE: RegionId[] = ['front_of_knee', 'outside_of_knee', 'inside_of_knee', 'back_of_knee'];
const LOW_BACK: RegionId[] = ['low_back'];
const NOTHING = { sources: [], regions: [] };
const structure = (id: StructureId): ConnectionSource => ({ kind: 'structure', id });
const region = (id: RegionId): ConnectionSource => ({ kind: 'region', id });

/**
 * The body parts the article's mechanics and gait claims start from ("the knee", "the hip", "low back"),
 * with the regions of each: where a patient who says "my knee hurts" can point.
 */
export const BODY_PARTS: readonly {
  readonly source: ConnectionSource;
  readonly regions: readonly RegionId[];
}[] = [
  { source: structure('hip_joint'), regions: HIP },
  { source: structure('knee_joint'), regions: KNEE },
  { source: region('low_back'), regions: LOW_BACK },
];

export const CLAIMS: readonly Claim[] = [
  {
    id: 'G1',
    section: 'Introduction',
    quote:
      'our bodies are connected by muscles, ligaments, nerves and bones acting as building blocks to our bodies.',
    translation: es(
      'nuestro cuerpo está conectado por músculos, ligamentos, nervios y huesos, que son como los bloques con los que está construido.',
    ),
    pathway: null,
    names: NOTHING,
    order: 1,
  },
  {
    id: 'G2',
    section: 'Introduction',
    quote:
      'Ligament stability, muscle strength, joint mobility and the ability of the nerves to operate without irritation or blockage are vital to normal function.',
    translation: es(
      'La estabilidad de los ligamentos, la fuerza de los músculos, la movilidad de las articulaciones y la capacidad de los nervios de funcionar sin irritación ni bloqueo son esenciales para el funcionamiento normal.',
    ),
    pathway: null,
    names: NOTHING,
    order: 2,
  },
  {
    id: 'B1',
    section: 'Back Pain',
    quote:
      'At each vertebral level, spinal nerves exit from the spinal cord on either side. Specifically, in the lower back, they supply both lower extremities.',
    translation: es(
      'En cada nivel de las vértebras, los nervios espinales salen de la médula espinal a cada lado. En la parte baja de la espalda, en concreto, llegan a las dos piernas.',
    ),
    pathway: 'nerve',
    // "spinal nerves" and "both lower extremities": a class of nerve and no pain region.
    names: NOTHING,
    order: 3,
  },
  {
    id: 'B2',
    section: 'Back Pain',
    quote:
      'Low back pain can cause problems that involve nerve irritation or compression can lead to hip and knee pain.',
    translation: es(
      'El dolor de la parte baja de la espalda puede causar problemas de irritación o compresión de un nervio que pueden llevar a dolor de cadera y de rodilla.',
    ),
    pathway: 'nerve',
    // "nerve irritation or compression" names no structure; "hip and knee pain".
    names: { sources: [], regions: [...HIP, ...KNEE] },
    order: 4,
  },
  {
    id: 'B3',
    section: 'Back Pain',
    quote:
      'Certain muscles of the low back also attach to the hip, and issues with these muscles can lead to back pain and hip pain together.',
    translation: es(
      'Algunos músculos de la parte baja de la espalda también se sujetan a la cadera, y los problemas en estos músculos pueden causar dolor de espalda y de cadera a la vez.',
    ),
    pathway: 'attachment',
    // "Certain muscles of the low back": a class, not a muscle.
    names: { sources: [], regions: [...LOW_BACK, ...HIP] },
    order: 5,
  },
  {
    id: 'B4',
    section: 'Back Pain',
    quote:
      'When your low back is hurting, you could change the way that you walk which could cause your knee and hip to start hurting.',
    translation: es(
      'Cuando le duele la parte baja de la espalda, puede cambiar su forma de caminar, y eso podría hacer que empiecen a dolerle la rodilla y la cadera.',
    ),
    pathway: 'gait',
    names: { sources: [region('low_back')], regions: [...KNEE, ...HIP] },
    order: 6,
  },
  {
    id: 'B5',
    section: 'Back Pain',
    quote:
      'Sometimes the knee injury occurs first. \u00a0Then due to an abnormal gait pattern, the hip or the low back will become painful.',
    translation: es(
      'A veces la lesión de rodilla ocurre primero. Luego, por una forma anormal de caminar, empieza a doler la cadera o la parte baja de la espalda.',
    ),
    pathway: 'gait',
    // "the knee injury": the knee itself.
    names: { sources: [structure('knee_joint')], regions: [...HIP, ...LOW_BACK] },
    order: 7,
  },
  {
    id: 'H1',
    section: 'Hip Pain',
    quote: 'Weakness of the muscles in the hip can reduce pelvic area support and cause back pain.',
    translation: es(
      'La debilidad de los músculos de la cadera puede reducir el soporte de la zona de la pelvis y causar dolor de espalda.',
    ),
    pathway: 'mechanics',
    // "the muscles in the hip": a class, not a muscle.
    names: { sources: [], regions: LOW_BACK },
    order: 8,
  },
  {
    id: 'H2',
    section: 'Hip Pain',
    quote: 'Increased internal rotation of the femur can lead to knee pain.',
    translation: es('Un aumento de la rotación interna del fémur puede llevar a dolor de rodilla.'),
    pathway: 'mechanics',
    names: { sources: [structure('femur')], regions: KNEE },
    order: 9,
  },
  {
    id: 'H3',
    section: 'Hip Pain',
    quote:
      'Hip pain can also originate from a tightness of the iliotibial band due to an irritation of the bursa.',
    translation: es(
      'El dolor de cadera también puede venir de una tensión de la banda iliotibial debida a una irritación de la bursa.',
    ),
    pathway: 'attachment',
    names: { sources: [structure('iliotibial_band'), structure('greater_trochanteric_bursa')], regions: HIP },
    order: 10,
  },
  {
    id: 'H4',
    section: 'Hip Pain',
    quote:
      'Restrictions in the hip joint mobility can cause hip pain and affect the back and knee to do a change in mechanics.',
    translation: es(
      'Las limitaciones en la movilidad de la articulación de la cadera pueden causar dolor de cadera y afectar a la espalda y a la rodilla por un cambio en la mecánica.',
    ),
    pathway: 'mechanics',
    // Hip pain; the back and the knee only "affected" in their mechanics (effect `function`).
    names: { sources: [structure('hip_joint')], regions: [...HIP, ...LOW_BACK, ...KNEE] },
    order: 11,
  },
  {
    id: 'H5',
    section: 'Hip Pain',
    quote:
      'Tightness of hip flexors at the front of the hip can affect the position of the lower back and sacroiliac joints.',
    translation: es(
      'La tensión de los flexores de la cadera, en la parte delantera de la cadera, puede afectar a la posición de la parte baja de la espalda y de las articulaciones sacroilíacas.',
    ),
    pathway: 'mechanics',
    // "hip flexors": a class; "the position of the lower back and sacroiliac joints" (effect `function`).
    names: { sources: [], regions: [...LOW_BACK, 'sacroiliac_area'] },
    order: 12,
  },
  {
    id: 'H6',
    section: 'Hip Pain',
    quote: 'Hip pain and dysfunction can certainly cause knee and low back pain.',
    translation: es(
      'El dolor y el mal funcionamiento de la cadera sin duda pueden causar dolor de rodilla y de la parte baja de la espalda.',
    ),
    pathway: 'mechanics',
    // "Hip pain and dysfunction": the hip itself.
    names: { sources: [structure('hip_joint')], regions: [...KNEE, ...LOW_BACK] },
    order: 13,
  },
  {
    id: 'K1',
    section: 'Knee Pain',
    quote:
      'Tightness of the iliotibial band can manifest as hip problems and cause pain to the outside of the knee.',
    translation: es(
      'La tensión de la banda iliotibial puede presentarse como problemas de cadera y causar dolor en la parte externa de la rodilla.',
    ),
    pathway: 'attachment',
    names: { sources: [structure('iliotibial_band')], regions: [...HIP, 'outside_of_knee'] },
    order: 14,
  },
  {
    id: 'K2',
    section: 'Knee Pain',
    quote:
      'Tightness to the rectus femoris muscles, a muscle responsible for straightening the knee, can cause both hip and knee problems.',
    translation: es(
      'La tensión del recto femoral, un músculo que se encarga de estirar la rodilla, puede causar problemas tanto de cadera como de rodilla.',
    ),
    pathway: 'attachment',
    names: { sources: [structure('rectus_femoris')], regions: [...HIP, ...KNEE] },
    order: 15,
  },
  {
    id: 'K3',
    section: 'Knee Pain',
    quote: 'Knee pain and dysfunction can certainly cause hip and low back pain.',
    translation: es(
      'El dolor y el mal funcionamiento de la rodilla sin duda pueden causar dolor de cadera y de la parte baja de la espalda.',
    ),
    pathway: 'mechanics',
    // "Knee pain and dysfunction": the knee itself.
    names: { sources: [structure('knee_joint')], regions: [...HIP, ...LOW_BACK] },
    order: 16,
  },
  {
    id: 'G3',
    section: 'Closing',
    quote:
      'The low back, hip and knee can cause pain and it is important to find the cause so that all areas can be treated.',
    translation: es(
      'La parte baja de la espalda, la cadera y la rodilla pueden causar dolor, y es importante encontrar la causa para poder tratar todas las zonas.',
    ),
    pathway: null,
    names: NOTHING,
    order: 17,
  },
];
