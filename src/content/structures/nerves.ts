/**
 * Nerve roots, plexus and peripheral nerves (paired): names, plain descriptions, where they lie. Their roots,
 * courses, territories and references are in facts/nerves.ts. A root's plain description names the regions
 * of its pain map (connections/nerveBranches.ts), so the two cannot disagree; dermatomes: Lee et al. 2008.
 */
import { ROOT_BRANCHES, type RootId } from '../connections/nerveBranches';
import { regionList } from '../connections/phrases';
import { REGION_IDS, type RegionId } from '../ids';
import type { Localized, Structure } from '../schema';

type NerveEntry = Omit<Structure, 'kind' | 'layer'>;

const nerve = (n: NerveEntry): Structure => ({ kind: 'nerve', layer: 'nerves', ...n });

/** The roots of the model, from the top down. */
export const ROOT_LEVELS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'] as const;
export type RootLevel = (typeof ROOT_LEVELS)[number];

/** A root's structure id: 'L4' -> 'l4_nerve_root'. */
export const rootId = (level: RootLevel) =>
  `${level.toLowerCase() as Lowercase<RootLevel>}_nerve_root` as const;

/** The regions a root's pain map reaches, in body order; none for S2 and S3, which have no map. */
function mappedRegions(id: string): RegionId[] {
  const branches = id in ROOT_BRANCHES ? ROOT_BRANCHES[id as RootId] : [];
  const reached = new Set(branches.flatMap((b) => b.to));
  return REGION_IDS.filter((r) => reached.has(r));
}

/**
 * Below the knee the model has only the calf as a region; where a root's pain goes on further (its
 * dermatome: Lee et al. 2008), the description says so in words.
 */
const FURTHER: Partial<Record<RootLevel, Localized>> = {
  L4: { en: ', and on down the inside of the leg', es: ', y seguir por la cara interna de la pierna' },
  L5: {
    en: ', and on down the outside of the leg to the top of the foot',
    es: ', y seguir por la cara externa de la pierna hasta el dorso del pie',
  },
  S1: {
    en: ', and on to the outer edge and the sole of the foot',
    es: ', y seguir hasta el borde externo y la planta del pie',
  },
};

/** Plain words: where a pinched root's pain can be felt (standard anatomy), or that no map is drawn. */
function rootDescription(level: RootLevel, id: string): Localized {
  const regions = mappedRegions(id);
  const where = level.startsWith('S')
    ? { en: 'the spine through the sacrum', es: 'la columna por el sacro' }
    : { en: 'the spine in the low back', es: 'la columna en la parte baja de la espalda' };
  if (regions.length === 0)
    return {
      en: `The ${level} nerve where it leaves ${where.en}. It helps form the sciatic nerve; this explorer draws no pain map for it.`,
      es: `El nervio ${level} en el punto donde sale de ${where.es}. Forma parte del nervio ciático; este explorador no dibuja un mapa de dolor para él.`,
    };
  const list = regionList(regions);
  const further = FURTHER[level] ?? { en: '', es: '' };
  return {
    en: `The ${level} nerve where it leaves ${where.en}. If it is pinched, pain can be felt in ${list.en}${further.en}.`,
    es: `El nervio ${level} en el punto donde sale de ${where.es}. Si se aprieta, el dolor se puede sentir en ${list.es}${further.es}.`,
  };
}

const roots: Structure[] = ROOT_LEVELS.map((level) => {
  const id = rootId(level);
  return nerve({
    id,
    anatomicalName: { en: `${level} spinal nerve root`, es: `Raíz del nervio espinal ${level}` },
    plainName: { en: `${level} nerve root`, es: `Raíz nerviosa ${level}` },
    description: rootDescription(level, id),
    synonyms: [
      level,
      `${level} root`,
      `${level} nerve`,
      'nerve root',
      'spinal nerve',
      'pinched nerve',
      'radiculopathy',
      'raiz nerviosa',
    ],
    liesIn: level.startsWith('S') ? ['low_back', 'sacroiliac_area'] : ['low_back'],
  });
});

