/**
 * Nerve roots, plexus and peripheral nerves (paired): names and where they lie (synonyms: synonyms/nerves.ts). Their plain
 * descriptions are in descriptions/nerves.ts; their roots, courses, territories and references in
 * facts/nerves.ts.
 */
import type { Structure } from '../schema';

type NerveEntry = Omit<Structure, 'kind' | 'layer'>;

const nerve = (n: NerveEntry): Structure => ({ kind: 'nerve', layer: 'nerves', ...n });

/** The roots of the model, from the top down. */
export const ROOT_LEVELS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'] as const;
export type RootLevel = (typeof ROOT_LEVELS)[number];

/** A root's structure id: 'L4' -> 'l4_nerve_root'. */
export const rootId = (level: RootLevel) =>
  `${level.toLowerCase() as Lowercase<RootLevel>}_nerve_root` as const;

const roots: Structure[] = ROOT_LEVELS.map((level) => {
  const id = rootId(level);
  return nerve({
    id,
    anatomicalName: { en: `${level} spinal nerve root`, es: `Raíz del nervio espinal ${level}` },
    plainName: { en: `${level} nerve root`, es: `Raíz nerviosa ${level}` },
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
    liesIn: ['low_back'],
  }),
  nerve({
    id: 'femoral_nerve',
    anatomicalName: { en: 'Femoral nerve', es: 'Nervio femoral' },
    plainName: {
      en: 'Femoral nerve (front of thigh nerve)',
      es: 'Nervio femoral (nervio de la parte delantera del muslo)',
    },
    liesIn: ['front_of_hip', 'front_of_thigh'],
  }),
  nerve({
    id: 'obturator_nerve',
    anatomicalName: { en: 'Obturator nerve', es: 'Nervio obturador' },
    plainName: {
      en: 'Obturator nerve (inner thigh nerve)',
      es: 'Nervio obturador (nervio de la parte interna del muslo)',
    },
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  nerve({
    id: 'lateral_femoral_cutaneous_nerve',
    anatomicalName: { en: 'Lateral femoral cutaneous nerve', es: 'Nervio cutáneo femoral lateral' },
    plainName: {
      en: 'Outer thigh skin nerve (lateral femoral cutaneous nerve)',
      es: 'Nervio de la piel del muslo externo (nervio cutáneo femoral lateral)',
    },
    liesIn: ['front_of_hip', 'outside_of_thigh'],
  }),
  nerve({
    id: 'sciatic_nerve',
    anatomicalName: { en: 'Sciatic nerve', es: 'Nervio isquiático (ciático)' },
    plainName: { en: 'Sciatic nerve', es: 'Nervio ciático' },
    liesIn: ['buttock', 'back_of_thigh'],
  }),
  nerve({
    id: 'tibial_nerve',
    anatomicalName: { en: 'Tibial nerve', es: 'Nervio tibial' },
    plainName: {
      en: 'Tibial nerve (back of knee and calf nerve)',
      es: 'Nervio tibial (nervio de la corva y la pantorrilla)',
    },
    liesIn: ['back_of_knee', 'calf'],
  }),
  nerve({
    id: 'common_fibular_nerve',
    anatomicalName: { en: 'Common fibular (peroneal) nerve', es: 'Nervio peroneo (fibular) común' },
    plainName: {
      en: 'Common fibular nerve (outer knee nerve)',
      es: 'Nervio peroneo común (nervio externo de la rodilla)',
    },
    liesIn: ['back_of_knee', 'outside_of_knee'],
  }),
  nerve({
    id: 'superior_gluteal_nerve',
    anatomicalName: { en: 'Superior gluteal nerve', es: 'Nervio glúteo superior' },
    plainName: {
      en: 'Superior gluteal nerve (side hip muscle nerve)',
      es: 'Nervio glúteo superior (nervio de los músculos del costado de la cadera)',
    },
    liesIn: ['buttock'],
  }),
  nerve({
    id: 'inferior_gluteal_nerve',
    anatomicalName: { en: 'Inferior gluteal nerve', es: 'Nervio glúteo inferior' },
    plainName: {
      en: 'Inferior gluteal nerve (large buttock muscle nerve)',
      es: 'Nervio glúteo inferior (nervio del músculo grande de la nalga)',
    },
    liesIn: ['buttock'],
  }),
  nerve({
    id: 'saphenous_nerve',
    anatomicalName: { en: 'Saphenous nerve', es: 'Nervio safeno' },
    plainName: {
      en: 'Saphenous nerve (inner knee skin nerve)',
      es: 'Nervio safeno (nervio de la piel interna de la rodilla)',
    },
    liesIn: ['inside_of_thigh', 'inside_of_knee'],
  }),
  nerve({
    id: 'sural_nerve',
    anatomicalName: { en: 'Sural nerve', es: 'Nervio sural' },
    plainName: {
      en: 'Sural nerve (back of the calf and outer foot skin nerve)',
      es: 'Nervio sural (nervio de la piel de la pantorrilla y del borde externo del pie)',
    },
    liesIn: ['calf'],
  }),
  nerve({
    id: 'superficial_fibular_nerve',
    anatomicalName: {
      en: 'Superficial fibular (peroneal) nerve',
      es: 'Nervio peroneo (fibular) superficial',
    },
    plainName: {
      en: 'Superficial fibular nerve (outer leg and top of the foot skin nerve)',
      es: 'Nervio peroneo superficial (nervio de la cara externa de la pierna y del dorso del pie)',
    },
  }),
  nerve({
    id: 'deep_fibular_nerve',
    anatomicalName: { en: 'Deep fibular (peroneal) nerve', es: 'Nervio peroneo (fibular) profundo' },
    plainName: {
      en: 'Deep fibular nerve (front of the shin nerve that lifts the foot)',
      es: 'Nervio peroneo profundo (nervio de la parte delantera de la pierna que levanta el pie)',
    },
  }),
  nerve({
    id: 'posterior_femoral_cutaneous_nerve',
    anatomicalName: {
      en: 'Posterior femoral cutaneous nerve',
      es: 'Nervio cutáneo femoral posterior',
    },
    plainName: {
      en: 'Back of the thigh skin nerve (posterior femoral cutaneous nerve)',
      es: 'Nervio de la piel de la parte de atrás del muslo (nervio cutáneo femoral posterior)',
    },
    liesIn: ['buttock', 'back_of_thigh'],
  }),
  nerve({
    id: 'superior_cluneal_nerves',
    anatomicalName: { en: 'Superior clunial (cluneal) nerves', es: 'Nervios clúneos superiores' },
    plainName: {
      en: 'Upper buttock skin nerves (superior cluneal nerves)',
      es: 'Nervios de la piel de la parte alta de la nalga (nervios clúneos superiores)',
    },
    liesIn: ['low_back', 'buttock'],
  }),
  nerve({
    id: 'ilioinguinal_nerve',
    anatomicalName: { en: 'Ilioinguinal nerve', es: 'Nervio ilioinguinal' },
    plainName: {
      en: 'Ilioinguinal nerve (groin skin nerve)',
      es: 'Nervio ilioinguinal (nervio de la piel de la ingle)',
    },
    liesIn: ['front_of_hip'],
  }),
  nerve({
    id: 'genitofemoral_nerve',
    anatomicalName: { en: 'Genitofemoral nerve', es: 'Nervio genitofemoral' },
    plainName: {
      en: 'Genitofemoral nerve (groin and upper thigh skin nerve)',
      es: 'Nervio genitofemoral (nervio de la piel de la ingle y de la parte alta del muslo)',
    },
    liesIn: ['low_back', 'front_of_hip'],
  }),
];
