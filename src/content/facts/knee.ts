/**
 * Student facts of the knee's ligaments, menisci and bursae: attachments, function, supply where it matters.
 * Gray's 42nd ed. (knee: ligaments, menisci, bursae); Moore 8th ed. (ch. 7, knee joint); Netter 7th ed.
 * (knee plates); lengths from Girgis et al. 1975 and LaPrade et al. 2003 and 2007.
 */
import {
  ATHWAL,
  CASP,
  DAMBROSI,
  GIRGIS,
  GRIFFITH,
  HEDDERWICK,
  LAPRADE_LATERAL,
  LIU_MCL,
  LAPRADE_MEDIAL,
  NETTER,
  WILLINGER,
  WU_OPL,
  gray,
  moore,
} from '../references';
import type { FactsEntry } from '../schema';

const CRUCIATE_SUPPLY = {
  en: 'Middle genicular artery; articular branches of the tibial nerve (posterior articular nerve).',
  es: 'Arteria media de la rodilla (genicular media); ramos articulares del nervio tibial (nervio articular posterior).',
};

const MENISCUS_SUPPLY = {
  en: 'Only the outer rim has vessels (genicular arteries); the inner part has none, so tears there heal poorly.',
  es: 'Solo el borde externo tiene vasos (arterias de la rodilla); la parte interna no tiene, por eso sus roturas cicatrizan mal.',
};

