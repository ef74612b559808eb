/**
 * Muscles (paired): names, plain descriptions, synonyms. `liesIn`: the pain regions the muscle lies in (where
 * its own trouble is felt). Origin, insertion, action, innervation and references: facts/muscles.ts.
 */
import type { Structure } from '../schema';

type MuscleEntry = Omit<Structure, 'kind' | 'layer'>;

const muscle = (m: MuscleEntry): Structure => ({ kind: 'muscle', layer: 'muscles', ...m });

export const MUSCLES: Structure[] = [
  muscle({
    id: 'psoas_major',
    anatomicalName: { en: 'Psoas major', es: 'Psoas mayor' },
    plainName: { en: 'Psoas (deep hip flexor)', es: 'Psoas (flexor profundo de la cadera)' },
    synonyms: ['psoas', 'iliopsoas', 'hip flexor', 'psoas mayor', 'musculus psoas major'],
    liesIn: ['low_back', 'front_of_hip'],
  }),
  muscle({
    id: 'iliacus',
    anatomicalName: { en: 'Iliacus', es: 'Ilíaco' },
    plainName: {
      en: 'Iliacus (hip flexor inside the pelvis)',
      es: 'Ilíaco (flexor de la cadera dentro de la pelvis)',
    },
    synonyms: ['iliopsoas', 'hip flexor', 'iliaco', 'musculus iliacus'],
    liesIn: ['front_of_hip'],
  }),
  muscle({
    id: 'quadratus_lumborum',
    anatomicalName: { en: 'Quadratus lumborum', es: 'Cuadrado lumbar' },
    plainName: {
      en: 'Quadratus lumborum (deep low back muscle)',
      es: 'Cuadrado lumbar (músculo profundo de la espalda baja)',
    },
    synonyms: ['QL', 'quadratus', 'cuadrado lumbar', 'musculus quadratus lumborum'],
    liesIn: ['low_back'],
  }),
  muscle({
    id: 'erector_spinae',
    anatomicalName: { en: 'Erector spinae', es: 'Erector de la columna' },
    plainName: {
      en: 'Back muscles along the spine (erector spinae)',
      es: 'Músculos de la espalda junto a la columna (erectores)',
    },
    synonyms: [
      'erector spinae',
      'paraspinals',
      'paraspinal muscles',
      'sacrospinalis',
      'iliocostalis',
      'longissimus',
      'spinalis',
      'back muscles',
      'erectores de la columna',
    ],
    liesIn: ['low_back', 'sacroiliac_area'],
  }),
  muscle({
    id: 'multifidus',
    anatomicalName: { en: 'Multifidus', es: 'Multífido' },
    plainName: {
      en: 'Deep back muscle beside the spine (multifidus)',
      es: 'Músculo profundo de la espalda junto a la columna (multífido)',
    },
    synonyms: ['lumbar multifidus', 'multifidi', 'transversospinalis', 'multifido', 'musculo multifido'],
    liesIn: ['low_back', 'sacroiliac_area'],
  }),
  muscle({
    id: 'gluteus_maximus',
    anatomicalName: { en: 'Gluteus maximus', es: 'Glúteo mayor' },
    plainName: {
      en: 'Large buttock muscle (gluteus maximus)',
      es: 'Músculo grande de la nalga (glúteo mayor)',
    },
    synonyms: ['glutes', 'glute max', 'buttock muscle', 'gluteo mayor', 'gluteus max'],
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'gluteus_medius',
    anatomicalName: { en: 'Gluteus medius', es: 'Glúteo medio' },
    plainName: {
      en: 'Side hip muscle (gluteus medius)',
      es: 'Músculo del costado de la cadera (glúteo medio)',
    },
    synonyms: ['glute med', 'hip abductor', 'gluteo medio', 'gluteus med'],
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'gluteus_minimus',
    anatomicalName: { en: 'Gluteus minimus', es: 'Glúteo menor' },
    plainName: {
      en: 'Small deep hip muscle (gluteus minimus)',
      es: 'Músculo profundo de la cadera (glúteo menor)',
    },
    synonyms: ['glute min', 'hip abductor', 'gluteo menor', 'gluteo minimo'],
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'piriformis',
    anatomicalName: { en: 'Piriformis', es: 'Piriforme' },
    plainName: { en: 'Piriformis (deep buttock muscle)', es: 'Piriforme (músculo profundo de la nalga)' },
    synonyms: ['hip external rotator', 'lateral rotator', 'piriforme', 'piriformis syndrome'],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'gemellus_superior',
    anatomicalName: { en: 'Gemellus superior', es: 'Gemelo superior' },
    plainName: {
      en: 'Upper twin muscle of the hip (gemellus superior)',
      es: 'Músculo gemelo superior de la cadera (gemelo superior)',
    },
    synonyms: ['superior gemellus', 'gemellus superior muscle', 'musculus gemellus superior'],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'obturator_internus',
    anatomicalName: { en: 'Obturator internus', es: 'Obturador interno' },
    plainName: {
      en: 'Obturator internus (deep hip rotator from inside the pelvis)',
      es: 'Obturador interno (rotador profundo de la cadera desde el interior de la pelvis)',
    },
    synonyms: [
      'internal obturator',
      'obturator internus muscle',
      'obturador interno',
      'musculus obturatorius internus',
    ],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'gemellus_inferior',
    anatomicalName: { en: 'Gemellus inferior', es: 'Gemelo inferior' },
    plainName: {
      en: 'Lower twin muscle of the hip (gemellus inferior)',
      es: 'Músculo gemelo inferior de la cadera (gemelo inferior)',
    },
    synonyms: ['inferior gemellus', 'gemellus inferior muscle', 'musculus gemellus inferior'],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'quadratus_femoris',
    anatomicalName: { en: 'Quadratus femoris', es: 'Cuadrado femoral' },
    plainName: {
      en: 'Quadratus femoris (square deep hip rotator)',
      es: 'Cuadrado femoral (rotador profundo y cuadrado de la cadera)',
    },
    synonyms: [
      'quadratus femoris muscle',
      'cuadrado femoral',
      'cuadrado crural',
      'musculus quadratus femoris',
    ],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'obturator_externus',
    anatomicalName: { en: 'Obturator externus', es: 'Obturador externo' },
    plainName: {
      en: 'Obturator externus (deep hip rotator under the hip joint)',
      es: 'Obturador externo (rotador profundo bajo la articulación de la cadera)',
    },
    synonyms: [
      'external obturator',
      'obturator externus muscle',
      'obturador externo',
      'musculus obturatorius externus',
    ],
    liesIn: ['front_of_hip', 'buttock'],
  }),
  muscle({
    id: 'tensor_fasciae_latae',
    anatomicalName: { en: 'Tensor fasciae latae', es: 'Tensor de la fascia lata' },
    plainName: {
      en: 'Tensor fasciae latae (TFL, front-side hip muscle)',
      es: 'Tensor de la fascia lata (músculo delantero lateral de la cadera)',
    },
    synonyms: ['TFL', 'tensor fascia lata', 'tensor fasciae latae', 'hip flexor', 'tensor de la fascia lata'],
    liesIn: ['front_of_hip', 'side_of_hip'],
  }),
  muscle({
    id: 'sartorius',
    anatomicalName: { en: 'Sartorius', es: 'Sartorio' },
    plainName: {
      en: 'Sartorius (long strap muscle of the thigh)',
      es: 'Sartorio (músculo largo en cinta del muslo)',
    },
    synonyms: ['tailor muscle', "tailor's muscle", 'hip flexor', 'pes anserinus', 'sartorio'],
    liesIn: ['front_of_hip', 'front_of_thigh', 'inside_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'rectus_femoris',
    anatomicalName: { en: 'Rectus femoris', es: 'Recto femoral' },
    plainName: {
      en: 'Rectus femoris (front thigh muscle, part of the quads)',
      es: 'Recto femoral (músculo delantero del muslo, parte del cuádriceps)',
    },
    synonyms: [
      'quads',
      'quadriceps',
      'quad',
      'rectus',
      'front thigh muscle',
      'hip flexor',
      'recto femoral',
      'recto anterior',
    ],
    liesIn: ['front_of_hip', 'front_of_thigh', 'front_of_knee'],
  }),
  muscle({
    id: 'vastus_lateralis',
    anatomicalName: { en: 'Vastus lateralis', es: 'Vasto lateral' },
    plainName: { en: 'Outer quad muscle (vastus lateralis)', es: 'Cuádriceps externo (vasto lateral)' },
    synonyms: ['quads', 'quadriceps', 'VL', 'vasto lateral', 'vasto externo'],
    liesIn: ['front_of_thigh', 'outside_of_thigh', 'front_of_knee', 'outside_of_knee'],
  }),
  muscle({
    id: 'vastus_medialis',
    anatomicalName: { en: 'Vastus medialis', es: 'Vasto medial' },
    plainName: { en: 'Inner quad muscle (vastus medialis)', es: 'Cuádriceps interno (vasto medial)' },
    synonyms: ['quads', 'quadriceps', 'VMO', 'teardrop muscle', 'vasto medial', 'vasto interno'],
    liesIn: ['front_of_thigh', 'inside_of_thigh', 'front_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'vastus_intermedius',
    anatomicalName: { en: 'Vastus intermedius', es: 'Vasto intermedio' },
    plainName: { en: 'Deep quad muscle (vastus intermedius)', es: 'Cuádriceps profundo (vasto intermedio)' },
    synonyms: ['quads', 'quadriceps', 'vasto intermedio', 'crureus', 'crural'],
    liesIn: ['front_of_thigh', 'front_of_knee'],
  }),
  muscle({
    id: 'adductor_longus',
    anatomicalName: { en: 'Adductor longus', es: 'Aductor largo' },
    plainName: {
      en: 'Inner thigh muscle (adductor longus)',
      es: 'Músculo interno del muslo (aductor largo)',
    },
    synonyms: ['adductors', 'groin muscle', 'inner thigh', 'aductor largo', 'aductor mediano'],
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'pectineus',
    anatomicalName: { en: 'Pectineus', es: 'Pectíneo' },
    plainName: {
      en: 'Pectineus (flat muscle at the top of the inner thigh)',
      es: 'Pectíneo (músculo plano en la parte alta de la cara interna del muslo)',
    },
    synonyms: ['pectineus muscle', 'pectineo', 'pectíneo', 'musculus pectineus'],
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'adductor_brevis',
    anatomicalName: { en: 'Adductor brevis', es: 'Aductor corto' },
    plainName: {
      en: 'Short inner thigh muscle (adductor brevis)',
      es: 'Músculo corto de la cara interna del muslo (aductor corto)',
    },
    synonyms: ['short adductor', 'aductor corto', 'aductor menor', 'musculus adductor brevis'],
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'adductor_magnus',
    anatomicalName: { en: 'Adductor magnus', es: 'Aductor mayor' },
    plainName: {
      en: 'Large inner thigh muscle (adductor magnus)',
      es: 'Músculo grande interno del muslo (aductor mayor)',
    },
    synonyms: ['adductors', 'groin muscle', 'inner thigh', 'aductor mayor'],
    liesIn: ['inside_of_thigh', 'back_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'gracilis',
    anatomicalName: { en: 'Gracilis', es: 'Grácil' },
    plainName: { en: 'Gracilis (thin inner thigh muscle)', es: 'Grácil (músculo delgado interno del muslo)' },
    synonyms: ['adductors', 'inner thigh', 'pes anserinus', 'gracil', 'recto interno'],
    liesIn: ['front_of_hip', 'inside_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'biceps_femoris',
    anatomicalName: { en: 'Biceps femoris', es: 'Bíceps femoral' },
    plainName: { en: 'Outer hamstring (biceps femoris)', es: 'Isquiotibial externo (bíceps femoral)' },
    synonyms: ['hamstrings', 'hamstring', 'biceps femoral', 'isquiotibiales', 'lateral hamstring'],
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'outside_of_knee'],
  }),
  muscle({
    id: 'semitendinosus',
    anatomicalName: { en: 'Semitendinosus', es: 'Semitendinoso' },
    plainName: { en: 'Inner hamstring (semitendinosus)', es: 'Isquiotibial interno (semitendinoso)' },
    synonyms: [
      'hamstrings',
      'hamstring',
      'medial hamstring',
      'pes anserinus',
      'semitendinoso',
      'isquiotibiales',
    ],
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'semimembranosus',
    anatomicalName: { en: 'Semimembranosus', es: 'Semimembranoso' },
    plainName: {
      en: 'Deep inner hamstring (semimembranosus)',
      es: 'Isquiotibial interno profundo (semimembranoso)',
    },
    synonyms: ['hamstrings', 'hamstring', 'medial hamstring', 'semimembranoso', 'isquiotibiales'],
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'gastrocnemius',
    anatomicalName: { en: 'Gastrocnemius', es: 'Gastrocnemio' },
    plainName: { en: 'Calf muscle (gastrocnemius)', es: 'Músculo de la pantorrilla (gastrocnemio, gemelos)' },
    synonyms: ['calf muscle', 'gastroc', 'gemelos', 'gastrocnemio', 'calf strain'],
    liesIn: ['back_of_knee', 'calf'],
  }),
  muscle({
    id: 'soleus',
    anatomicalName: { en: 'Soleus', es: 'Sóleo' },
    plainName: { en: 'Soleus (deep calf muscle)', es: 'Sóleo (músculo profundo de la pantorrilla)' },
    synonyms: ['soleus muscle', 'soleo', 'sóleo', 'musculus soleus'],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'tibialis_anterior',
    anatomicalName: { en: 'Tibialis anterior', es: 'Tibial anterior' },
    plainName: { en: 'Shin muscle (tibialis anterior)', es: 'Músculo de la espinilla (tibial anterior)' },
    synonyms: ['anterior tibialis', 'shin muscle', 'tibial anterior', 'musculus tibialis anterior'],
  }),
  muscle({
    id: 'extensor_digitorum_longus',
    anatomicalName: { en: 'Extensor digitorum longus', es: 'Extensor largo de los dedos' },
    plainName: {
      en: 'Long toe lifter (extensor digitorum longus)',
      es: 'Músculo largo que levanta los dedos (extensor largo de los dedos)',
    },
    synonyms: ['edl', 'toe extensor', 'extensor largo de los dedos', 'musculus extensor digitorum longus'],
  }),
  muscle({
    id: 'extensor_hallucis_longus',
    anatomicalName: { en: 'Extensor hallucis longus', es: 'Extensor largo del dedo gordo' },
    plainName: {
      en: 'Big toe lifter (extensor hallucis longus)',
      es: 'Músculo que levanta el dedo gordo (extensor largo del dedo gordo)',
    },
    synonyms: [
      'ehl',
      'big toe extensor',
      'extensor largo del dedo gordo',
      'extensor largo del hallux',
      'musculus extensor hallucis longus',
    ],
  }),
  muscle({
    id: 'fibularis_longus',
    anatomicalName: { en: 'Fibularis longus', es: 'Peroneo largo (fibular largo)' },
    plainName: {
      en: 'Long outer leg muscle (fibularis longus)',
      es: 'Músculo largo de la cara externa de la pierna (peroneo largo)',
    },
    synonyms: [
      'peroneus longus',
      'peroneal muscle',
      'peroneo largo',
      'fibular largo',
      'musculus fibularis longus',
    ],
  }),
  muscle({
    id: 'fibularis_brevis',
    anatomicalName: { en: 'Fibularis brevis', es: 'Peroneo corto (fibular corto)' },
    plainName: {
      en: 'Short outer leg muscle (fibularis brevis)',
      es: 'Músculo corto de la cara externa de la pierna (peroneo corto)',
    },
    synonyms: ['peroneus brevis', 'peroneo corto', 'fibular corto', 'musculus fibularis brevis'],
  }),
  muscle({
    id: 'tibialis_posterior',
    anatomicalName: { en: 'Tibialis posterior', es: 'Tibial posterior' },
    plainName: {
      en: 'Deep calf muscle of the arch (tibialis posterior)',
      es: 'Músculo profundo de la pantorrilla que sostiene el arco (tibial posterior)',
    },
    synonyms: ['posterior tibialis', 'tib post', 'tibial posterior', 'musculus tibialis posterior'],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'flexor_digitorum_longus',
    anatomicalName: { en: 'Flexor digitorum longus', es: 'Flexor largo de los dedos' },
    plainName: {
      en: 'Long toe curler (flexor digitorum longus)',
      es: 'Músculo largo que flexiona los dedos (flexor largo de los dedos)',
    },
    synonyms: ['fdl', 'long toe flexor', 'flexor largo de los dedos', 'musculus flexor digitorum longus'],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'flexor_hallucis_longus',
    anatomicalName: { en: 'Flexor hallucis longus', es: 'Flexor largo del dedo gordo' },
    plainName: {
      en: 'Big toe curler (flexor hallucis longus)',
      es: 'Músculo que flexiona el dedo gordo (flexor largo del dedo gordo)',
    },
    synonyms: [
      'fhl',
      'big toe flexor',
      'flexor largo del dedo gordo',
      'flexor largo del hallux',
      'musculus flexor hallucis longus',
    ],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'popliteus',
    anatomicalName: { en: 'Popliteus', es: 'Poplíteo' },
    plainName: { en: 'Popliteus (knee unlocker)', es: 'Poplíteo (desbloquea la rodilla)' },
    synonyms: ['popliteus muscle', 'popliteo', 'poplíteo', 'musculus popliteus'],
    liesIn: ['back_of_knee'],
  }),
];
