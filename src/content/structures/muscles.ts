/**
 * Muscles (paired): names, plain descriptions, synonyms. `liesIn`: the pain regions the muscle lies in (where
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
    description: {
      en: 'A long muscle that runs from the low back bones to the top of the thigh bone and lifts the leg.',
      es: 'Un músculo largo que va de los huesos de la parte baja de la espalda a la parte de arriba del fémur y levanta la pierna.',
    },
    synonyms: ['psoas', 'iliopsoas', 'hip flexor', 'psoas mayor', 'musculus psoas major'],
    liesIn: ['low_back', 'front_of_hip'],
  }),
  muscle({
    id: 'iliacus',
    anatomicalName: { en: 'Iliacus', es: 'Ilíaco' },
    plainName: {
      en: 'Iliacus (hip flexor inside the pelvis)',
      es: 'Ilíaco (flexor de la cadera dentro de la pelvis)',
    },
    description: {
      en: 'A fan-shaped muscle lining the inside of the pelvis that joins the psoas to lift the leg.',
      es: 'Un músculo en forma de abanico que cubre el interior de la pelvis y se une al psoas para levantar la pierna.',
    },
    synonyms: ['iliopsoas', 'hip flexor', 'iliaco', 'musculus iliacus'],
    liesIn: ['front_of_hip'],
  }),
  muscle({
    id: 'quadratus_lumborum',
    anatomicalName: { en: 'Quadratus lumborum', es: 'Cuadrado lumbar' },
    plainName: {
      en: 'Quadratus lumborum (deep low back muscle)',
      es: 'Cuadrado lumbar (músculo profundo de la espalda baja)',
    },
    description: {
      en: 'A square muscle deep in the low back that joins the lowest rib and the spine to the top of the pelvis.',
      es: 'Un músculo cuadrado en lo profundo de la espalda baja que une la última costilla y la columna con la parte alta de la pelvis.',
    },
    synonyms: ['QL', 'quadratus', 'cuadrado lumbar', 'musculus quadratus lumborum'],
    liesIn: ['low_back'],
  }),
  muscle({
    id: 'erector_spinae',
    anatomicalName: { en: 'Erector spinae', es: 'Erector de la columna' },
    plainName: {
      en: 'Back muscles along the spine (erector spinae)',
      es: 'Músculos de la espalda junto a la columna (erectores)',
    },
    description: {
      en: 'Long muscles on both sides of the spine that keep the back upright; they start on the sacrum and the top of the pelvis.',
      es: 'Músculos largos a los dos lados de la columna que mantienen la espalda recta; empiezan en el sacro y la parte alta de la pelvis.',
    },
    synonyms: [
      'erector spinae',
      'paraspinals',
      'paraspinal muscles',
      'sacrospinalis',
      'iliocostalis',
      'longissimus',
      'spinalis',
      'back muscles',
      'erectores de la columna',
    ],
    liesIn: ['low_back', 'sacroiliac_area'],
  }),
  muscle({
    id: 'gluteus_maximus',
    anatomicalName: { en: 'Gluteus maximus', es: 'Glúteo mayor' },
    plainName: {
      en: 'Large buttock muscle (gluteus maximus)',
      es: 'Músculo grande de la nalga (glúteo mayor)',
    },
    description: {
      en: 'The big muscle of the buttock that pushes the leg back when you stand up, climb or run.',
      es: 'El músculo grande de la nalga que empuja la pierna hacia atrás al levantarse, subir escaleras o correr.',
    },
    synonyms: ['glutes', 'glute max', 'buttock muscle', 'gluteo mayor', 'gluteus max'],
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'gluteus_medius',
    anatomicalName: { en: 'Gluteus medius', es: 'Glúteo medio' },
    plainName: {
      en: 'Side hip muscle (gluteus medius)',
      es: 'Músculo del costado de la cadera (glúteo medio)',
    },
    description: {
      en: 'A muscle on the side of the hip that keeps the pelvis level when you stand on one leg.',
      es: 'Un músculo en el costado de la cadera que mantiene la pelvis nivelada cuando se apoya en una sola pierna.',
    },
    synonyms: ['glute med', 'hip abductor', 'gluteo medio', 'gluteus med'],
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'gluteus_minimus',
    anatomicalName: { en: 'Gluteus minimus', es: 'Glúteo menor' },
    plainName: {
      en: 'Small deep hip muscle (gluteus minimus)',
      es: 'Músculo profundo de la cadera (glúteo menor)',
    },
    description: {
      en: 'A small muscle under the gluteus medius that also keeps the pelvis level when you walk.',
      es: 'Un músculo pequeño debajo del glúteo medio que también mantiene la pelvis nivelada al caminar.',
    },
    synonyms: ['glute min', 'hip abductor', 'gluteo menor', 'gluteo minimo'],
    liesIn: ['buttock', 'side_of_hip'],
  }),
  muscle({
    id: 'piriformis',
    anatomicalName: { en: 'Piriformis', es: 'Piriforme' },
    plainName: { en: 'Piriformis (deep buttock muscle)', es: 'Piriforme (músculo profundo de la nalga)' },
    description: {
      en: 'A small deep buttock muscle that turns the leg outward; the sciatic nerve passes just below it.',
      es: 'Un músculo pequeño y profundo de la nalga que gira la pierna hacia afuera; el nervio ciático pasa justo debajo de él.',
    },
    synonyms: ['hip external rotator', 'lateral rotator', 'piriforme', 'piriformis syndrome'],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'gemellus_superior',
    anatomicalName: { en: 'Gemellus superior', es: 'Gemelo superior' },
    plainName: {
      en: 'Upper twin muscle of the hip (gemellus superior)',
      es: 'Músculo gemelo superior de la cadera (gemelo superior)',
    },
    description: {
      en: 'A thin deep buttock muscle along the top of the obturator internus tendon; it helps turn the leg outward.',
      es: 'Un músculo delgado y profundo de la nalga a lo largo del borde superior del tendón del obturador interno; ayuda a girar la pierna hacia afuera.',
    },
    synonyms: ['superior gemellus', 'gemellus superior muscle', 'musculus gemellus superior'],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'obturator_internus',
    anatomicalName: { en: 'Obturator internus', es: 'Obturador interno' },
    plainName: {
      en: 'Obturator internus (deep hip rotator from inside the pelvis)',
      es: 'Obturador interno (rotador profundo de la cadera desde el interior de la pelvis)',
    },
    description: {
      en: 'A fan-shaped muscle inside the pelvis whose tendon turns out of the pelvis behind the hip to the top of the thigh bone; it turns the leg outward and steadies the hip.',
      es: 'Un músculo en abanico dentro de la pelvis cuyo tendón sale de la pelvis por detrás de la cadera hasta la parte alta del fémur; gira la pierna hacia afuera y estabiliza la cadera.',
    },
    synonyms: [
      'internal obturator',
      'obturator internus muscle',
      'obturador interno',
      'musculus obturatorius internus',
    ],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'gemellus_inferior',
    anatomicalName: { en: 'Gemellus inferior', es: 'Gemelo inferior' },
    plainName: {
      en: 'Lower twin muscle of the hip (gemellus inferior)',
      es: 'Músculo gemelo inferior de la cadera (gemelo inferior)',
    },
    description: {
      en: 'A thin deep buttock muscle along the bottom of the obturator internus tendon; it helps turn the leg outward.',
      es: 'Un músculo delgado y profundo de la nalga a lo largo del borde inferior del tendón del obturador interno; ayuda a girar la pierna hacia afuera.',
    },
    synonyms: ['inferior gemellus', 'gemellus inferior muscle', 'musculus gemellus inferior'],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'quadratus_femoris',
    anatomicalName: { en: 'Quadratus femoris', es: 'Cuadrado femoral' },
    plainName: {
      en: 'Quadratus femoris (square deep hip rotator)',
      es: 'Cuadrado femoral (rotador profundo y cuadrado de la cadera)',
    },
    description: {
      en: 'A short, square muscle deep in the lower buttock, from the sitting bone to the back of the thigh bone; it turns the leg outward.',
      es: 'Un músculo corto y cuadrado en la profundidad de la parte baja de la nalga, del hueso del asiento a la parte de atrás del fémur; gira la pierna hacia afuera.',
    },
    synonyms: [
      'quadratus femoris muscle',
      'cuadrado femoral',
      'cuadrado crural',
      'musculus quadratus femoris',
    ],
    liesIn: ['buttock'],
  }),
  muscle({
    id: 'obturator_externus',
    anatomicalName: { en: 'Obturator externus', es: 'Obturador externo' },
    plainName: {
      en: 'Obturator externus (deep hip rotator under the hip joint)',
      es: 'Obturador externo (rotador profundo bajo la articulación de la cadera)',
    },
    description: {
      en: 'A flat, deep muscle on the outside of the front of the pelvis that winds under and behind the hip joint to the top of the thigh bone; it turns the leg outward.',
      es: 'Un músculo plano y profundo en la cara externa de la parte delantera de la pelvis que pasa por debajo y por detrás de la articulación de la cadera hasta la parte alta del fémur; gira la pierna hacia afuera.',
    },
    synonyms: [
      'external obturator',
      'obturator externus muscle',
      'obturador externo',
      'musculus obturatorius externus',
    ],
    liesIn: ['front_of_hip', 'buttock'],
  }),
  muscle({
    id: 'tensor_fasciae_latae',
    anatomicalName: { en: 'Tensor fasciae latae', es: 'Tensor de la fascia lata' },
    plainName: {
      en: 'Tensor fasciae latae (TFL, front-side hip muscle)',
      es: 'Tensor de la fascia lata (músculo delantero lateral de la cadera)',
    },
    description: {
      en: 'A small muscle at the front and side of the hip that pulls on the IT band.',
      es: 'Un músculo pequeño en la parte delantera y lateral de la cadera que tira de la banda iliotibial.',
    },
    synonyms: ['TFL', 'tensor fascia lata', 'tensor fasciae latae', 'hip flexor', 'tensor de la fascia lata'],
    liesIn: ['front_of_hip', 'side_of_hip'],
  }),
  muscle({
    id: 'sartorius',
    anatomicalName: { en: 'Sartorius', es: 'Sartorio' },
    plainName: {
      en: 'Sartorius (long strap muscle of the thigh)',
      es: 'Sartorio (músculo largo en cinta del muslo)',
    },
    description: {
      en: 'The longest muscle in the body; it crosses the front of the thigh from the hip to the inside of the knee.',
      es: 'El músculo más largo del cuerpo; cruza el muslo por delante desde la cadera hasta la parte interna de la rodilla.',
    },
    synonyms: ['tailor muscle', "tailor's muscle", 'hip flexor', 'pes anserinus', 'sartorio'],
    liesIn: ['front_of_hip', 'front_of_thigh', 'inside_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'rectus_femoris',
    anatomicalName: { en: 'Rectus femoris', es: 'Recto femoral' },
    plainName: {
      en: 'Rectus femoris (front thigh muscle, part of the quads)',
      es: 'Recto femoral (músculo delantero del muslo, parte del cuádriceps)',
    },
    description: {
      en: 'The quadriceps muscle that crosses both the hip and the knee: it lifts the thigh and straightens the knee.',
      es: 'El músculo del cuádriceps que cruza la cadera y la rodilla: levanta el muslo y estira la rodilla.',
    },
    synonyms: [
      'quads',
      'quadriceps',
      'quad',
      'rectus',
      'front thigh muscle',
      'hip flexor',
      'recto femoral',
      'recto anterior',
    ],
    liesIn: ['front_of_hip', 'front_of_thigh', 'front_of_knee'],
  }),
  muscle({
    id: 'vastus_lateralis',
    anatomicalName: { en: 'Vastus lateralis', es: 'Vasto lateral' },
    plainName: { en: 'Outer quad muscle (vastus lateralis)', es: 'Cuádriceps externo (vasto lateral)' },
    description: {
      en: 'The largest quadriceps muscle, on the outside of the thigh; it straightens the knee.',
      es: 'El músculo más grande del cuádriceps, en la parte externa del muslo; estira la rodilla.',
    },
    synonyms: ['quads', 'quadriceps', 'VL', 'vasto lateral', 'vasto externo'],
    liesIn: ['front_of_thigh', 'outside_of_thigh', 'front_of_knee', 'outside_of_knee'],
  }),
  muscle({
    id: 'vastus_medialis',
    anatomicalName: { en: 'Vastus medialis', es: 'Vasto medial' },
    plainName: { en: 'Inner quad muscle (vastus medialis)', es: 'Cuádriceps interno (vasto medial)' },
    description: {
      en: 'The teardrop-shaped quadriceps muscle above the inside of the knee; it straightens the knee and steadies the kneecap.',
      es: 'El músculo del cuádriceps en forma de lágrima sobre la parte interna de la rodilla; estira la rodilla y estabiliza la rótula.',
    },
    synonyms: ['quads', 'quadriceps', 'VMO', 'teardrop muscle', 'vasto medial', 'vasto interno'],
    liesIn: ['front_of_thigh', 'inside_of_thigh', 'front_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'vastus_intermedius',
    anatomicalName: { en: 'Vastus intermedius', es: 'Vasto intermedio' },
    plainName: { en: 'Deep quad muscle (vastus intermedius)', es: 'Cuádriceps profundo (vasto intermedio)' },
    description: {
      en: 'The quadriceps muscle lying deep, right on the front of the thigh bone; it straightens the knee.',
      es: 'El músculo del cuádriceps que está en lo profundo, justo sobre la parte delantera del fémur; estira la rodilla.',
    },
    synonyms: ['quads', 'quadriceps', 'vasto intermedio', 'crureus', 'crural'],
    liesIn: ['front_of_thigh', 'front_of_knee'],
  }),
  muscle({
    id: 'adductor_longus',
    anatomicalName: { en: 'Adductor longus', es: 'Aductor largo' },
    plainName: {
      en: 'Inner thigh muscle (adductor longus)',
      es: 'Músculo interno del muslo (aductor largo)',
    },
    description: {
      en: 'A groin muscle that pulls the leg in toward the other leg.',
      es: 'Un músculo de la ingle que lleva la pierna hacia la otra pierna.',
    },
    synonyms: ['adductors', 'groin muscle', 'inner thigh', 'aductor largo', 'aductor mediano'],
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'pectineus',
    anatomicalName: { en: 'Pectineus', es: 'Pectíneo' },
    plainName: {
      en: 'Pectineus (flat muscle at the top of the inner thigh)',
      es: 'Pectíneo (músculo plano en la parte alta de la cara interna del muslo)',
    },
    description: {
      en: 'A flat, square muscle deep in the crease of the groin, from the front of the pelvis to the top of the thigh bone; it pulls the leg in and helps lift it.',
      es: 'Un músculo plano y cuadrado en la profundidad del pliegue de la ingle, de la parte delantera de la pelvis a la parte alta del fémur; lleva la pierna hacia dentro y ayuda a levantarla.',
    },
    synonyms: ['pectineus muscle', 'pectineo', 'pectíneo', 'musculus pectineus'],
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'adductor_brevis',
    anatomicalName: { en: 'Adductor brevis', es: 'Aductor corto' },
    plainName: {
      en: 'Short inner thigh muscle (adductor brevis)',
      es: 'Músculo corto de la cara interna del muslo (aductor corto)',
    },
    description: {
      en: 'A short muscle under the other groin muscles, from the pubic bone to the back of the thigh bone; it pulls the leg in toward the other leg.',
      es: 'Un músculo corto bajo los otros músculos de la ingle, del pubis a la parte de atrás del fémur; lleva la pierna hacia la otra pierna.',
    },
    synonyms: ['short adductor', 'aductor corto', 'aductor menor', 'musculus adductor brevis'],
    liesIn: ['front_of_hip', 'inside_of_thigh'],
  }),
  muscle({
    id: 'adductor_magnus',
    anatomicalName: { en: 'Adductor magnus', es: 'Aductor mayor' },
    plainName: {
      en: 'Large inner thigh muscle (adductor magnus)',
      es: 'Músculo grande interno del muslo (aductor mayor)',
    },
    description: {
      en: 'The biggest inner thigh muscle; it pulls the leg inward and helps push it back.',
      es: 'El músculo más grande de la parte interna del muslo; lleva la pierna hacia adentro y ayuda a empujarla hacia atrás.',
    },
    synonyms: ['adductors', 'groin muscle', 'inner thigh', 'aductor mayor'],
    liesIn: ['inside_of_thigh', 'back_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'gracilis',
    anatomicalName: { en: 'Gracilis', es: 'Grácil' },
    plainName: { en: 'Gracilis (thin inner thigh muscle)', es: 'Grácil (músculo delgado interno del muslo)' },
    description: {
      en: 'A thin strap muscle on the inside of the thigh that ends just below the inside of the knee.',
      es: 'Un músculo delgado en cinta en la parte interna del muslo que termina justo debajo de la parte interna de la rodilla.',
    },
    synonyms: ['adductors', 'inner thigh', 'pes anserinus', 'gracil', 'recto interno'],
    liesIn: ['front_of_hip', 'inside_of_thigh', 'inside_of_knee'],
  }),
  muscle({
    id: 'biceps_femoris',
    anatomicalName: { en: 'Biceps femoris', es: 'Bíceps femoral' },
    plainName: { en: 'Outer hamstring (biceps femoris)', es: 'Isquiotibial externo (bíceps femoral)' },
    description: {
      en: 'The hamstring on the outside of the back of the thigh; it bends the knee.',
      es: 'El isquiotibial de la parte externa de la parte de atrás del muslo; dobla la rodilla.',
    },
    synonyms: ['hamstrings', 'hamstring', 'biceps femoral', 'isquiotibiales', 'lateral hamstring'],
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'outside_of_knee'],
  }),
  muscle({
    id: 'semitendinosus',
    anatomicalName: { en: 'Semitendinosus', es: 'Semitendinoso' },
    plainName: { en: 'Inner hamstring (semitendinosus)', es: 'Isquiotibial interno (semitendinoso)' },
    description: {
      en: 'A hamstring on the inside of the back of the thigh with a long thin tendon; it bends the knee.',
      es: 'Un isquiotibial en la parte interna de la parte de atrás del muslo, con un tendón largo y delgado; dobla la rodilla.',
    },
    synonyms: [
      'hamstrings',
      'hamstring',
      'medial hamstring',
      'pes anserinus',
      'semitendinoso',
      'isquiotibiales',
    ],
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'semimembranosus',
    anatomicalName: { en: 'Semimembranosus', es: 'Semimembranoso' },
    plainName: {
      en: 'Deep inner hamstring (semimembranosus)',
      es: 'Isquiotibial interno profundo (semimembranoso)',
    },
    description: {
      en: 'A broad hamstring under the semitendinosus at the back of the thigh; it bends the knee.',
      es: 'Un isquiotibial ancho debajo del semitendinoso en la parte de atrás del muslo; dobla la rodilla.',
    },
    synonyms: ['hamstrings', 'hamstring', 'medial hamstring', 'semimembranoso', 'isquiotibiales'],
    liesIn: ['buttock', 'back_of_thigh', 'back_of_knee', 'inside_of_knee'],
  }),
  muscle({
    id: 'gastrocnemius',
    anatomicalName: { en: 'Gastrocnemius', es: 'Gastrocnemio' },
    plainName: { en: 'Calf muscle (gastrocnemius)', es: 'Músculo de la pantorrilla (gastrocnemio, gemelos)' },
    description: {
      en: 'The main calf muscle; it starts just above the back of the knee and lifts the heel.',
      es: 'El músculo principal de la pantorrilla; empieza justo encima de la parte de atrás de la rodilla y levanta el talón.',
    },
    synonyms: ['calf muscle', 'gastroc', 'gemelos', 'gastrocnemio', 'calf strain'],
    liesIn: ['back_of_knee', 'calf'],
  }),
  muscle({
    id: 'soleus',
    anatomicalName: { en: 'Soleus', es: 'Sóleo' },
    plainName: { en: 'Soleus (deep calf muscle)', es: 'Sóleo (músculo profundo de la pantorrilla)' },
    description: {
      en: 'A broad, flat calf muscle under the gastrocnemius; it joins the Achilles tendon and keeps you upright when standing.',
      es: 'Un músculo ancho y plano de la pantorrilla, debajo del gastrocnemio; se une al tendón de Aquiles y te mantiene erguido al estar de pie.',
    },
    synonyms: ['soleus muscle', 'soleo', 'sóleo', 'musculus soleus'],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'tibialis_anterior',
    anatomicalName: { en: 'Tibialis anterior', es: 'Tibial anterior' },
    plainName: { en: 'Shin muscle (tibialis anterior)', es: 'Músculo de la espinilla (tibial anterior)' },
    description: {
      en: 'The muscle beside the shin bone; it lifts the front of the foot so the toes clear the ground when walking.',
      es: 'El músculo junto al hueso de la espinilla; levanta la parte delantera del pie para que los dedos no rocen el suelo al caminar.',
    },
    synonyms: ['anterior tibialis', 'shin muscle', 'tibial anterior', 'musculus tibialis anterior'],
  }),
  muscle({
    id: 'extensor_digitorum_longus',
    anatomicalName: { en: 'Extensor digitorum longus', es: 'Extensor largo de los dedos' },
    plainName: {
      en: 'Long toe lifter (extensor digitorum longus)',
      es: 'Músculo largo que levanta los dedos (extensor largo de los dedos)',
    },
    description: {
      en: 'A muscle on the outer front of the leg whose tendons lift the four smaller toes and the foot.',
      es: 'Un músculo de la parte delantera y externa de la pierna cuyos tendones levantan los cuatro dedos pequeños y el pie.',
    },
    synonyms: ['edl', 'toe extensor', 'extensor largo de los dedos', 'musculus extensor digitorum longus'],
  }),
  muscle({
    id: 'extensor_hallucis_longus',
    anatomicalName: { en: 'Extensor hallucis longus', es: 'Extensor largo del dedo gordo' },
    plainName: {
      en: 'Big toe lifter (extensor hallucis longus)',
      es: 'Músculo que levanta el dedo gordo (extensor largo del dedo gordo)',
    },
    description: {
      en: 'A thin muscle deep in the front of the leg whose tendon lifts the big toe.',
      es: 'Un músculo delgado en la profundidad de la parte delantera de la pierna cuyo tendón levanta el dedo gordo.',
    },
    synonyms: [
      'ehl',
      'big toe extensor',
      'extensor largo del dedo gordo',
      'extensor largo del hallux',
      'musculus extensor hallucis longus',
    ],
  }),
  muscle({
    id: 'fibularis_longus',
    anatomicalName: { en: 'Fibularis longus', es: 'Peroneo largo (fibular largo)' },
    plainName: {
      en: 'Long outer leg muscle (fibularis longus)',
      es: 'Músculo largo de la cara externa de la pierna (peroneo largo)',
    },
    description: {
      en: 'A muscle on the outside of the leg; its tendon runs behind the outer ankle bone and under the foot, and it turns the sole outward and supports the arch.',
      es: 'Un músculo de la cara externa de la pierna; su tendón pasa por detrás del tobillo externo y por debajo del pie, gira la planta hacia fuera y sostiene el arco.',
    },
    synonyms: [
      'peroneus longus',
      'peroneal muscle',
      'peroneo largo',
      'fibular largo',
      'musculus fibularis longus',
    ],
  }),
  muscle({
    id: 'fibularis_brevis',
    anatomicalName: { en: 'Fibularis brevis', es: 'Peroneo corto (fibular corto)' },
    plainName: {
      en: 'Short outer leg muscle (fibularis brevis)',
      es: 'Músculo corto de la cara externa de la pierna (peroneo corto)',
    },
    description: {
      en: 'A muscle under the fibularis longus on the outside of the leg; its tendon runs behind the outer ankle bone to the outer edge of the foot and steadies the ankle.',
      es: 'Un músculo debajo del peroneo largo en la cara externa de la pierna; su tendón pasa por detrás del tobillo externo hasta el borde externo del pie y estabiliza el tobillo.',
    },
    synonyms: ['peroneus brevis', 'peroneo corto', 'fibular corto', 'musculus fibularis brevis'],
  }),
  muscle({
    id: 'tibialis_posterior',
    anatomicalName: { en: 'Tibialis posterior', es: 'Tibial posterior' },
    plainName: {
      en: 'Deep calf muscle of the arch (tibialis posterior)',
      es: 'Músculo profundo de la pantorrilla que sostiene el arco (tibial posterior)',
    },
    description: {
      en: 'The deepest calf muscle, between the two leg bones; its tendon runs behind the inner ankle bone and holds up the arch of the foot.',
      es: 'El músculo más profundo de la pantorrilla, entre los dos huesos de la pierna; su tendón pasa por detrás del tobillo interno y sostiene el arco del pie.',
    },
    synonyms: ['posterior tibialis', 'tib post', 'tibial posterior', 'musculus tibialis posterior'],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'flexor_digitorum_longus',
    anatomicalName: { en: 'Flexor digitorum longus', es: 'Flexor largo de los dedos' },
    plainName: {
      en: 'Long toe curler (flexor digitorum longus)',
      es: 'Músculo largo que flexiona los dedos (flexor largo de los dedos)',
    },
    description: {
      en: 'A deep calf muscle on the back of the shin bone; its tendon runs behind the inner ankle bone and under the foot to curl the four smaller toes.',
      es: 'Un músculo profundo de la pantorrilla en la parte de atrás de la tibia; su tendón pasa por detrás del tobillo interno y por debajo del pie para flexionar los cuatro dedos pequeños.',
    },
    synonyms: ['fdl', 'long toe flexor', 'flexor largo de los dedos', 'musculus flexor digitorum longus'],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'flexor_hallucis_longus',
    anatomicalName: { en: 'Flexor hallucis longus', es: 'Flexor largo del dedo gordo' },
    plainName: {
      en: 'Big toe curler (flexor hallucis longus)',
      es: 'Músculo que flexiona el dedo gordo (flexor largo del dedo gordo)',
    },
    description: {
      en: 'A deep calf muscle on the back of the thin leg bone; its tendon runs behind the inner ankle and under the foot to the big toe, which it bends to push off in walking.',
      es: 'Un músculo profundo de la pantorrilla en la parte de atrás del peroné; su tendón pasa por detrás del tobillo interno y por debajo del pie hasta el dedo gordo, que flexiona para impulsarse al caminar.',
    },
    synonyms: [
      'fhl',
      'big toe flexor',
      'flexor largo del dedo gordo',
      'flexor largo del hallux',
      'musculus flexor hallucis longus',
    ],
    liesIn: ['calf'],
  }),
  muscle({
    id: 'popliteus',
    anatomicalName: { en: 'Popliteus', es: 'Poplíteo' },
    plainName: { en: 'Popliteus (knee unlocker)', es: 'Poplíteo (desbloquea la rodilla)' },
    description: {
      en: 'A small, flat muscle deep in the back of the knee; it unlocks the straightened knee so it can bend.',
      es: 'Un músculo pequeño y plano en la profundidad de la parte de atrás de la rodilla; desbloquea la rodilla extendida para que pueda doblarse.',
    },
    synonyms: ['popliteus muscle', 'popliteo', 'poplíteo', 'musculus popliteus'],
    liesIn: ['back_of_knee'],
  }),
];
