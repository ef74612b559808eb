/**
 * Measured muscle bulk: MRI volumes of the lower-limb muscles of 24 healthy adults, Handsfield GG, Meyer CH,
 * Hart JM, Abel MF, Blemker SS 2014, "Relationships of 35 lower limb muscles to height and body mass
 * quantified using MRI", J Biomech 47:631–638, Table 1 (volume regressions on height × mass).
 *
 * The figures below are those volumes as the OpenSim full-body model of Rajagopal A et al. 2016 (IEEE Trans
 * Biomed Eng 63:2068–2079; opensim-org/opensim-models, Models/Rajagopal/Rajagopal2016.osim) carries them:
 * it set each maximum isometric force from Handsfield's volume for its 1.70 m, 75 kg subject as
 * F_max = 60 N/cm² × V / l_opt, so V = F_max · l_opt / 60 N/cm². Heads the model splits are summed
 * (gluteus maximus 1–3, gluteus medius 1–3, gluteus minimus 1–3, adductor magnus distal, ischial, middle
 * and proximal, biceps femoris long and short heads, gastrocnemius medial and lateral heads).
 *
 * Rajagopal's model lacks pectineus, popliteus, the obturators, the gemelli and quadratus femoris: their
 * volumes come from Handsfield's own regressions (handsfieldRegressions.ts) at the same subject, which give
 * back Rajagopal's volumes for the muscles both have within 4 % (volume.test.ts). The paper measures the
 * gemelli together, so the model's two are summed before they are compared.
 *
 * Only shares of the total over the muscles both have are compared, so the test is scale-free.
 */
import { HANDSFIELD_REGRESSIONS, regressedVolumeCm3, totalMuscleVolumeCm3 } from './handsfieldRegressions.ts';

/** cm³: [F_max (N), l_opt (m)] per head from Rajagopal2016.osim, right side. */
const RAJAGOPAL_HEADS: Record<string, readonly (readonly [number, number])[]> = {
  psoas_major: [[1426.8, 0.1169]],
  iliacus: [[1021.1, 0.1066]],
  gluteus_maximus: [
    [983.8, 0.147],
    [1406.0, 0.157],
    [947.8, 0.167],
  ],
  gluteus_medius: [
    [1093.5, 0.073],
    [765.1, 0.073],
    [871.2, 0.073],
  ],
  gluteus_minimus: [
    [374.0, 0.068],
    [394.8, 0.056],
    [446.8, 0.038],
  ],
  piriformis: [[1029.8, 0.026]],
  tensor_fasciae_latae: [[411.2, 0.095]],
  sartorius: [[249.4, 0.403]],
  rectus_femoris: [[2191.7, 0.0759]],
  vastus_lateralis: [[5148.8, 0.0994]],
  vastus_medialis: [[2747.8, 0.0968]],
  vastus_intermedius: [[1697.4, 0.0993]],
  adductor_longus: [[916.8, 0.1082]],
  adductor_brevis: [[625.8, 0.1031]],
  adductor_magnus: [
    [597.3, 0.1772],
    [597.3, 0.1562],
    [597.3, 0.1377],
    [597.3, 0.1056],
  ],
  gracilis: [[281.3, 0.2278]],
  biceps_femoris: [
    [1313.2, 0.0976],
    [557.1, 0.1103],
  ],
  semitendinosus: [[591.3, 0.193]],
  semimembranosus: [[2201.0, 0.069]],
  gastrocnemius: [
    [3115.5, 0.051],
    [1575.1, 0.0588],
  ],
  soleus: [[6194.8, 0.044]],
  tibialis_anterior: [[1227.5, 0.0683]],
  tibialis_posterior: [[1730.2, 0.0378]],
  extensor_digitorum_longus: [[603.5, 0.0693]],
  extensor_hallucis_longus: [[285.9, 0.0748]],
  flexor_digitorum_longus: [[423.2, 0.0446]],
  flexor_hallucis_longus: [[907.8, 0.0527]],
  fibularis_longus: [[1115.4, 0.0508]],
  fibularis_brevis: [[521.2, 0.0454]],
};

/** Specific tension Rajagopal et al. 2016 used to turn volumes into forces, N/cm². */
const SPECIFIC_TENSION = 60;

/** Rajagopal et al. 2016's subject, the one its forces were scaled to. */
export const RAJAGOPAL_SUBJECT = { heightM: 1.7, massKg: 75 } as const;

/** Volume per muscle id in Rajagopal's model, cm³ (V = F_max · l_opt / 60 N/cm², heads summed). */
export const RAJAGOPAL_VOLUME_CM3: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(RAJAGOPAL_HEADS).map(([id, heads]) => [
    id,
    heads.reduce((s, [f, l]) => s + (f * l * 100) / SPECIFIC_TENSION, 0),
  ]),
);

const subjectTotal = totalMuscleVolumeCm3(RAJAGOPAL_SUBJECT.heightM, RAJAGOPAL_SUBJECT.massKg);

/** Reference volume per muscle id (or pooled group, see REFERENCE_PARTS), cm³: Rajagopal's where it has one. */
export const REFERENCE_VOLUME_CM3: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    Object.entries(HANDSFIELD_REGRESSIONS)
      .filter(([id, r]) => !(id in RAJAGOPAL_VOLUME_CM3) && !r.parts?.some((p) => p in RAJAGOPAL_VOLUME_CM3))
      .map(([id, r]) => [id, regressedVolumeCm3(r, subjectTotal)]),
  ),
  ...RAJAGOPAL_VOLUME_CM3,
};

/** Reference entries that pool several of the model's muscles (the gemelli). */
const REFERENCE_PARTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(HANDSFIELD_REGRESSIONS).flatMap(([id, r]) =>
    r.parts && id in REFERENCE_VOLUME_CM3 ? [[id, r.parts] as const] : [],
  ),
);

/** The model's volumes with pooled muscles summed under their reference entry (all parts present). */
function poolParts(modelCm3: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(modelCm3);
  for (const [group, parts] of Object.entries(REFERENCE_PARTS)) {
    if (!parts.every((p) => out.has(p))) continue;
    out.set(
      group,
      parts.reduce((s, p) => s + out.get(p)!, 0),
    );
    for (const p of parts) out.delete(p);
  }
  return out;
}

/** Allowed deviation of a muscle's share from the reference share (issue 13: ±25 %). */
export const SHARE_TOLERANCE = 0.25;

export interface ShareRow {
  readonly id: string;
  /** Model volume, cm³. */
  readonly model: number;
  readonly reference: number;
  readonly modelShare: number;
  readonly referenceShare: number;
  /** modelShare / referenceShare. */
  readonly ratio: number;
}

/** Shares of the total over the muscles present in both the model and the reference. */
export function compareShares(measured: ReadonlyMap<string, number>): ShareRow[] {
  const modelCm3 = poolParts(measured);
  const ids = [...modelCm3.keys()].filter((id) => id in REFERENCE_VOLUME_CM3);
  const totalModel = ids.reduce((s, id) => s + modelCm3.get(id)!, 0);
  const totalRef = ids.reduce((s, id) => s + REFERENCE_VOLUME_CM3[id]!, 0);
  return ids.map((id) => {
    const model = modelCm3.get(id)!;
    const reference = REFERENCE_VOLUME_CM3[id]!;
    const modelShare = model / totalModel;
    const referenceShare = reference / totalRef;
    return { id, model, reference, modelShare, referenceShare, ratio: modelShare / referenceShare };
  });
}
