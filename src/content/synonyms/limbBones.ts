import type { SynonymsEntry } from '../schema';

export const LIMB_BONES_SYNONYMS: readonly SynonymsEntry[] = [
  {
    id: 'hip_bone',
    synonyms: [
      'os coxae',
      'innominate bone',
      'pelvis',
      'pelvic bone',
      'ilium',
      'ischium',
      'pubis',
      'iliac crest',
    ],
  },
  { id: 'femur', synonyms: ['thigh bone', 'thighbone', 'os femoris', 'greater trochanter', 'femoral head'] },
  { id: 'patella', synonyms: ['kneecap', 'knee cap', 'patellofemoral joint', 'rotula'] },
  { id: 'tibia', synonyms: ['shin bone', 'shinbone', "Gerdy's tubercle", 'tibial tuberosity'] },
  { id: 'fibula', synonyms: ['calf bone', 'perone', 'fibular head', 'head of fibula'] },
];
