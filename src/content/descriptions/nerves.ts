/**
 * Plain descriptions of the nerve roots, plexus and nerves (structures/nerves.ts). A root's description names
 * the regions of its pain map (connections/nerveBranches.ts), so the two cannot disagree; dermatomes: Lee et
 * al. 2008.
 */
import { ROOT_BRANCHES, type RootId } from '../connections/nerveBranches';
import { regionList } from '../connections/phrases';
import { REGION_IDS, type RegionId } from '../ids';
import type { DescriptionEntry, Localized } from '../schema';
import { ROOT_LEVELS, rootId, type RootLevel } from '../structures/nerves';

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

export const NERVE_DESCRIPTIONS: DescriptionEntry[] = [
  ...ROOT_LEVELS.map((level) => ({ id: rootId(level), description: rootDescription(level, rootId(level)) })),
  {
    id: 'lumbar_plexus',
    description: {
      en: 'A network where the low back nerves mix before they become the nerves of the front and inside of the thigh.',
      es: 'Una red donde se mezclan los nervios de la espalda baja antes de formar los nervios de la parte delantera e interna del muslo.',
    },
  },
  {
    id: 'femoral_nerve',
    description: {
      en: 'The nerve that runs through the groin to the front of the thigh; it works the quads and gives feeling to the front of the thigh.',
      es: 'El nervio que pasa por la ingle hacia la parte delantera del muslo; mueve el cuádriceps y da sensibilidad a la parte delantera del muslo.',
    },
  },
  {
    id: 'obturator_nerve',
    description: {
      en: 'The nerve that goes through a hole in the pelvis to the inner thigh muscles and skin.',
      es: 'El nervio que pasa por un agujero de la pelvis hacia los músculos y la piel de la parte interna del muslo.',
    },
  },
  {
    id: 'lateral_femoral_cutaneous_nerve',
    description: {
      en: 'A nerve for feeling only; it passes near the front bony point of the hip and gives feeling to the outside of the thigh.',
      es: 'Un nervio solo de sensibilidad; pasa cerca del hueso saliente delantero de la cadera y da sensibilidad a la parte externa del muslo.',
    },
  },
  {
    id: 'sciatic_nerve',
    description: {
      en: 'The largest nerve in the body; it runs from the low back through the buttock down the back of the thigh.',
      es: 'El nervio más grande del cuerpo; va desde la espalda baja, pasa por la nalga y baja por la parte de atrás del muslo.',
    },
  },
  {
    id: 'tibial_nerve',
    description: {
      en: 'The branch of the sciatic nerve that runs through the back of the knee into the calf and the sole.',
      es: 'La rama del nervio ciático que pasa por la parte de atrás de la rodilla hacia la pantorrilla y la planta del pie.',
    },
  },
  {
    id: 'common_fibular_nerve',
    description: {
      en: 'The branch of the sciatic nerve that wraps around the outside of the knee just below the joint.',
      es: 'La rama del nervio ciático que rodea la parte externa de la rodilla justo debajo de la articulación.',
    },
  },
  {
    id: 'superior_gluteal_nerve',
    description: {
      en: 'The nerve that works the muscles on the side of the hip which keep the pelvis level. It moves muscles only and carries no feeling from the skin.',
      es: 'El nervio que mueve los músculos del costado de la cadera que mantienen la pelvis nivelada. Solo mueve músculos y no lleva sensibilidad de la piel.',
    },
  },
  {
    id: 'inferior_gluteal_nerve',
    description: {
      en: 'The nerve that works the big buttock muscle. It moves the muscle only and carries no feeling from the skin.',
      es: 'El nervio que mueve el músculo grande de la nalga. Solo mueve el músculo y no lleva sensibilidad de la piel.',
    },
  },
  {
    id: 'saphenous_nerve',
    description: {
      en: 'A long feeling nerve, a branch of the femoral nerve, that gives feeling to the inside of the knee and leg.',
      es: 'Un nervio largo de sensibilidad, rama del nervio femoral, que da sensibilidad a la parte interna de la rodilla y de la pierna.',
    },
  },
  {
    id: 'sural_nerve',
    description: {
      en: 'A thin feeling nerve made from branches of the two knee nerves; it runs down the back of the calf, behind the outer ankle bone, to the outer edge of the foot.',
      es: 'Un nervio fino de sensibilidad formado por ramas de los dos nervios de la rodilla; baja por la parte de atrás de la pantorrilla, pasa por detrás del hueso externo del tobillo y llega al borde externo del pie.',
    },
  },
  {
    id: 'superficial_fibular_nerve',
    description: {
      en: 'A branch of the nerve at the outside of the knee; it works the muscles on the outside of the leg that turn the foot out, and gives feeling to the lower outer leg and the top of the foot.',
      es: 'Una rama del nervio de la parte externa de la rodilla; mueve los músculos de la cara externa de la pierna que giran el pie hacia fuera y da sensibilidad a la parte baja de la cara externa de la pierna y al dorso del pie.',
    },
  },
  {
    id: 'deep_fibular_nerve',
    description: {
      en: 'A branch of the nerve at the outside of the knee that runs deep down the front of the shin; it works the muscles that lift the foot and toes, and gives feeling to the skin between the big toe and the second toe.',
      es: 'Una rama del nervio de la parte externa de la rodilla que baja en profundidad por la parte delantera de la pierna; mueve los músculos que levantan el pie y los dedos y da sensibilidad a la piel entre el dedo gordo y el segundo dedo.',
    },
  },
  {
    id: 'posterior_femoral_cutaneous_nerve',
    description: {
      en: 'A feeling nerve that leaves the pelvis beside the sciatic nerve and runs down the back of the thigh just under the skin, to the back of the knee.',
      es: 'Un nervio de sensibilidad que sale de la pelvis junto al nervio ciático y baja por la parte de atrás del muslo, justo bajo la piel, hasta la parte de atrás de la rodilla.',
    },
  },
  {
    id: 'superior_cluneal_nerves',
    description: {
      en: 'Small feeling nerves from the low back that cross the top of the pelvic bone to the skin of the upper buttock.',
      es: 'Nervios pequeños de sensibilidad que salen de la espalda baja y cruzan el borde superior del hueso de la pelvis hacia la piel de la parte alta de la nalga.',
    },
  },
  {
    id: 'ilioinguinal_nerve',
    description: {
      en: 'A nerve from the low back that runs along the inside of the hip bone and through the groin; it gives feeling to the skin of the groin and the top of the inner thigh.',
      es: 'Un nervio de la espalda baja que recorre la cara interna del hueso de la cadera y atraviesa la ingle; da sensibilidad a la piel de la ingle y de la parte alta de la cara interna del muslo.',
    },
  },
  {
    id: 'genitofemoral_nerve',
    description: {
      en: 'A nerve from the low back that runs down the front of the hip flexor muscle; one branch gives feeling to the skin just below the groin crease.',
      es: 'Un nervio de la espalda baja que baja por delante del músculo flexor de la cadera; una de sus ramas da sensibilidad a la piel justo por debajo del pliegue de la ingle.',
    },
  },
];
