/**
 * Muscles (paired): names. `liesIn`: the pain regions the muscle lies in (where
 * its own trouble is felt). Origin, insertion, action, innervation and references: facts/muscles.ts.
 */
import type { Structure } from '../schema';

type MuscleEntry = Omit<Structure, 'kind' | 'layer'>;

const muscle = (m: MuscleEntry): Structure => ({ kind: 'muscle', layer: 'muscles', ...m });

export const MUSCLES: Structure[] = [
  muscle({
    id: 'psoas_major',
    anatomicalName: { en: 'Psoas major', es: 'Psoas mayor' },
    plainName: { en: 'Psoas (deep hip flexor)', es: 'Psoas (flexor profundo de la cadera)' },
    liesIn: ['low_back', 'front_of_hip'],
  }),
  muscle({
    id: 'iliacus',
    anatomicalName: { en: 'Iliacus', es: 'Ilíaco' },
    plainName: {
      en: 'Iliacus (hip flexor inside the pelvis)',
      es: 'Ilíaco (flexor de la cadera dentro de la pelvis)',
    },
    liesIn: ['front_of_hip'],
  }),
  muscle({
    id: 'quadratus_lumborum',
    anatomicalName: { en: 'Quadratus lumborum', es: 'Cuadrado lumbar' },
    plainName: {
      en: 'Quadratus lumborum (deep low back muscle)',
      es: 'Cuadrado lumbar (músculo profundo de la espalda baja)',
    },
    liesIn: ['low_back'],
  }),
  muscle({
    id: 'erector_spinae',
    anatomicalName: { en: 'Erector spinae', es: 'Erector de la columna' },
    plainName: {
      en: 'Back muscles along the spine (erector spinae)',
      es: 'Músculos de la espalda junto a la columna (erectores)',
    },
    liesIn: ['low_back', 'sacroiliac_area'],
  }),
  muscle({
    id: 'multifidus',
    anatomicalName: { en: 'Multifidus', es: 'Multífido' },
    plainName: {
      en: 'Deep back muscle beside the spine (multifidus)',
      es: 'Músculo profundo de la espalda junto a la columna (multífido)',
    },
    liesIn: ['low_back', 'sacroiliac_area'],
  }),
  muscle({
    id: 'gluteus_maximus',
    anatomicalName: { en: 'Gluteus maximus', es: 'Glúteo mayor' },
    plainName: {
      en: 'Large buttock muscle (gluteus maximus)',
      es: 'Músculo grande de la nalga (glúteo mayor)',
    },
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'gluteus_medius',
    anatomicalName: { en: 'Gluteus medius', es: 'Glúteo medio' },
    plainName: {
      en: 'Side hip muscle (gluteus medius)',
      es: 'Músculo del costado de la cadera (glúteo medio)',
    },
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'gluteus_minimus',
    anatomicalName: { en: 'Gluteus minimus', es: 'Glúteo menor' },
    plainName: {
      en: 'Small deep hip muscle (gluteus minimus)',
      es: 'Músculo profundo de la cadera (glúteo menor)',
    },
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'piriformis',
    anatomicalName: { en: 'Piriformis', es: 'Piriforme' },
    plainName: { en: 'Piriformis (deep buttock muscle)', es: 'Piriforme (músculo profundo de la nalga)' },
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'gemellus_superior',
    anatomicalName: { en: 'Gemellus superior', es: 'Gemelo superior' },
    plainName: {
      en: 'Upper twin muscle of the hip (gemellus superior)',
      es: 'Músculo gemelo superior de la cadera (gemelo superior)',
    },
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'obturator_internus',
    anatomicalName: { en: 'Obturator internus', es: 'Obturador interno' },
    plainName: {
      en: 'Obturator internus (deep hip rotator from inside the pelvis)',
      es: 'Obturador interno (rotador profundo de la cadera desde el interior de la pelvis)',
    },
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'gemellus_inferior',
    anatomicalName: { en: 'Gemellus inferior', es: 'Gemelo inferior' },
    plainName: {
      en: 'Lower twin muscle of the hip (gemellus inferior)',
      es: 'Músculo gemelo inferior de la cadera (gemelo inferior)',
    },
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'quadratus_femoris',
    anatomicalName: { en: 'Quadratus femoris', es: 'Cuadrado femoral' },
    plainName: {
      en: 'Quadratus femoris (square deep hip rotator)',
      es: 'Cuadrado femoral (rotador profundo y cuadrado de la cadera)',
    },
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'obturator_externus',
    anatomicalName: { en: 'Obturator externus', es: 'Obturador externo' },
    plainName: {
      en: 'Obturator externus (deep hip rotator under the hip joint)',
      es: 'Obturador externo (rotador profundo bajo la articulación de la cadera)',
    },
    liesIn: ['front_of_hip', 'buttock'],
  }),
  muscle({
    id: 'tensor_fasciae_latae',
    anatomicalName: { en: 'Tensor fasciae latae', es: 'Tensor de la fascia lata' },
    plainName: {
      en: 'Tensor fasciae latae (TFL, front-side hip muscle)',
      es: 'Tensor de la fascia lata (músculo delantero lateral de la cadera)',
    },
    liesIn: ['front_of_hip', 'side_of_hip'],
  }),
  muscle({
    id: 'sartorius',
    anatomicalName: { en: 'Sartorius', es: 'Sartorio' },
    plainName: {
      en: 'Sartorius (long strap muscle of the thigh)',
      es: 'Sartorio (músculo largo en cinta del muslo)',
    },
    liesIn: ['front_of_hip', 'front_of_thigh', 'inside_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'rectus_femoris',
    anatomicalName: { en: 'Rectus femoris', es: 'Recto femoral' },
    plainName: {
      en: 'Rectus femoris (front thigh muscle, part of the quads)',
      es: 'Recto femoral (músculo delantero del muslo, parte del cuádriceps)',
    },
    liesIn: ['front_of_hip', 'front_of_thigh', 'front_of_knee'],
  }),
  muscle({
    id: 'vastus_lateralis',
    anatomicalName: { en: 'Vastus lateralis', es: 'Vasto lateral' },
    plainName: { en: 'Outer quad muscle (vastus lateralis)', es: 'Cuádriceps externo (vasto lateral)' },
    liesIn: ['front_of_thigh', 'outside_of_thigh', 'front_of_knee', 'outside_of_knee'],
  }),
  muscle({
    id: 'vastus_medialis',
    anatomicalName: { en: 'Vastus medialis', es: 'Vasto medial' },
    plainName: { en: 'Inner quad muscle (vastus medialis)', es: 'Cuádriceps interno (vasto medial)' },
    liesIn: ['front_of_thigh', 'inside_of_thigh', 'front_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'vastus_intermedius',
    anatomicalName: { en: 'Vastus intermedius', es: 'Vasto intermedio' },
    plainName: { en: 'Deep quad muscle (vastus intermedius)', es: 'Cuádriceps profundo (vasto intermedio)' },
    liesIn: ['front_of_thigh', 'front_of_knee'],
  }),
  muscle({
    id: 'adductor_longus',
    anatomicalName: { en: 'Adductor longus', es: 'Aductor largo' },
    plainName: {
      en: 'Inner thigh muscle (adductor longus)',
      es: 'Músculo interno del muslo (aductor largo)',
    },
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'pectineus',
    anatomicalName: { en: 'Pectineus', es: 'Pectíneo' },
    plainName: {
      en: 'Pectineus (flat muscle at the top of the inner thigh)',
      es: 'Pectíneo (músculo plano en la parte alta de la cara interna del muslo)',
    },
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'adductor_brevis',
    anatomicalName: { en: 'Adductor brevis', es: 'Aductor corto' },
    plainName: {
      en: 'Short inner thigh muscle (adductor brevis)',
      es: 'Músculo corto de la cara interna del muslo (aductor corto)',
    },
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'adductor_magnus',
    anatomicalName: { en: 'Adductor magnus', es: 'Aductor mayor' },
    plainName: {
      en: 'Large inner thigh muscle (adductor magnus)',
      es: 'Músculo grande interno del muslo (aductor mayor)',
    },
    liesIn: ['inside_of_thigh', 'back_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'gracilis',
    anatomicalName: { en: 'Gracilis', es: 'Grácil' },
    plainName: { en: 'Gracilis (thin inner thigh muscle)', es: 'Grácil (músculo delgado interno del muslo)' },
    liesIn: ['front_of_hip', 'inside_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'biceps_femoris',
    anatomicalName: { en: 'Biceps femoris', es: 'Bíceps femoral' },
    plainName: { en: 'Outer hamstring (biceps femoris)', es: 'Isquiotibial externo (bíceps femoral)' },
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'outside_of_knee'],
  }),
  muscle({
    id: 'semitendinosus',
    anatomicalName: { en: 'Semitendinosus', es: 'Semitendinoso' },
    plainName: { en: 'Inner hamstring (semitendinosus)', es: 'Isquiotibial interno (semitendinoso)' },
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'semimembranosus',
    anatomicalName: { en: 'Semimembranosus', es: 'Semimembranoso' },
    plainName: {
      en: 'Deep inner hamstring (semimembranosus)',
      es: 'Isquiotibial interno profundo (semimembranoso)',
    },
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'gastrocnemius',
    anatomicalName: { en: 'Gastrocnemius', es: 'Gastrocnemio' },
    plainName: { en: 'Calf muscle (gastrocnemius)', es: 'Músculo de la pantorrilla (gastrocnemio, gemelos)' },
    liesIn: ['back_of_knee', 'calf'],
  }),
  muscle({
    id: 'soleus',
    anatomicalName: { en: 'Soleus', es: 'Sóleo' },
    plainName: { en: 'Soleus (deep calf muscle)', es: 'Sóleo (músculo profundo de la pantorrilla)' },
    liesIn: ['calf'],
  }),
  muscle({
    id: 'tibialis_anterior',
    anatomicalName: { en: 'Tibialis anterior', es: 'Tibial anterior' },
    plainName: { en: 'Shin muscle (tibialis anterior)', es: 'Músculo de la espinilla (tibial anterior)' },
  }),
  muscle({
    id: 'extensor_digitorum_longus',
    anatomicalName: { en: 'Extensor digitorum longus', es: 'Extensor largo de los dedos' },
    plainName: {
      en: 'Long toe lifter (extensor digitorum longus)',
      es: 'Músculo largo que levanta los dedos (extensor largo de los dedos)',
    },
  }),
  muscle({
    id: 'extensor_hallucis_longus',
    anatomicalName: { en: 'Extensor hallucis longus', es: 'Extensor largo del dedo gordo' },
    plainName: {
      en: 'Big toe lifter (extensor hallucis longus)',
      es: 'Músculo que levanta el dedo gordo (extensor largo del dedo gordo)',
    },
  }),
  muscle({
    id: 'fibularis_longus',
    anatomicalName: { en: 'Fibularis longus', es: 'Peroneo largo (fibular largo)' },
    plainName: {
      en: 'Long outer leg muscle (fibularis longus)',
      es: 'Músculo largo de la cara externa de la pierna (peroneo largo)',
    },
  }),
  muscle({
    id: 'fibularis_brevis',
    anatomicalName: { en: 'Fibularis brevis', es: 'Peroneo corto (fibular corto)' },
    plainName: {
      en: 'Short outer leg muscle (fibularis brevis)',
      es: 'Músculo corto de la cara externa de la pierna (peroneo corto)',
    },
  }),
  muscle({
    id: 'tibialis_posterior',
    anatomicalName: { en: 'Tibialis posterior', es: 'Tibial posterior' },
    plainName: {
      en: 'Deep calf muscle of the arch (tibialis posterior)',
      es: 'Músculo profundo de la pantorrilla que sostiene el arco (tibial posterior)',
    },
    liesIn: ['calf'],
  }),
  muscle({
    id: 'flexor_digitorum_longus',
    anatomicalName: { en: 'Flexor digitorum longus', es: 'Flexor largo de los dedos' },
    plainName: {
      en: 'Long toe curler (flexor digitorum longus)',
      es: 'Músculo largo que flexiona los dedos (flexor largo de los dedos)',
    },
    liesIn: ['calf'],
  }),
  muscle({
    id: 'flexor_hallucis_longus',
    anatomicalName: { en: 'Flexor hallucis longus', es: 'Flexor largo del dedo gordo' },
    plainName: {
      en: 'Big toe curler (flexor hallucis longus)',
      es: 'Músculo que flexiona el dedo gordo (flexor largo del dedo gordo)',
    },
    liesIn: ['calf'],
  }),
  muscle({
    id: 'popliteus',
    anatomicalName: { en: 'Popliteus', es: 'Poplíteo' },
    plainName: { en: 'Popliteus (knee unlocker)', es: 'Poplíteo (desbloquea la rodilla)' },
    liesIn: ['back_of_knee'],
  }),
  // The sole's muscles (issue 13): no pain region covers the foot, so they lie in none.
  muscle({
    id: 'quadratus_plantae',
    anatomicalName: { en: 'Quadratus plantae', es: 'Cuadrado plantar' },
    plainName: {
      en: 'Helper of the long toe curler in the sole (quadratus plantae)',
      es: 'Ayudante del músculo largo que flexiona los dedos, en la planta (cuadrado plantar)',
    },
  }),
  muscle({
    id: 'flexor_digitorum_brevis',
    anatomicalName: { en: 'Flexor digitorum brevis', es: 'Flexor corto de los dedos' },
    plainName: {
      en: 'Short toe curler in the middle of the sole (flexor digitorum brevis)',
      es: 'Músculo corto que flexiona los dedos, en el centro de la planta (flexor corto de los dedos)',
    },
  }),
  muscle({
    id: 'abductor_hallucis',
    anatomicalName: { en: 'Abductor hallucis', es: 'Abductor del dedo gordo' },
    plainName: {
      en: 'Muscle of the inner edge of the sole (abductor hallucis)',
      es: 'Músculo del borde interno de la planta (abductor del dedo gordo)',
    },
  }),
  muscle({
    id: 'abductor_digiti_minimi',
    anatomicalName: { en: 'Abductor digiti minimi', es: 'Abductor del dedo pequeño' },
    plainName: {
      en: 'Muscle of the outer edge of the sole (abductor digiti minimi)',
      es: 'Músculo del borde externo de la planta (abductor del dedo pequeño)',
    },
  }),
  // The sole's third layer (issue 13), deep to the long flexor tendons.
  muscle({
    id: 'flexor_hallucis_brevis',
    anatomicalName: { en: 'Flexor hallucis brevis', es: 'Flexor corto del dedo gordo' },
    plainName: {
      en: 'Short big-toe curler under the first long foot bone (flexor hallucis brevis)',
      es: 'Músculo corto que flexiona el dedo gordo, bajo el primer hueso largo del pie (flexor corto del dedo gordo)',
    },
  }),
  muscle({
    id: 'adductor_hallucis',
    anatomicalName: { en: 'Adductor hallucis', es: 'Aductor del dedo gordo' },
    plainName: {
      en: 'Deep muscle that draws the big toe towards the others (adductor hallucis)',
      es: 'Músculo profundo que acerca el dedo gordo a los demás (aductor del dedo gordo)',
    },
  }),
  muscle({
    id: 'flexor_digiti_minimi_brevis',
    anatomicalName: { en: 'Flexor digiti minimi brevis', es: 'Flexor corto del dedo pequeño' },
    plainName: {
      en: 'Short little-toe curler (flexor digiti minimi brevis)',
      es: 'Músculo corto que flexiona el dedo pequeño (flexor corto del dedo pequeño)',
    },
  }),
  muscle({
    id: 'lumbricals',
    anatomicalName: { en: 'Lumbricals of the foot', es: 'Lumbricales del pie' },
    plainName: {
      en: 'Four small muscles on the long toe curler’s tendons (lumbricals)',
      es: 'Cuatro músculos pequeños sobre los tendones del flexor largo de los dedos (lumbricales)',
    },
  }),
  muscle({
    id: 'dorsal_interossei_of_foot',
    anatomicalName: { en: 'Dorsal interossei of the foot', es: 'Interóseos dorsales del pie' },
    plainName: {
      en: 'Four small muscles between the long bones of the forefoot that spread the toes (dorsal interossei)',
      es: 'Cuatro músculos pequeños entre los huesos largos del antepié que separan los dedos (interóseos dorsales)',
    },
  }),
  muscle({
    id: 'plantar_interossei',
    anatomicalName: { en: 'Plantar interossei', es: 'Interóseos plantares' },
    plainName: {
      en: 'Three small muscles under the outer long bones of the forefoot that draw the toes together (plantar interossei)',
      es: 'Tres músculos pequeños bajo los huesos largos externos del antepié que juntan los dedos (interóseos plantares)',
    },
  }),
];
