/**
 * Where each lumbar root's pain can be felt, nerve by nerve: standard anatomy (dermatomes: Lee et al. 2008;
 * nerve territories: Moore 8th ed., Gray's 42nd ed.), never the article's words. The article (B1, B2) says
 * only that the low back's spinal nerves supply both legs and that their irritation can lead to hip and knee
 * pain; every route and region below is graded `anatomy` in the graph.
 *
 * Decisions, with reasons:
 * - Pain is mapped only along nerves that carry feeling. The gluteal nerves are motor only (they work the
 *   buttock muscles), so no pain travels in them; L5 and S1 radicular pain reaches the buttock through the
 *   sciatic route (radicular pain is felt in the buttock and back of the thigh).
 * - L4 has no sciatic route: its dermatome and radicular pain lie at the front of the thigh and the inside
 *   of the knee and leg, not the back of the thigh.
 * - The calf stays, for S1 only: the S1 dermatome covers the back of the calf (Lee et al. 2008) and the
 *   article says the low back's nerves supply both lower extremities (B1), which include the calf. It is
 *   shown as "standard anatomy adds", hatched, never as the article's. Calf pain has other causes the
 *   article does not discuss (a clot among them), so the app shows its red-flags card on the calf.
 */
import type { RegionId, StructureId } from '../ids';
import type { Localized } from '../schema';

export type RootId =
  'l1_nerve_root' | 'l2_nerve_root' | 'l3_nerve_root' | 'l4_nerve_root' | 'l5_nerve_root' | 's1_nerve_root';

export interface NerveBranch {
  /** The structures after the root, ending at the nerve whose territory `to` is. */
  readonly via: readonly StructureId[];
  readonly to: readonly RegionId[];
}

export const ROOT_BRANCHES: Record<RootId, readonly NerveBranch[]> = {
  l1_nerve_root: [
    { via: ['lumbar_plexus'], to: ['front_of_hip'] },
    { via: ['lumbar_plexus', 'ilioinguinal_nerve'], to: ['front_of_hip', 'inside_of_thigh'] },
    { via: ['lumbar_plexus', 'genitofemoral_nerve'], to: ['front_of_hip'] },
    { via: ['superior_cluneal_nerves'], to: ['buttock'] },
  ],
  l2_nerve_root: [
    { via: ['lumbar_plexus', 'genitofemoral_nerve'], to: ['front_of_hip'] },
    { via: ['superior_cluneal_nerves'], to: ['buttock'] },
    { via: ['lumbar_plexus', 'femoral_nerve'], to: ['front_of_hip', 'front_of_thigh'] },
    { via: ['lumbar_plexus', 'obturator_nerve'], to: ['inside_of_thigh'] },
    { via: ['lumbar_plexus', 'lateral_femoral_cutaneous_nerve'], to: ['outside_of_thigh'] },
  ],
  l3_nerve_root: [
    { via: ['superior_cluneal_nerves'], to: ['buttock'] },
    { via: ['lumbar_plexus', 'femoral_nerve'], to: ['front_of_thigh', 'front_of_knee'] },
    { via: ['lumbar_plexus', 'femoral_nerve', 'saphenous_nerve'], to: ['inside_of_knee'] },
    { via: ['lumbar_plexus', 'obturator_nerve'], to: ['inside_of_thigh'] },
    { via: ['lumbar_plexus', 'lateral_femoral_cutaneous_nerve'], to: ['outside_of_thigh'] },
  ],
  l4_nerve_root: [
    { via: ['lumbar_plexus', 'femoral_nerve'], to: ['front_of_thigh', 'front_of_knee'] },
    { via: ['lumbar_plexus', 'femoral_nerve', 'saphenous_nerve'], to: ['inside_of_knee'] },
    { via: ['lumbar_plexus', 'obturator_nerve'], to: ['inside_of_thigh'] },
  ],
  l5_nerve_root: [
    { via: ['sciatic_nerve'], to: ['buttock', 'back_of_thigh'] },
    { via: ['sciatic_nerve', 'common_fibular_nerve'], to: ['outside_of_knee'] },
  ],
  s1_nerve_root: [
    { via: ['sciatic_nerve'], to: ['buttock', 'back_of_thigh'] },
    { via: ['sciatic_nerve', 'tibial_nerve'], to: ['back_of_knee', 'calf'] },
    { via: ['sciatic_nerve', 'tibial_nerve', 'sural_nerve'], to: ['calf'] },
    { via: ['posterior_femoral_cutaneous_nerve'], to: ['buttock', 'back_of_thigh', 'back_of_knee'] },
  ],
};

