/** The modelled muscles' ids and the spec type every region file returns. */
import type { SoftSpec } from '../spec';

export type MuscleId =
  | 'psoas_major'
  | 'iliacus'
  | 'quadratus_lumborum'
  | 'erector_spinae'
  | 'gluteus_maximus'
  | 'gluteus_medius'
  | 'gluteus_minimus'
  | 'piriformis'
  | 'tensor_fasciae_latae'
  | 'sartorius'
  | 'rectus_femoris'
  | 'vastus_lateralis'
  | 'vastus_medialis'
  | 'vastus_intermedius'
  | 'adductor_longus'
  | 'adductor_magnus'
  | 'gracilis'
  | 'biceps_femoris'
  | 'semitendinosus'
  | 'semimembranosus'
  | 'gastrocnemius'
  | 'soleus'
  | 'tibialis_anterior'
  | 'extensor_digitorum_longus'
  | 'extensor_hallucis_longus'
  | 'fibularis_longus'
  | 'fibularis_brevis'
  | 'tibialis_posterior'
  | 'flexor_digitorum_longus'
  | 'flexor_hallucis_longus'
  | 'popliteus'
  | 'pectineus'
  | 'adductor_brevis';

export type MuscleSpec = SoftSpec & { readonly id: MuscleId };
