/** Plain descriptions of the muscles (structures/muscles.ts). */
import type { DescriptionEntry } from '../schema';

export const MUSCLE_DESCRIPTIONS: DescriptionEntry[] = [
  {
    id: 'psoas_major',
    description: {
      en: 'A long muscle that runs from the low back bones to the top of the thigh bone and lifts the leg.',
      es: 'Un músculo largo que va de los huesos de la parte baja de la espalda a la parte de arriba del fémur y levanta la pierna.',
    },
  },
  {
    id: 'iliacus',
    description: {
      en: 'A fan-shaped muscle lining the inside of the pelvis that joins the psoas to lift the leg.',
      es: 'Un músculo en forma de abanico que cubre el interior de la pelvis y se une al psoas para levantar la pierna.',
    },
  },
  {
    id: 'quadratus_lumborum',
    description: {
      en: 'A square muscle deep in the low back that joins the lowest rib and the spine to the top of the pelvis.',
      es: 'Un músculo cuadrado en lo profundo de la espalda baja que une la última costilla y la columna con la parte alta de la pelvis.',
    },
  },
  {
    id: 'erector_spinae',
    description: {
      en: 'Long muscles on both sides of the spine that keep the back upright; they start on the sacrum and the top of the pelvis.',
      es: 'Músculos largos a los dos lados de la columna que mantienen la espalda recta; empiezan en el sacro y la parte alta de la pelvis.',
    },
  },
  {
    id: 'multifidus',
    description: {
      en: 'The deepest muscle of the low back, in the groove beside the bony bumps of the spine, under the long back muscles; it holds each vertebra steady as you move.',
      es: 'El músculo más profundo de la espalda baja, en el surco junto a las salientes óseas de la columna, debajo de los músculos largos de la espalda; mantiene firme cada vértebra mientras uno se mueve.',
    },
  },
  {
    id: 'gluteus_maximus',
    description: {
      en: 'The big muscle of the buttock that pushes the leg back when you stand up, climb or run.',
      es: 'El músculo grande de la nalga que empuja la pierna hacia atrás al levantarse, subir escaleras o correr.',
    },
  },
  {
    id: 'gluteus_medius',
    description: {
      en: 'A muscle on the side of the hip that keeps the pelvis level when you stand on one leg.',
      es: 'Un músculo en el costado de la cadera que mantiene la pelvis nivelada cuando se apoya en una sola pierna.',
    },
  },
  {
    id: 'gluteus_minimus',
    description: {
      en: 'A small muscle under the gluteus medius that also keeps the pelvis level when you walk.',
      es: 'Un músculo pequeño debajo del glúteo medio que también mantiene la pelvis nivelada al caminar.',
    },
  },
  {
    id: 'piriformis',
    description: {
      en: 'A small deep buttock muscle that turns the leg outward; the sciatic nerve passes just below it.',
      es: 'Un músculo pequeño y profundo de la nalga que gira la pierna hacia afuera; el nervio ciático pasa justo debajo de él.',
    },
  },
  {
    id: 'gemellus_superior',
    description: {
      en: 'A thin deep buttock muscle along the top of the obturator internus tendon; it helps turn the leg outward.',
      es: 'Un músculo delgado y profundo de la nalga a lo largo del borde superior del tendón del obturador interno; ayuda a girar la pierna hacia afuera.',
    },
  },
  {
    id: 'obturator_internus',
    description: {
      en: 'A fan-shaped muscle inside the pelvis whose tendon turns out of the pelvis behind the hip to the top of the thigh bone; it turns the leg outward and steadies the hip.',
      es: 'Un músculo en abanico dentro de la pelvis cuyo tendón sale de la pelvis por detrás de la cadera hasta la parte alta del fémur; gira la pierna hacia afuera y estabiliza la cadera.',
    },
  },
  {
    id: 'gemellus_inferior',
    description: {
      en: 'A thin deep buttock muscle along the bottom of the obturator internus tendon; it helps turn the leg outward.',
      es: 'Un músculo delgado y profundo de la nalga a lo largo del borde inferior del tendón del obturador interno; ayuda a girar la pierna hacia afuera.',
    },
  },
  {
    id: 'quadratus_femoris',
    description: {
      en: 'A short, square muscle deep in the lower buttock, from the sitting bone to the back of the thigh bone; it turns the leg outward.',
      es: 'Un músculo corto y cuadrado en la profundidad de la parte baja de la nalga, del hueso del asiento a la parte de atrás del fémur; gira la pierna hacia afuera.',
    },
  },
  {
    id: 'obturator_externus',
    description: {
      en: 'A flat, deep muscle on the outside of the front of the pelvis that winds under and behind the hip joint to the top of the thigh bone; it turns the leg outward.',
      es: 'Un músculo plano y profundo en la cara externa de la parte delantera de la pelvis que pasa por debajo y por detrás de la articulación de la cadera hasta la parte alta del fémur; gira la pierna hacia afuera.',
    },
  },
  {
    id: 'tensor_fasciae_latae',
    description: {
      en: 'A small muscle at the front and side of the hip that pulls on the IT band.',
      es: 'Un músculo pequeño en la parte delantera y lateral de la cadera que tira de la banda iliotibial.',
    },
  },
  {
    id: 'sartorius',
    description: {
      en: 'The longest muscle in the body; it crosses the front of the thigh from the hip to the inside of the knee.',
      es: 'El músculo más largo del cuerpo; cruza el muslo por delante desde la cadera hasta la parte interna de la rodilla.',
    },
  },
  {
    id: 'rectus_femoris',
    description: {
      en: 'The quadriceps muscle that crosses both the hip and the knee: it lifts the thigh and straightens the knee.',
      es: 'El músculo del cuádriceps que cruza la cadera y la rodilla: levanta el muslo y estira la rodilla.',
    },
  },
  {
    id: 'vastus_lateralis',
    description: {
      en: 'The largest quadriceps muscle, on the outside of the thigh; it straightens the knee.',
      es: 'El músculo más grande del cuádriceps, en la parte externa del muslo; estira la rodilla.',
    },
  },
  {
    id: 'vastus_medialis',
    description: {
      en: 'The teardrop-shaped quadriceps muscle above the inside of the knee; it straightens the knee and steadies the kneecap.',
      es: 'El músculo del cuádriceps en forma de lágrima sobre la parte interna de la rodilla; estira la rodilla y estabiliza la rótula.',
    },
  },
  {
    id: 'vastus_intermedius',
    description: {
      en: 'The quadriceps muscle lying deep, right on the front of the thigh bone; it straightens the knee.',
      es: 'El músculo del cuádriceps que está en lo profundo, justo sobre la parte delantera del fémur; estira la rodilla.',
    },
  },
  {
    id: 'adductor_longus',
    description: {
      en: 'A groin muscle that pulls the leg in toward the other leg.',
      es: 'Un músculo de la ingle que lleva la pierna hacia la otra pierna.',
    },
  },
  {
    id: 'pectineus',
    description: {
      en: 'A flat, square muscle deep in the crease of the groin, from the front of the pelvis to the top of the thigh bone; it pulls the leg in and helps lift it.',
      es: 'Un músculo plano y cuadrado en la profundidad del pliegue de la ingle, de la parte delantera de la pelvis a la parte alta del fémur; lleva la pierna hacia dentro y ayuda a levantarla.',
    },
  },
  {
    id: 'adductor_brevis',
    description: {
      en: 'A short muscle under the other groin muscles, from the pubic bone to the back of the thigh bone; it pulls the leg in toward the other leg.',
      es: 'Un músculo corto bajo los otros músculos de la ingle, del pubis a la parte de atrás del fémur; lleva la pierna hacia la otra pierna.',
    },
  },
  {
    id: 'adductor_magnus',
    description: {
      en: 'The biggest inner thigh muscle; it pulls the leg inward and helps push it back.',
      es: 'El músculo más grande de la parte interna del muslo; lleva la pierna hacia adentro y ayuda a empujarla hacia atrás.',
    },
  },
  {
    id: 'gracilis',
    description: {
      en: 'A thin strap muscle on the inside of the thigh that ends just below the inside of the knee.',
      es: 'Un músculo delgado en cinta en la parte interna del muslo que termina justo debajo de la parte interna de la rodilla.',
    },
  },
  {
    id: 'biceps_femoris',
    description: {
      en: 'The hamstring on the outside of the back of the thigh; it bends the knee.',
      es: 'El isquiotibial de la parte externa de la parte de atrás del muslo; dobla la rodilla.',
    },
  },
  {
    id: 'semitendinosus',
    description: {
      en: 'A hamstring on the inside of the back of the thigh with a long thin tendon; it bends the knee.',
      es: 'Un isquiotibial en la parte interna de la parte de atrás del muslo, con un tendón largo y delgado; dobla la rodilla.',
    },
  },
  {
    id: 'semimembranosus',
    description: {
      en: 'A broad hamstring under the semitendinosus at the back of the thigh; it bends the knee.',
      es: 'Un isquiotibial ancho debajo del semitendinoso en la parte de atrás del muslo; dobla la rodilla.',
    },
  },
  {
    id: 'gastrocnemius',
    description: {
      en: 'The main calf muscle; it starts just above the back of the knee and lifts the heel.',
      es: 'El músculo principal de la pantorrilla; empieza justo encima de la parte de atrás de la rodilla y levanta el talón.',
    },
  },
  {
    id: 'soleus',
    description: {
      en: 'A broad, flat calf muscle under the gastrocnemius; it joins the Achilles tendon and keeps you upright when standing.',
      es: 'Un músculo ancho y plano de la pantorrilla, debajo del gastrocnemio; se une al tendón de Aquiles y te mantiene erguido al estar de pie.',
    },
  },
  {
    id: 'tibialis_anterior',
    description: {
      en: 'The muscle beside the shin bone; it lifts the front of the foot so the toes clear the ground when walking.',
      es: 'El músculo junto al hueso de la espinilla; levanta la parte delantera del pie para que los dedos no rocen el suelo al caminar.',
    },
  },
  {
    id: 'extensor_digitorum_longus',
    description: {
      en: 'A muscle on the outer front of the leg whose tendons lift the four smaller toes and the foot.',
      es: 'Un músculo de la parte delantera y externa de la pierna cuyos tendones levantan los cuatro dedos pequeños y el pie.',
    },
  },
  {
    id: 'extensor_hallucis_longus',
    description: {
      en: 'A thin muscle deep in the front of the leg whose tendon lifts the big toe.',
      es: 'Un músculo delgado en la profundidad de la parte delantera de la pierna cuyo tendón levanta el dedo gordo.',
    },
  },
  {
    id: 'fibularis_longus',
    description: {
      en: 'A muscle on the outside of the leg; its tendon runs behind the outer ankle bone and under the foot, and it turns the sole outward and supports the arch.',
      es: 'Un músculo de la cara externa de la pierna; su tendón pasa por detrás del tobillo externo y por debajo del pie, gira la planta hacia fuera y sostiene el arco.',
    },
  },
  {
    id: 'fibularis_brevis',
    description: {
      en: 'A muscle under the fibularis longus on the outside of the leg; its tendon runs behind the outer ankle bone to the outer edge of the foot and steadies the ankle.',
      es: 'Un músculo debajo del peroneo largo en la cara externa de la pierna; su tendón pasa por detrás del tobillo externo hasta el borde externo del pie y estabiliza el tobillo.',
    },
  },
  {
    id: 'tibialis_posterior',
    description: {
      en: 'The deepest calf muscle, between the two leg bones; its tendon runs behind the inner ankle bone and holds up the arch of the foot.',
      es: 'El músculo más profundo de la pantorrilla, entre los dos huesos de la pierna; su tendón pasa por detrás del tobillo interno y sostiene el arco del pie.',
    },
  },
  {
    id: 'flexor_digitorum_longus',
    description: {
      en: 'A deep calf muscle on the back of the shin bone; its tendon runs behind the inner ankle bone and under the foot to curl the four smaller toes.',
      es: 'Un músculo profundo de la pantorrilla en la parte de atrás de la tibia; su tendón pasa por detrás del tobillo interno y por debajo del pie para flexionar los cuatro dedos pequeños.',
    },
  },
  {
    id: 'flexor_hallucis_longus',
    description: {
      en: 'A deep calf muscle on the back of the thin leg bone; its tendon runs behind the inner ankle and under the foot to the big toe, which it bends to push off in walking.',
      es: 'Un músculo profundo de la pantorrilla en la parte de atrás del peroné; su tendón pasa por detrás del tobillo interno y por debajo del pie hasta el dedo gordo, que flexiona para impulsarse al caminar.',
    },
  },
  {
    id: 'popliteus',
    description: {
      en: 'A small, flat muscle deep in the back of the knee; it unlocks the straightened knee so it can bend.',
      es: 'Un músculo pequeño y plano en la profundidad de la parte de atrás de la rodilla; desbloquea la rodilla extendida para que pueda doblarse.',
    },
  },
  {
    id: 'quadratus_plantae',
    description: {
      en: 'A flat muscle deep in the sole, from the heel bone to the tendon of the long toe curler; it straightens that tendon’s pull so the toes curl straight.',
      es: 'Un músculo plano en la profundidad de la planta, del hueso del talón al tendón del músculo largo que flexiona los dedos; endereza la tracción de ese tendón para que los dedos se flexionen en línea recta.',
    },
  },
  {
    id: 'flexor_digitorum_brevis',
    description: {
      en: 'A muscle in the middle of the sole, just under the thick band of the sole, from the heel to the four smaller toes, which it curls; it helps hold up the arch.',
      es: 'Un músculo en el centro de la planta, justo debajo de la banda gruesa de la planta, del talón a los cuatro dedos pequeños, que flexiona; ayuda a sostener el arco.',
    },
  },
  {
    id: 'abductor_hallucis',
    description: {
      en: 'A muscle along the inner edge of the sole, from the heel to the big toe, which it pulls away from the other toes; it helps hold up the inner arch.',
      es: 'Un músculo a lo largo del borde interno de la planta, del talón al dedo gordo, al que separa de los otros dedos; ayuda a sostener el arco interno.',
    },
  },
  {
    id: 'abductor_digiti_minimi',
    description: {
      en: 'A muscle along the outer edge of the sole, from the heel to the little toe, which it pulls outward and bends; it helps hold up the outer arch.',
      es: 'Un músculo a lo largo del borde externo de la planta, del talón al dedo pequeño, al que separa hacia fuera y flexiona; ayuda a sostener el arco externo.',
    },
  },
  {
    id: 'flexor_hallucis_brevis',
    description: {
      en: 'A short muscle deep in the sole under the first long foot bone, in two bellies with the long big-toe curler’s tendon running between them; it bends the big toe at its base.',
      es: 'Un músculo corto en la profundidad de la planta, bajo el primer hueso largo del pie, con dos vientres entre los que pasa el tendón del flexor largo del dedo gordo; flexiona el dedo gordo en su base.',
    },
  },
  {
    id: 'adductor_hallucis',
    description: {
      en: 'A deep muscle of the sole with two heads, one running obliquely from the middle of the foot and one across under the ball of the foot, both to the big toe, which they draw towards the second toe; it helps hold up the arch across the foot.',
      es: 'Un músculo profundo de la planta con dos cabezas, una oblicua desde el centro del pie y otra transversal bajo la almohadilla de los dedos, ambas al dedo gordo, al que acercan al segundo dedo; ayuda a sostener el arco transversal del pie.',
    },
  },
  {
    id: 'flexor_digiti_minimi_brevis',
    description: {
      en: 'A small muscle along the outer part of the sole under the fifth long foot bone, beside the muscle of the outer edge; it bends the little toe at its base.',
      es: 'Un músculo pequeño en la parte externa de la planta, bajo el quinto hueso largo del pie, junto al músculo del borde externo; flexiona el dedo pequeño en su base.',
    },
  },
  {
    id: 'dorsal_interossei_of_foot',
    description: {
      en: 'Four small muscles that fill the spaces between the five long bones of the forefoot, each arising from the two bones beside it; they end at the bases of the second, third and fourth toes and spread those toes apart, away from the line of the second toe.',
      es: 'Cuatro músculos pequeños que rellenan los espacios entre los cinco huesos largos del antepié; cada uno nace de los dos huesos que tiene al lado. Terminan en la base del segundo, tercer y cuarto dedos y los separan, alejándolos de la línea del segundo dedo.',
    },
  },
  {
    id: 'plantar_interossei',
    description: {
      en: 'Three small muscles deep in the sole, under the third, fourth and fifth long bones of the forefoot, each ending on the inner side of the base of its toe; they draw the three outer toes towards the second toe.',
      es: 'Tres músculos pequeños en lo profundo de la planta, bajo el tercer, cuarto y quinto huesos largos del antepié; cada uno termina en el lado interno de la base de su dedo y acercan los tres dedos externos al segundo.',
    },
  },
  {
    id: 'lumbricals',
    description: {
      en: 'Four slender muscles in the sole that arise from the tendons of the long toe curler and pass along the inner side of the four smaller toes to their backs; they bend the toes at their bases and straighten their middle joints.',
      es: 'Cuatro músculos delgados de la planta que nacen de los tendones del flexor largo de los dedos y pasan por el lado interno de los cuatro dedos pequeños hacia su dorso; flexionan los dedos en su base y extienden sus articulaciones intermedias.',
    },
  },
];
