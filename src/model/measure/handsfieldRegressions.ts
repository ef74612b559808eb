/**
 * Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS 2014, "Relationships of 35 lower limb muscles to
 * height and body mass quantified using MRI", J Biomech 47:631–638, Appendix A, Supplementary Table 3: each
 * muscle's volume regressed on the total lower-limb muscle volume, V = b1 · V_total + b2 (cm³), with
 * V_total = 47 · height (m) · mass (kg) + 1285 cm³ (the paper's regression on height × mass).
 *
 * The paper pools some muscles: the gemelli ("small external rotators"), the fibulares, and extensor digitorum
 * and hallucis longus; the biceps femoris and gastrocnemius heads are given apart (summed here). `parts` names the model's
 * structures that make up each entry. volume.test.ts checks that these regressions, at the subject of
 * Rajagopal et al. 2016 (1.70 m, 75 kg), give back that model's volumes (muscleVolumes.ts) within 4 %.
 */

export interface Regression {
  /** [b1, b2] per head the paper measures apart (slope on the total volume, intercept in cm³); summed. */
  readonly heads: readonly (readonly [number, number])[];
  /** The model's structure ids whose volumes sum to this entry (default: the entry's own id). */
  readonly parts?: readonly string[];
}

export const HANDSFIELD_REGRESSIONS: Readonly<Record<string, Regression>> = {
  gluteus_maximus: { heads: [[0.123, -25.4]] },
  adductor_magnus: { heads: [[0.0793, -4.7]] },
  gluteus_medius: { heads: [[0.0478, -16.9]] },
  psoas_major: { heads: [[0.055, -117]] },
  iliacus: { heads: [[0.0248, 0.383]] },
  sartorius: { heads: [[0.0256, -18.2]] },
  adductor_longus: { heads: [[0.0259, -21.9]] },
  gluteus_minimus: { heads: [[0.0129, 12.6]] },
  adductor_brevis: { heads: [[0.0137, 6.2]] },
  gracilis: { heads: [[0.0138, 6.07]] },
  pectineus: { heads: [[0.0107, -9.94]] },
  tensor_fasciae_latae: { heads: [[0.0136, -31.5]] },
  obturator_externus: { heads: [[0.00349, 28.3]] },
  piriformis: { heads: [[0.00372, 16.2]] },
  quadratus_femoris: { heads: [[0.00475, -1.45]] },
  obturator_internus: { heads: [[0.00252, 8.68]] },
  gemelli: { heads: [[0.00172, 3.85]], parts: ['gemellus_superior', 'gemellus_inferior'] },
  vastus_lateralis: { heads: [[0.125, -55.7]] },
  vastus_medialis: { heads: [[0.0631, -16.3]] },
  vastus_intermedius: { heads: [[0.0273, 76.5]] },
  rectus_femoris: { heads: [[0.0371, 4.97]] },
  semimembranosus: { heads: [[0.0319, 18.2]] },
  // long and short heads
  biceps_femoris: {
    heads: [
      [0.0256, 24.3],
      [0.016, -13.8],
    ],
  },
  semitendinosus: { heads: [[0.0285, -16.8]] },
  popliteus: { heads: [[0.00298, 2.11]] },
  soleus: { heads: [[0.0507, 78.2]] },
  // medial and lateral heads
  gastrocnemius: {
    heads: [
      [0.0348, 9.42],
      [0.0199, 8.21],
    ],
  },
  tibialis_anterior: { heads: [[0.0161, 20.3]] },
  fibulares: { heads: [[0.0194, -7.43]], parts: ['fibularis_longus', 'fibularis_brevis'] },
  tibialis_posterior: { heads: [[0.0104, 30.8]] },
  long_toe_extensors: {
    heads: [[0.0132, 8.7]],
    parts: ['extensor_digitorum_longus', 'extensor_hallucis_longus'],
  },
  flexor_hallucis_longus: { heads: [[0.0137, -18.9]] },
  flexor_digitorum_longus: { heads: [[0.00259, 11.6]] },
};

/** Total lower-limb muscle volume for a height (m) and mass (kg), cm³ (Handsfield 2014). */
export const totalMuscleVolumeCm3 = (heightM: number, massKg: number): number => 47 * heightM * massKg + 1285;

/** One entry's predicted volume, cm³. */
export const regressedVolumeCm3 = (r: Regression, totalCm3: number): number =>
  r.heads.reduce((sum, [b1, b2]) => sum + b1 * totalCm3 + b2, 0);