/** Root level as written in text. */
export const ROOT_LEVEL: Record<RootId, string> = {
  l1_nerve_root: 'L1',
  l2_nerve_root: 'L2',
  l3_nerve_root: 'L3',
  l4_nerve_root: 'L4',
  l5_nerve_root: 'L5',
  s1_nerve_root: 'S1',
};

export type TerminalNerve =
  | 'lumbar_plexus'
  | 'femoral_nerve'
  | 'saphenous_nerve'
  | 'obturator_nerve'
  | 'lateral_femoral_cutaneous_nerve'
  | 'sciatic_nerve'
  | 'tibial_nerve'
  | 'common_fibular_nerve'
  | 'sural_nerve'
  | 'posterior_femoral_cutaneous_nerve'
  | 'superior_cluneal_nerves'
  | 'ilioinguinal_nerve'
  | 'genitofemoral_nerve';

/** How to say, in plain words, which nerve the root's fibres travel in (completes "The L4 nerve ..."). */
export const TRAVELS_IN: Record<TerminalNerve, Localized> = {
  lumbar_plexus: {
    en: 'joins a network of nerves deep in the hip flexor muscle and goes on to the groin',
    es: 'se une a una red de nervios dentro del músculo flexor de la cadera y sigue hasta la ingle',
  },
  femoral_nerve: { en: 'travels in the femoral nerve', es: 'viaja por el nervio femoral' },
  saphenous_nerve: {
    en: 'travels in the femoral nerve and its saphenous branch',
    es: 'viaja por el nervio femoral y su rama safena',
  },
  obturator_nerve: { en: 'travels in the obturator nerve', es: 'viaja por el nervio obturador' },
  lateral_femoral_cutaneous_nerve: {
    en: 'travels in the skin nerve of the outer thigh',
    es: 'viaja por el nervio de la piel de la parte externa del muslo',
  },
  sciatic_nerve: { en: 'travels in the sciatic nerve', es: 'viaja por el nervio ciático' },
  tibial_nerve: {
    en: 'travels in the sciatic nerve and its tibial branch',
    es: 'viaja por el nervio ciático y su rama tibial',
  },
  common_fibular_nerve: {
    en: 'travels in the sciatic nerve and its fibular branch',
    es: 'viaja por el nervio ciático y su rama peronea',
  },
  sural_nerve: {
    en: 'travels in the sciatic nerve, its tibial branch and the sural nerve, a skin nerve of the calf',
    es: 'viaja por el nervio ciático, su rama tibial y el nervio sural, un nervio de la piel de la pantorrilla',
  },
  posterior_femoral_cutaneous_nerve: {
    en: 'travels in the skin nerve of the back of the thigh',
    es: 'viaja por el nervio de la piel de la parte de atrás del muslo',
  },
  superior_cluneal_nerves: {
    en: 'sends small skin nerves back over the top of the pelvic bone',
    es: 'envía pequeños nervios de la piel hacia atrás, por encima del borde del hueso de la pelvis',
  },
  ilioinguinal_nerve: {
    en: 'travels in the ilioinguinal nerve through the groin',
    es: 'viaja por el nervio ilioinguinal a través de la ingle',
  },
  genitofemoral_nerve: {
    en: 'travels in the genitofemoral nerve down the front of the hip flexor muscle',
    es: 'viaja por el nervio genitofemoral por delante del músculo flexor de la cadera',
  },
};

