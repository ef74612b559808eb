import type { SynonymsEntry } from '../schema';

export const MUSCLES_SYNONYMS: readonly SynonymsEntry[] = [
  {
    id: 'psoas_major',
    synonyms: ['psoas', 'iliopsoas', 'hip flexor', 'psoas mayor', 'musculus psoas major'],
  },
  { id: 'iliacus', synonyms: ['iliopsoas', 'hip flexor', 'iliaco', 'musculus iliacus'] },
  {
    id: 'quadratus_lumborum',
    synonyms: ['QL', 'quadratus', 'cuadrado lumbar', 'musculus quadratus lumborum'],
  },
  {
    id: 'erector_spinae',
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
  },
  {
    id: 'multifidus',
    synonyms: ['lumbar multifidus', 'multifidi', 'transversospinalis', 'multifido', 'musculo multifido'],
  },
  {
    id: 'gluteus_maximus',
    synonyms: ['glutes', 'glute max', 'buttock muscle', 'gluteo mayor', 'gluteus max'],
  },
  { id: 'gluteus_medius', synonyms: ['glute med', 'hip abductor', 'gluteo medio', 'gluteus med'] },
  { id: 'gluteus_minimus', synonyms: ['glute min', 'hip abductor', 'gluteo menor', 'gluteo minimo'] },
  {
    id: 'piriformis',
    synonyms: ['hip external rotator', 'lateral rotator', 'piriforme', 'piriformis syndrome'],
  },
  {
    id: 'gemellus_superior',
    synonyms: ['superior gemellus', 'gemellus superior muscle', 'musculus gemellus superior'],
  },
  {
    id: 'obturator_internus',
    synonyms: [
      'internal obturator',
      'obturator internus muscle',
      'obturador interno',
      'musculus obturatorius internus',
    ],
  },
  {
    id: 'gemellus_inferior',
    synonyms: ['inferior gemellus', 'gemellus inferior muscle', 'musculus gemellus inferior'],
  },
  {
    id: 'quadratus_femoris',
    synonyms: [
      'quadratus femoris muscle',
      'cuadrado femoral',
      'cuadrado crural',
      'musculus quadratus femoris',
    ],
  },
  {
    id: 'obturator_externus',
    synonyms: [
      'external obturator',
      'obturator externus muscle',
      'obturador externo',
      'musculus obturatorius externus',
    ],
  },
  {
    id: 'tensor_fasciae_latae',
    synonyms: ['TFL', 'tensor fascia lata', 'tensor fasciae latae', 'hip flexor', 'tensor de la fascia lata'],
  },
  {
    id: 'sartorius',
    synonyms: ['tailor muscle', "tailor's muscle", 'hip flexor', 'pes anserinus', 'sartorio'],
  },
  {
    id: 'rectus_femoris',
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
  },
  { id: 'vastus_lateralis', synonyms: ['quads', 'quadriceps', 'VL', 'vasto lateral', 'vasto externo'] },
  {
    id: 'vastus_medialis',
    synonyms: ['quads', 'quadriceps', 'VMO', 'teardrop muscle', 'vasto medial', 'vasto interno'],
  },
  { id: 'vastus_intermedius', synonyms: ['quads', 'quadriceps', 'vasto intermedio', 'crureus', 'crural'] },
  {
    id: 'adductor_longus',
    synonyms: ['adductors', 'groin muscle', 'inner thigh', 'aductor largo', 'aductor mediano'],
  },
  { id: 'pectineus', synonyms: ['pectineus muscle', 'pectineo', 'pectíneo', 'musculus pectineus'] },
  {
    id: 'adductor_brevis',
    synonyms: ['short adductor', 'aductor corto', 'aductor menor', 'musculus adductor brevis'],
  },
  { id: 'adductor_magnus', synonyms: ['adductors', 'groin muscle', 'inner thigh', 'aductor mayor'] },
  { id: 'gracilis', synonyms: ['adductors', 'inner thigh', 'pes anserinus', 'gracil', 'recto interno'] },
  {
    id: 'biceps_femoris',
    synonyms: ['hamstrings', 'hamstring', 'biceps femoral', 'isquiotibiales', 'lateral hamstring'],
  },
  {
    id: 'semitendinosus',
    synonyms: [
      'hamstrings',
      'hamstring',
      'medial hamstring',
      'pes anserinus',
      'semitendinoso',
      'isquiotibiales',
    ],
  },
  {
    id: 'semimembranosus',
    synonyms: ['hamstrings', 'hamstring', 'medial hamstring', 'semimembranoso', 'isquiotibiales'],
  },
  { id: 'gastrocnemius', synonyms: ['calf muscle', 'gastroc', 'gemelos', 'gastrocnemio', 'calf strain'] },
  { id: 'soleus', synonyms: ['soleus muscle', 'soleo', 'sóleo', 'musculus soleus'] },
  {
    id: 'tibialis_anterior',
    synonyms: ['anterior tibialis', 'shin muscle', 'tibial anterior', 'musculus tibialis anterior'],
  },
  {
    id: 'extensor_digitorum_longus',
    synonyms: ['edl', 'toe extensor', 'extensor largo de los dedos', 'musculus extensor digitorum longus'],
  },
  {
    id: 'extensor_hallucis_longus',
    synonyms: [
      'ehl',
      'big toe extensor',
      'extensor largo del dedo gordo',
      'extensor largo del hallux',
      'musculus extensor hallucis longus',
    ],
  },
  {
    id: 'fibularis_longus',
    synonyms: [
      'peroneus longus',
      'peroneal muscle',
      'peroneo largo',
      'fibular largo',
      'musculus fibularis longus',
    ],
  },
  {
    id: 'fibularis_brevis',
    synonyms: ['peroneus brevis', 'peroneo corto', 'fibular corto', 'musculus fibularis brevis'],
  },
  {
    id: 'tibialis_posterior',
    synonyms: ['posterior tibialis', 'tib post', 'tibial posterior', 'musculus tibialis posterior'],
  },
  {
    id: 'flexor_digitorum_longus',
    synonyms: ['fdl', 'long toe flexor', 'flexor largo de los dedos', 'musculus flexor digitorum longus'],
  },
  {
    id: 'flexor_hallucis_longus',
    synonyms: [
      'fhl',
      'big toe flexor',
      'flexor largo del dedo gordo',
      'flexor largo del hallux',
      'musculus flexor hallucis longus',
    ],
  },
  { id: 'popliteus', synonyms: ['popliteus muscle', 'popliteo', 'poplíteo', 'musculus popliteus'] },
  {
    id: 'quadratus_plantae',
    synonyms: [
      'flexor accessorius',
      'accessory flexor',
      'cuadrado plantar',
      'flexor accesorio',
      'musculus quadratus plantae',
    ],
  },
  {
    id: 'flexor_digitorum_brevis',
    synonyms: [
      'fdb',
      'short toe flexor',
      'flexor corto de los dedos',
      'flexor corto de los dedos del pie',
      'musculus flexor digitorum brevis',
    ],
  },
  {
    id: 'abductor_hallucis',
    synonyms: [
      'big toe abductor',
      'abductor del dedo gordo',
      'abductor del hallux',
      'abductor del primer dedo',
      'musculus abductor hallucis',
    ],
  },
  {
    id: 'abductor_digiti_minimi',
    synonyms: [
      'abductor digiti minimi pedis',
      'abductor digiti quinti',
      'little toe abductor',
      'abductor del dedo pequeño',
      'abductor del quinto dedo',
      'musculus abductor digiti minimi',
    ],
  },
  {
    id: 'flexor_hallucis_brevis',
    synonyms: [
      'fhb',
      'short flexor of the great toe',
      'flexor corto del dedo gordo',
      'flexor corto del hallux',
      'flexor corto del primer dedo',
      'musculus flexor hallucis brevis',
    ],
  },
  {
    id: 'adductor_hallucis',
    synonyms: [
      'adductor of the great toe',
      'big toe adductor',
      'aductor del dedo gordo',
      'aductor del hallux',
      'aductor del primer dedo',
      'musculus adductor hallucis',
    ],
  },
  {
    id: 'flexor_digiti_minimi_brevis',
    synonyms: [
      'flexor digiti minimi brevis pedis',
      'flexor digiti quinti brevis',
      'short flexor of the little toe',
      'flexor corto del dedo pequeño',
      'flexor corto del quinto dedo',
      'musculus flexor digiti minimi brevis',
    ],
  },
  {
    id: 'lumbricals',
    synonyms: [
      'lumbricals of the foot',
      'lumbrical muscles of the foot',
      'lumbricales',
      'lumbricales del pie',
      'músculos lumbricales',
      'musculi lumbricales pedis',
    ],
  },
  {
    id: 'dorsal_interossei_of_foot',
    synonyms: [
      'dorsal interossei',
      'dorsal interosseous muscles of the foot',
      'interóseos dorsales',
      'músculos interóseos dorsales del pie',
      'musculi interossei dorsales pedis',
    ],
  },
  {
    id: 'plantar_interossei',
    synonyms: [
      'plantar interossei of the foot',
      'plantar interosseous muscles',
      'interóseos plantares del pie',
      'músculos interóseos plantares',
      'musculi interossei plantares',
    ],
  },
];
