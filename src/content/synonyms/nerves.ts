import type { SynonymsEntry } from '../schema';
import { ROOT_LEVELS, rootId } from '../structures/nerves';

const roots: SynonymsEntry[] = ROOT_LEVELS.map((level) => ({
  id: rootId(level),
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
}));

export const NERVES_SYNONYMS: readonly SynonymsEntry[] = [
  ...roots,
  { id: 'lumbar_plexus', synonyms: ['plexus lumbalis', 'lumbar nerves', 'plexo lumbar'] },
  {
    id: 'femoral_nerve',
    synonyms: [
      'anterior crural nerve',
      'crural nerve',
      'nervio crural',
      'nervio femoral',
      'femoral neuropathy',
    ],
  },
  { id: 'obturator_nerve', synonyms: ['nervus obturatorius', 'nervio obturador', 'obturator'] },
  {
    id: 'lateral_femoral_cutaneous_nerve',
    synonyms: [
      'LFCN',
      'lateral cutaneous nerve of thigh',
      'meralgia paresthetica',
      'nervio cutaneo femoral lateral',
      'femorocutaneous nerve',
    ],
  },
  {
    id: 'sciatic_nerve',
    synonyms: [
      'sciatica',
      'sciatica nerve',
      'ischiadic nerve',
      'nervus ischiadicus',
      'nervio ciatico',
      'ciatica',
    ],
  },
  { id: 'tibial_nerve', synonyms: ['medial popliteal nerve', 'posterior tibial nerve', 'nervio tibial'] },
  {
    id: 'common_fibular_nerve',
    synonyms: [
      'common peroneal nerve',
      'peroneal nerve',
      'lateral popliteal nerve',
      'fibular nerve',
      'nervio peroneo comun',
      'nervio fibular comun',
    ],
  },
  { id: 'superior_gluteal_nerve', synonyms: ['nervus gluteus superior', 'nervio gluteo superior'] },
  { id: 'inferior_gluteal_nerve', synonyms: ['nervus gluteus inferior', 'nervio gluteo inferior'] },
  { id: 'saphenous_nerve', synonyms: ['nervus saphenus', 'infrapatellar branch', 'nervio safeno'] },
  {
    id: 'sural_nerve',
    synonyms: ['nervus suralis', 'short saphenous nerve', 'nervio sural', 'sural nerve entrapment'],
  },
  {
    id: 'superficial_fibular_nerve',
    synonyms: [
      'superficial peroneal nerve',
      'musculocutaneous nerve of the leg',
      'nervio peroneo superficial',
      'nervio fibular superficial',
    ],
  },
  {
    id: 'deep_fibular_nerve',
    synonyms: [
      'deep peroneal nerve',
      'anterior tibial nerve',
      'nervio peroneo profundo',
      'nervio fibular profundo',
    ],
  },
  {
    id: 'posterior_femoral_cutaneous_nerve',
    synonyms: [
      'posterior cutaneous nerve of thigh',
      'PFCN',
      'small sciatic nerve',
      'inferior cluneal nerves',
      'nervio cutaneo femoral posterior',
    ],
  },
  {
    id: 'superior_cluneal_nerves',
    synonyms: [
      'superior cluneal nerve',
      'superior clunial nerves',
      'nervi clunium superiores',
      'cluneal nerve entrapment',
      'nervios cluneos superiores',
    ],
  },
  {
    id: 'ilioinguinal_nerve',
    synonyms: ['nervus ilioinguinalis', 'ilioinguinal neuralgia', 'nervio ilioinguinal'],
  },
  {
    id: 'genitofemoral_nerve',
    synonyms: ['nervus genitofemoralis', 'genitofemoral neuralgia', 'nervio genitofemoral'],
  },
];