/** Student note on each nerve's territory (Moore 8th ed.; Gray's 42nd ed.; dermatomes: Lee et al. 2008). */
export const TERRITORY: Record<TerminalNerve, Localized> = {
  lumbar_plexus: {
    en: 'The L1 anterior ramus joins the lumbar plexus within psoas major; its iliohypogastric, ilioinguinal and genitofemoral branches supply the skin of the inguinal region (L1 dermatome).',
    es: 'El ramo anterior de L1 se une al plexo lumbar en el espesor del psoas mayor; sus ramas iliohipogástrica, ilioinguinal y genitofemoral inervan la piel de la región inguinal (dermatoma L1).',
  },
  femoral_nerve: {
    en: 'Femoral nerve (L2-L4): anterior cutaneous branches to the skin of the anterior thigh, motor to quadriceps and sartorius, articular branches to the hip and knee joints.',
    es: 'Nervio femoral (L2-L4): ramos cutáneos anteriores para la piel de la cara anterior del muslo, ramos motores para el cuádriceps y el sartorio, ramos articulares para la cadera y la rodilla.',
  },
  saphenous_nerve: {
    en: 'Saphenous nerve (L3-L4), the terminal cutaneous branch of the femoral nerve: its infrapatellar branch supplies the skin of the medial and anteromedial knee.',
    es: 'Nervio safeno (L3-L4), rama cutánea terminal del nervio femoral: su ramo infrarrotuliano inerva la piel de las caras medial y anteromedial de la rodilla.',
  },
  obturator_nerve: {
    en: 'Obturator nerve (L2-L4): cutaneous branch to the medial thigh, motor to the adductors and gracilis, articular branches to the hip and knee joints.',
    es: 'Nervio obturador (L2-L4): ramo cutáneo para la cara medial del muslo, ramos motores para los aductores y el grácil, ramos articulares para la cadera y la rodilla.',
  },
  lateral_femoral_cutaneous_nerve: {
    en: 'Lateral femoral cutaneous nerve (L2-L3): purely sensory to the anterolateral and lateral thigh.',
    es: 'Nervio cutáneo femoral lateral (L2-L3): exclusivamente sensitivo, para las caras anterolateral y lateral del muslo.',
  },
  sciatic_nerve: {
    en: 'Sciatic nerve (L4-S3): leaves the pelvis below piriformis, crosses the gluteal region and descends in the posterior thigh, supplying the hamstrings; L5 and S1 radicular pain is typically felt in the buttock and posterior thigh.',
    es: 'Nervio isquiático o ciático (L4-S3): sale de la pelvis por debajo del piriforme, cruza la región glútea y desciende por la cara posterior del muslo, donde inerva los isquiotibiales; el dolor radicular L5 y S1 suele percibirse en la nalga y en la cara posterior del muslo.',
  },
  tibial_nerve: {
    en: 'Tibial nerve (L4-S3): runs through the popliteal fossa, supplies gastrocnemius and soleus and, through the medial sural cutaneous nerve, the skin of the posterior calf; the S1 dermatome covers the posterolateral calf (Lee et al. 2008), so S1 root pain reaches the calf.',
    es: 'Nervio tibial (L4-S3): atraviesa la fosa poplítea, inerva el gastrocnemio y el sóleo y, a través del nervio cutáneo sural medial, la piel de la cara posterior de la pantorrilla; el dermatoma S1 abarca la cara posterolateral de la pantorrilla (Lee et al. 2008), por lo que el dolor de la raíz S1 llega a la pantorrilla.',
  },
  common_fibular_nerve: {
    en: 'Common fibular nerve (L4-S2): winds round the neck of the fibula; its articular branches reach the lateral knee and its lateral sural cutaneous branch the skin of the upper lateral leg; the L5 dermatome covers the lateral leg below the knee (Lee et al. 2008).',
    es: 'Nervio peroneo común (L4-S2): rodea el cuello del peroné; sus ramos articulares llegan a la cara lateral de la rodilla y su ramo cutáneo sural lateral a la piel de la parte superior de la cara lateral de la pierna; el dermatoma L5 abarca la cara lateral de la pierna por debajo de la rodilla (Lee et al. 2008).',
  },
  sural_nerve: {
    en: 'Sural nerve (S1-S2), formed by the medial sural cutaneous nerve (tibial) and the sural communicating branch (common fibular): skin of the posterolateral lower calf, the lateral ankle and the lateral border of the foot, within the S1 dermatome (Lee et al. 2008).',
    es: 'Nervio sural (S1-S2), formado por el nervio cutáneo sural medial (tibial) y el ramo comunicante sural (peroneo común): piel de la cara posterolateral de la parte baja de la pantorrilla, de la cara lateral del tobillo y del borde lateral del pie, dentro del dermatoma S1 (Lee et al. 2008).',
  },
  posterior_femoral_cutaneous_nerve: {
    en: 'Posterior femoral cutaneous nerve (S1-S3), from the sacral plexus below piriformis: skin of the lower buttock (inferior cluneal nerves), the posterior thigh and the popliteal fossa.',
    es: 'Nervio cutáneo femoral posterior (S1-S3), del plexo sacro por debajo del piriforme: piel de la parte baja de la nalga (nervios clúneos inferiores), de la cara posterior del muslo y de la fosa poplítea.',
  },
  superior_cluneal_nerves: {
    en: 'Superior cluneal nerves, the lateral branches of the posterior rami of L1-L3: they cross the posterior iliac crest to the skin of the upper buttock.',
    es: 'Nervios clúneos superiores, ramos laterales de los ramos posteriores de L1-L3: cruzan la cresta ilíaca posterior hacia la piel de la parte alta de la nalga.',
  },
  ilioinguinal_nerve: {
    en: 'Ilioinguinal nerve (L1), a branch of the lumbar plexus: through the inguinal canal to the skin of the groin and the upper medial thigh (L1 dermatome).',
    es: 'Nervio ilioinguinal (L1), rama del plexo lumbar: por el conducto inguinal hasta la piel de la ingle y de la parte superior de la cara medial del muslo (dermatoma L1).',
  },
  genitofemoral_nerve: {
    en: 'Genitofemoral nerve (L1-L2), a branch of the lumbar plexus on the front of psoas: its femoral branch passes under the inguinal ligament to the skin of the upper femoral triangle.',
    es: 'Nervio genitofemoral (L1-L2), rama del plexo lumbar sobre la cara anterior del psoas: su ramo femoral pasa bajo el ligamento inguinal hasta la piel de la parte alta del triángulo femoral.',
  },
};