export const KNEE_FACTS: readonly FactsEntry[] = [
  {
    id: 'anterior_cruciate_ligament',
    attachment: {
      bones: ['tibia', 'femur'],
      attachments: {
        en: 'From the anterior intercondylar area of the tibia, up, back and laterally to the posterior part of the medial surface of the lateral femoral condyle; about 38 mm long and 11 mm wide.',
        es: 'Del área intercondílea anterior de la tibia, hacia arriba, atrás y afuera, a la parte posterior de la cara medial del cóndilo lateral del fémur; unos 38 mm de largo y 11 mm de ancho.',
      },
      function: {
        en: 'Stops the tibia sliding forward on the femur (and the femur backward on the tibia) and limits hyperextension and rotation.',
        es: 'Impide que la tibia se desplace hacia delante sobre el fémur (y el fémur hacia atrás sobre la tibia) y limita la hiperextensión y la rotación.',
      },
      supply: CRUCIATE_SUPPLY,
    },
    references: [
      moore('ch. 7 Lower Limb, knee joint: intra-articular ligaments'),
      gray('knee: cruciate ligaments'),
      NETTER,
      GIRGIS,
    ],
  },
  {
    id: 'posterior_cruciate_ligament',
    attachment: {
      bones: ['tibia', 'femur'],
      attachments: {
        en: 'From the posterior intercondylar area of the tibia (on its back, below the plateau), up and forward to the anterior part of the lateral surface of the medial femoral condyle; about 38 mm long and 13 mm wide, stronger than the ACL.',
        es: 'Del área intercondílea posterior de la tibia (en su cara posterior, bajo la meseta), hacia arriba y adelante, a la parte anterior de la cara lateral del cóndilo medial del fémur; unos 38 mm de largo y 13 mm de ancho, más fuerte que el LCA.',
      },
      function: {
        en: 'Stops the tibia sliding backward on the femur (and the femur forward on the tibia), above all in flexion, as when walking downhill.',
        es: 'Impide que la tibia se desplace hacia atrás sobre el fémur (y el fémur hacia delante sobre la tibia), sobre todo en flexión, como al bajar una pendiente.',
      },
      supply: CRUCIATE_SUPPLY,
    },
    references: [
      moore('ch. 7 Lower Limb, knee joint: intra-articular ligaments'),
      gray('knee: cruciate ligaments'),
      NETTER,
      GIRGIS,
    ],
  },
  {
    id: 'medial_collateral_ligament',
    attachment: {
      bones: ['femur', 'tibia'],
      attachments: {
        en: 'A broad flat band from the medial epicondyle of the femur (just above and behind it) to the medial surface of the tibia about 6 cm below the joint line, under the pes anserinus; its deep fibres blend with the capsule and hold the medial meniscus.',
        es: 'Una banda ancha y plana del epicóndilo medial del fémur (justo por encima y detrás de él) a la cara medial de la tibia, unos 6 cm por debajo de la interlínea articular, bajo la pata de ganso; sus fibras profundas se unen a la cápsula y sujetan el menisco medial.',
      },
      function: {
        en: 'Resists the knee being pushed inward (valgus) and the tibia turning outward; taut in extension.',
        es: 'Resiste que la rodilla se doble hacia dentro (valgo) y que la tibia gire hacia fuera; tenso en extensión.',
      },
    },
    references: [
      moore('ch. 7 Lower Limb, knee joint: extracapsular ligaments'),
      gray('knee: tibial collateral ligament'),
      NETTER,
      LAPRADE_MEDIAL,
    ],
  },
  {
    id: 'lateral_collateral_ligament',
    attachment: {
      bones: ['femur', 'fibula'],
      attachments: {
        en: 'A round cord from the lateral epicondyle of the femur to the lateral surface of the head of the fibula; it stands clear of the capsule and the lateral meniscus (the popliteus tendon passes between them), and the biceps femoris tendon splits round its lower end.',
        es: 'Un cordón redondo del epicóndilo lateral del fémur a la cara lateral de la cabeza del peroné; está separado de la cápsula y del menisco lateral (el tendón del poplíteo pasa entre ellos), y el tendón del bíceps femoral se divide alrededor de su extremo inferior.',
      },
      function: {
        en: 'Resists the knee being pushed outward (varus); taut in extension.',
        es: 'Resiste que la rodilla se doble hacia fuera (varo); tenso en extensión.',
      },
    },
    references: [
      moore('ch. 7 Lower Limb, knee joint: extracapsular ligaments'),
      gray('knee: fibular collateral ligament'),
      NETTER,
      LAPRADE_LATERAL,
    ],
  },
  {
    id: 'posterior_oblique_ligament',
    attachment: {
      bones: ['femur', 'tibia'],
      attachments: {
        en: 'From the femur behind and above the tibial collateral ligament, 7.7 mm distal and 6.4 mm posterior to the adductor tubercle (LaPrade et al. 2007), its central arm fans down and back over the posteromedial capsule, to which it blends and which holds the medial meniscus, to the posteromedial tibia about 5 mm below the plateau, behind the deep MCL (Athwal et al. 2020), where it joins the sheath of the semimembranosus tendon.',
        es: 'Desde el fémur, por detrás y por encima del ligamento colateral tibial, 7,7 mm distal y 6,4 mm posterior al tubérculo del aductor (LaPrade et al. 2007), su brazo central se abre en abanico hacia abajo y atrás sobre la cápsula posteromedial, con la que se funde y que sujeta el menisco medial, hasta la parte posteromedial de la tibia, unos 5 mm por debajo de la meseta, detrás del LCM profundo (Athwal et al. 2020), donde se une a la vaina del tendón del semimembranoso.',
      },
      function: {
        en: "The main restraint to the tibia turning inward (internal rotation) in the first 30 deg of flexion (D'Ambrosi et al. 2020); it also resists valgus (the knee pushed inward), and takes more of that load when the other medial structures are torn (Griffith et al. 2009).",
        es: "Es el principal freno a la rotación interna de la tibia en los primeros 30 grados de flexión (D'Ambrosi et al. 2020); también resiste el valgo (la rodilla empujada hacia dentro), y soporta más carga cuando las demás estructuras mediales están rotas (Griffith et al. 2009).",
      },
    },
    references: [LAPRADE_MEDIAL, ATHWAL, CASP, DAMBROSI, GRIFFITH],
  },
  {
    id: 'deep_medial_collateral_ligament',
    attachment: {
      bones: ['femur', 'tibia'],
      attachments: {
        en: 'A thickening of the medial joint capsule under the tibial collateral ligament, thinner than it, with a bursa between them (Liu et al. 2010). From the femur 6 mm below and 5 mm behind the medial epicondyle it runs down to the medial meniscus, to which it is fixed (the meniscofemoral ligament), and on, fanning forward and down, to a wide attachment on the tibia 8 mm below the plateau (the meniscotibial ligament) (Athwal et al. 2020). The meniscofemoral part is about 3 times as long as the meniscotibial, which is about 1.7 times as wide; its insertions, about 72 mm2 on the femur and 64 mm2 on the tibia, are centred 20.5 mm above and 6.5 mm below the joint line (Liu et al. 2010).',
        es: 'Un engrosamiento de la cápsula articular medial bajo el ligamento colateral tibial, más fino que él, con una bolsa serosa entre ambos (Liu et al. 2010). Desde el fémur, 6 mm por debajo y 5 mm por detrás del epicóndilo medial, baja hasta el menisco medial, al que está fijado (el ligamento meniscofemoral), y sigue, abriéndose hacia delante y abajo, hasta una inserción ancha en la tibia 8 mm por debajo de la meseta (el ligamento meniscotibial) (Athwal et al. 2020). La parte meniscofemoral mide unas 3 veces la longitud de la meniscotibial, que es unas 1,7 veces más ancha; sus inserciones, de unos 72 mm2 en el fémur y 64 mm2 en la tibia, están centradas 20,5 mm por encima y 6,5 mm por debajo de la interlínea articular (Liu et al. 2010).',
      },
      function: {
        en: 'Holds the medial meniscus to the femur and the tibia. Its front fibres are stretched when the tibia turns outward, at every angle of knee bending; with the tibial collateral ligament cut, it tightens when the knee is pushed inward (valgus) (Willinger et al. 2020).',
        es: 'Sujeta el menisco medial al fémur y a la tibia. Sus fibras anteriores se estiran cuando la tibia gira hacia fuera, con la rodilla en cualquier grado de flexión; cortado el ligamento colateral tibial, se tensa cuando la rodilla se empuja hacia dentro (valgo) (Willinger et al. 2020).',
      },
    },
    references: [LIU_MCL, ATHWAL, WILLINGER],
  },
  {
    id: 'oblique_popliteal_ligament',
    attachment: {
      bones: ['tibia', 'femur'],
      attachments: {
        en: "An expansion of the semimembranosus tendon from near its insertion on the back of the medial tibial condyle, joined by fibres from the posteromedial capsule (Wu et al. 2017); it runs upward and laterally across the back of the joint capsule, with which it blends, to the posterolateral capsule or the fabella at the medial margin of the lateral femoral condyle (Hedderwick et al. 2017). A broad, flat band, about 4 cm long, 2 cm wide and 1.4 mm thick (Wu et al. 2017); it forms part of the floor of the popliteal fossa, with the popliteal artery on it (Gray's).",
        es: 'Una expansión del tendón del semimembranoso desde cerca de su inserción en la parte posterior del cóndilo medial de la tibia, a la que se suman fibras de la cápsula posteromedial (Wu et al. 2017); sube en diagonal hacia fuera por la parte posterior de la cápsula articular, con la que se funde, hasta la cápsula posterolateral o la fabela, en el borde medial del cóndilo lateral del fémur (Hedderwick et al. 2017). Una banda ancha y plana, de unos 4 cm de largo, 2 cm de ancho y 1,4 mm de grosor (Wu et al. 2017); forma parte del suelo de la fosa poplítea, con la arteria poplítea sobre ella (Gray).',
      },
      function: {
        en: 'Strengthens the back of the joint capsule; it resists hyperextension of the knee and the tibia turning outward too far: with it cut, the tibia turned 8.4 deg further outward under the same twisting load (Wu et al. 2017).',
        es: 'Refuerza la parte posterior de la cápsula articular; resiste la hiperextensión de la rodilla y que la tibia gire demasiado hacia fuera: al cortarlo, la tibia giró 8,4 grados más hacia fuera con la misma fuerza de torsión (Wu et al. 2017).',
      },
    },
    references: [
      gray('knee: oblique popliteal ligament'),
      moore('ch. 7 Lower Limb, knee joint: extracapsular ligaments'),
      HEDDERWICK,
      WU_OPL,
    ],
  },
  {
    id: 'medial_meniscus',
    attachment: {
      bones: ['tibia'],
      attachments: {
        en: 'A wide C of fibrocartilage, wedge-shaped in section, on the medial tibial condyle: its horns to the anterior and posterior intercondylar areas of the tibia, its rim to the capsule and the deep medial collateral ligament (so it moves less than the lateral, and tears more often).',
        es: 'Una C abierta de fibrocartílago, de sección en cuña, sobre el cóndilo medial de la tibia: sus cuernos a las áreas intercondíleas anterior y posterior de la tibia, su borde a la cápsula y al ligamento colateral medial profundo (por eso se mueve menos que el lateral y se rompe más a menudo).',
      },
      function: {
        en: 'Deepens the tibial surface for the femoral condyle, spreads the load and absorbs shock, and helps steady the joint.',
        es: 'Hace más cóncava la superficie de la tibia para el cóndilo del fémur, reparte la carga, amortigua y ayuda a estabilizar la articulación.',
      },
      supply: MENISCUS_SUPPLY,
    },
    references: [moore('ch. 7 Lower Limb, knee joint: menisci'), gray('knee: menisci'), NETTER],
  },
  {
    id: 'lateral_meniscus',
    attachment: {
      bones: ['tibia'],
      attachments: {
        en: 'A nearly circular ring of fibrocartilage, wedge-shaped in section, on the lateral tibial condyle: its horns close together on the intercondylar area of the tibia; free of the lateral collateral ligament, with the popliteus tendon between them, and tied behind to the medial femoral condyle by the meniscofemoral ligaments.',
        es: 'Un anillo casi circular de fibrocartílago, de sección en cuña, sobre el cóndilo lateral de la tibia: sus cuernos muy juntos en el área intercondílea de la tibia; separado del ligamento colateral lateral por el tendón del poplíteo, y unido por detrás al cóndilo medial del fémur por los ligamentos meniscofemorales.',
      },
      function: {
        en: 'Deepens the tibial surface for the femoral condyle, spreads the load and absorbs shock; more mobile than the medial meniscus.',
        es: 'Hace más cóncava la superficie de la tibia para el cóndilo del fémur, reparte la carga y amortigua; más móvil que el menisco medial.',
      },
      supply: MENISCUS_SUPPLY,
    },
    references: [moore('ch. 7 Lower Limb, knee joint: menisci'), gray('knee: menisci'), NETTER],
  },
  {
    id: 'prepatellar_bursa',
    attachment: {
      bones: ['patella'],
      attachments: {
        en: 'A thin flat sac between the skin and the front of the lower half of the patella and the upper patellar ligament.',
        es: 'Un saco fino y plano entre la piel y la cara anterior de la mitad inferior de la rótula y la parte superior del ligamento rotuliano.',
      },
      function: {
        en: 'Lets the skin glide over the kneecap as the knee bends; kneeling for long can inflame it (prepatellar bursitis, "housemaid\'s knee").',
        es: 'Permite que la piel se deslice sobre la rótula al doblar la rodilla; arrodillarse mucho tiempo puede inflamarla (bursitis prerrotuliana).',
      },
    },
    references: [moore('ch. 7 Lower Limb, bursae around the knee'), gray('knee: bursae'), NETTER],
  },
  {
    id: 'pes_anserine_bursa',
    attachment: {
      bones: ['tibia'],
      attachments: {
        en: 'A sac on the medial surface of the proximal tibia, under the joined tendons of sartorius, gracilis and semitendinosus (the pes anserinus) and over the lower tibial collateral ligament.',
        es: 'Un saco en la cara medial de la parte alta de la tibia, bajo los tendones unidos del sartorio, el grácil y el semitendinoso (la pata de ganso) y sobre la parte inferior del ligamento colateral tibial.',
      },
      function: {
        en: 'Lets the three tendons glide over the tibia and the ligament; inflamed, it hurts on the inner knee below the joint line (anserine bursitis).',
        es: 'Permite que los tres tendones se deslicen sobre la tibia y el ligamento; inflamada, duele en la cara interna de la rodilla, por debajo de la interlínea (bursitis anserina).',
      },
    },
    references: [moore('ch. 7 Lower Limb, bursae around the knee'), gray('knee: bursae'), NETTER],
  },
];
