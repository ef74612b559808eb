import type { SynonymsEntry } from '../schema';

export const JOINTS_SYNONYMS: readonly SynonymsEntry[] = [
  { id: 'sacroiliac_joint', synonyms: ['SI joint', 'SIJ', 'sacroiliac', 'articulatio sacroiliaca'] },
  {
    id: 'hip_joint',
    synonyms: [
      'hip',
      'coxofemoral joint',
      'acetabulofemoral joint',
      'hip capsule',
      'ball and socket',
      'cadera',
    ],
  },
  { id: 'knee_joint', synonyms: ['knee', 'tibiofemoral joint', 'patellofemoral joint', 'rodilla'] },
  {
    id: 'greater_trochanteric_bursa',
    synonyms: [
      'trochanteric bursa',
      'bursa',
      'hip bursitis',
      'trochanteric bursitis',
      'greater trochanter bursa',
      'bursitis trocanterea',
    ],
  },
];