/** Which nerves carry the root's fibres, for "standard anatomy adds" (completes "... reaches X through ..."). */
export const THROUGH: Record<TerminalNerve, Localized> = {
  lumbar_plexus: {
    en: 'the lumbar plexus and its groin branches',
    es: 'el plexo lumbar y sus ramas de la ingle',
  },
  femoral_nerve: { en: 'the femoral nerve', es: 'el nervio femoral' },
  saphenous_nerve: {
    en: 'the femoral nerve and its saphenous branch',
    es: 'el nervio femoral y su rama safena',
  },
  obturator_nerve: { en: 'the obturator nerve', es: 'el nervio obturador' },
  lateral_femoral_cutaneous_nerve: {
    en: 'the lateral femoral cutaneous nerve',
    es: 'el nervio cutáneo femoral lateral',
  },
  sciatic_nerve: { en: 'the sciatic nerve', es: 'el nervio ciático' },
  tibial_nerve: { en: 'the sciatic and tibial nerves', es: 'los nervios ciático y tibial' },
  common_fibular_nerve: {
    en: 'the sciatic and common fibular nerves',
    es: 'los nervios ciático y peroneo común',
  },
  sural_nerve: { en: 'the sciatic, tibial and sural nerves', es: 'los nervios ciático, tibial y sural' },
  posterior_femoral_cutaneous_nerve: {
    en: 'the posterior femoral cutaneous nerve',
    es: 'el nervio cutáneo femoral posterior',
  },
  superior_cluneal_nerves: {
    en: 'its posterior ramus and the superior cluneal nerves',
    es: 'su ramo posterior y los nervios clúneos superiores',
  },
  ilioinguinal_nerve: {
    en: 'the lumbar plexus and the ilioinguinal nerve',
    es: 'el plexo lumbar y el nervio ilioinguinal',
  },
  genitofemoral_nerve: {
    en: 'the lumbar plexus and the genitofemoral nerve',
    es: 'el plexo lumbar y el nervio genitofemoral',
  },
};