export const NERVES: Structure[] = [
  ...roots,
  nerve({
    id: 'lumbar_plexus',
    anatomicalName: { en: 'Lumbar plexus', es: 'Plexo lumbar' },
    plainName: {
      en: 'Lumbar plexus (nerve junction in the low back)',
      es: 'Plexo lumbar (cruce de nervios en la espalda baja)',
    },
    description: {
      en: 'A network where the low back nerves mix before they become the nerves of the front and inside of the thigh.',
      es: 'Una red donde se mezclan los nervios de la espalda baja antes de formar los nervios de la parte delantera e interna del muslo.',
    },
    synonyms: ['plexus lumbalis', 'lumbar nerves', 'plexo lumbar'],
    liesIn: ['low_back'],
  }),
  nerve({
    id: 'femoral_nerve',
    anatomicalName: { en: 'Femoral nerve', es: 'Nervio femoral' },
    plainName: {
      en: 'Femoral nerve (front of thigh nerve)',
      es: 'Nervio femoral (nervio de la parte delantera del muslo)',
    },
    description: {
      en: 'The nerve that runs through the groin to the front of the thigh; it works the quads and gives feeling to the front of the thigh.',
      es: 'El nervio que pasa por la ingle hacia la parte delantera del muslo; mueve el cuádriceps y da sensibilidad a la parte delantera del muslo.',
    },
    synonyms: [
      'anterior crural nerve',
      'crural nerve',
      'nervio crural',
      'nervio femoral',
      'femoral neuropathy',
    ],
    liesIn: ['front_of_hip', 'front_of_thigh'],
  }),
  nerve({
    id: 'obturator_nerve',
    anatomicalName: { en: 'Obturator nerve', es: 'Nervio obturador' },
    plainName: {
      en: 'Obturator nerve (inner thigh nerve)',
      es: 'Nervio obturador (nervio de la parte interna del muslo)',
    },
    description: {
      en: 'The nerve that goes through a hole in the pelvis to the inner thigh muscles and skin.',
      es: 'El nervio que pasa por un agujero de la pelvis hacia los músculos y la piel de la parte interna del muslo.',
    },
    synonyms: ['nervus obturatorius', 'nervio obturador', 'obturator'],
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  nerve({
    id: 'lateral_femoral_cutaneous_nerve',
    anatomicalName: { en: 'Lateral femoral cutaneous nerve', es: 'Nervio cutáneo femoral lateral' },
    plainName: {
      en: 'Outer thigh skin nerve (lateral femoral cutaneous nerve)',
      es: 'Nervio de la piel del muslo externo (nervio cutáneo femoral lateral)',
    },
    description: {
      en: 'A nerve for feeling only; it passes near the front bony point of the hip and gives feeling to the outside of the thigh.',
      es: 'Un nervio solo de sensibilidad; pasa cerca del hueso saliente delantero de la cadera y da sensibilidad a la parte externa del muslo.',
    },
    synonyms: [
      'LFCN',
      'lateral cutaneous nerve of thigh',
      'meralgia paresthetica',
      'nervio cutaneo femoral lateral',
      'femorocutaneous nerve',
    ],
    liesIn: ['front_of_hip', 'outside_of_thigh'],
  }),
  nerve({
    id: 'sciatic_nerve',
    anatomicalName: { en: 'Sciatic nerve', es: 'Nervio isquiático (ciático)' },
    plainName: { en: 'Sciatic nerve', es: 'Nervio ciático' },
    description: {
      en: 'The largest nerve in the body; it runs from the low back through the buttock down the back of the thigh.',
      es: 'El nervio más grande del cuerpo; va desde la espalda baja, pasa por la nalga y baja por la parte de atrás del muslo.',
    },
    synonyms: [
      'sciatica',
      'sciatica nerve',
      'ischiadic nerve',
      'nervus ischiadicus',
      'nervio ciatico',
      'ciatica',
    ],
    liesIn: ['buttock', 'back_of_thigh'],
  }),
  nerve({
    id: 'tibial_nerve',
    anatomicalName: { en: 'Tibial nerve', es: 'Nervio tibial' },
    plainName: {
      en: 'Tibial nerve (back of knee and calf nerve)',
      es: 'Nervio tibial (nervio de la corva y la pantorrilla)',
    },
    description: {
      en: 'The branch of the sciatic nerve that runs through the back of the knee into the calf and the sole.',
      es: 'La rama del nervio ciático que pasa por la parte de atrás de la rodilla hacia la pantorrilla y la planta del pie.',
    },
    synonyms: ['medial popliteal nerve', 'posterior tibial nerve', 'nervio tibial'],
    liesIn: ['back_of_knee', 'calf'],
  }),
  nerve({
    id: 'common_fibular_nerve',
    anatomicalName: { en: 'Common fibular (peroneal) nerve', es: 'Nervio peroneo (fibular) común' },
    plainName: {
      en: 'Common fibular nerve (outer knee nerve)',
      es: 'Nervio peroneo común (nervio externo de la rodilla)',
    },
    description: {
      en: 'The branch of the sciatic nerve that wraps around the outside of the knee just below the joint.',
      es: 'La rama del nervio ciático que rodea la parte externa de la rodilla justo debajo de la articulación.',
    },
    synonyms: [
      'common peroneal nerve',
      'peroneal nerve',
      'lateral popliteal nerve',
      'fibular nerve',
      'nervio peroneo comun',
      'nervio fibular comun',
    ],
    liesIn: ['back_of_knee', 'outside_of_knee'],
  }),
  nerve({
    id: 'superior_gluteal_nerve',
    anatomicalName: { en: 'Superior gluteal nerve', es: 'Nervio glúteo superior' },
    plainName: {
      en: 'Superior gluteal nerve (side hip muscle nerve)',
      es: 'Nervio glúteo superior (nervio de los músculos del costado de la cadera)',
    },
    description: {
      en: 'The nerve that works the muscles on the side of the hip which keep the pelvis level. It moves muscles only and carries no feeling from the skin.',
      es: 'El nervio que mueve los músculos del costado de la cadera que mantienen la pelvis nivelada. Solo mueve músculos y no lleva sensibilidad de la piel.',
    },
    synonyms: ['nervus gluteus superior', 'nervio gluteo superior'],
    liesIn: ['buttock'],
  }),
  nerve({
    id: 'inferior_gluteal_nerve',
    anatomicalName: { en: 'Inferior gluteal nerve', es: 'Nervio glúteo inferior' },
    plainName: {
      en: 'Inferior gluteal nerve (large buttock muscle nerve)',
      es: 'Nervio glúteo inferior (nervio del músculo grande de la nalga)',
    },
    description: {
      en: 'The nerve that works the big buttock muscle. It moves the muscle only and carries no feeling from the skin.',
      es: 'El nervio que mueve el músculo grande de la nalga. Solo mueve el músculo y no lleva sensibilidad de la piel.',
    },
    synonyms: ['nervus gluteus inferior', 'nervio gluteo inferior'],
    liesIn: ['buttock'],
  }),
  nerve({
    id: 'saphenous_nerve',
    anatomicalName: { en: 'Saphenous nerve', es: 'Nervio safeno' },
    plainName: {
      en: 'Saphenous nerve (inner knee skin nerve)',
      es: 'Nervio safeno (nervio de la piel interna de la rodilla)',
    },
    description: {
      en: 'A long feeling nerve, a branch of the femoral nerve, that gives feeling to the inside of the knee and leg.',
      es: 'Un nervio largo de sensibilidad, rama del nervio femoral, que da sensibilidad a la parte interna de la rodilla y de la pierna.',
    },
    synonyms: ['nervus saphenus', 'infrapatellar branch', 'nervio safeno'],
    liesIn: ['inside_of_thigh', 'inside_of_knee'],
  }),
];
