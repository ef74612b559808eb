/**
 * Nerve pathways (claims B1 and B2), generated from the root-by-root table in nerveBranches.ts so that a
 * root, the vertebra it leaves below, and the disc that usually presses on it all spread the same way.
 * Which root a disc compresses: a posterolateral herniation usually presses on the root that crosses the
 * disc to leave one level lower (L4-L5 disc -> L5 root); Moore 8th ed., clinical box on disc herniation.
 * All are graded `anatomy`: the article names no root, disc or route (see nerveBranches.ts). The sacrum has
 * no nerve spread: the S1 root leaves through it, but no source makes the bone a cause of S1 pain.
 */
import { REGION_IDS } from '../ids';
import type { RegionId, StructureId } from '../ids';
import { DERMATOMES, gray, moore } from '../references';
import type { Connection, Localized } from '../schema';
import { STRUCTURES } from '../structures';
import { regionList } from './phrases';
import {
  ROOT_BRANCHES,
  ROOT_LEVEL,
  TERRITORY,
  THROUGH,
  TRAVELS_IN,
  type RootId,
  type TerminalNerve,
} from './nerveBranches';

/** Where in Moore and Gray's the route to each terminal nerve is found; dermatomes from Lee et al. */
const ROUTE: Record<TerminalNerve, { moore: string; gray: string }> = {
  lumbar_plexus: {
    moore: 'ch. 5 Abdomen, posterior abdominal wall: lumbar plexus',
    gray: 'posterior abdominal wall: lumbar plexus',
  },
  femoral_nerve: { moore: 'ch. 7 Lower Limb, table "Nerves of thigh"', gray: 'thigh: femoral nerve' },
  saphenous_nerve: {
    moore: 'ch. 7 Lower Limb, table "Nerves of thigh"',
    gray: 'thigh: femoral and saphenous nerves',
  },
  obturator_nerve: { moore: 'ch. 7 Lower Limb, table "Nerves of thigh"', gray: 'thigh: obturator nerve' },
  lateral_femoral_cutaneous_nerve: {
    moore: 'ch. 7 Lower Limb, table "Nerves of thigh"',
    gray: 'thigh: lateral femoral cutaneous nerve',
  },
  sciatic_nerve: {
    moore: 'ch. 7 Lower Limb, table "Nerves of gluteal region"',
    gray: 'gluteal region: sciatic nerve',
  },
  tibial_nerve: {
    moore: 'ch. 7 Lower Limb, table "Nerves of leg"',
    gray: 'leg and popliteal fossa: tibial nerve',
  },
  common_fibular_nerve: {
    moore: 'ch. 7 Lower Limb, table "Nerves of leg"',
    gray: 'leg and popliteal fossa: common fibular nerve',
  },
  sural_nerve: { moore: 'ch. 7 Lower Limb, table "Nerves of leg"', gray: 'leg: sural nerve' },
  posterior_femoral_cutaneous_nerve: {
    moore: 'ch. 7 Lower Limb, table "Nerves of gluteal region"',
    gray: 'gluteal region: posterior femoral cutaneous nerve',
  },
  superior_cluneal_nerves: {
    moore: 'ch. 7 Lower Limb, table "Nerves of gluteal region" (clunial nerves)',
    gray: 'back: posterior rami of the lumbar spinal nerves',
  },
  ilioinguinal_nerve: {
    moore: 'ch. 5 Abdomen, posterior abdominal wall: lumbar plexus',
    gray: 'posterior abdominal wall: ilioinguinal nerve',
  },
  genitofemoral_nerve: {
    moore: 'ch. 5 Abdomen, posterior abdominal wall: lumbar plexus',
    gray: 'posterior abdominal wall: genitofemoral nerve',
  },
};
const nerveReferences = (nerve: TerminalNerve) => [
  moore(`ch. 2 Back, spinal nerves and the intervertebral foramina; ${ROUTE[nerve].moore}`),
  gray(ROUTE[nerve].gray),
  DERMATOMES,
];
const byId = new Map(STRUCTURES.map((s) => [s.id, s.anatomicalName]));
const nameOf = (id: StructureId) => {
  const name = byId.get(id);
  if (!name) throw new Error(`unknown structure ${id} on a nerve pathway`);
  return name;
};

/** "L4 spinal nerve root -> Lumbar plexus -> Femoral nerve", in both languages. */
const pathText = (ids: readonly StructureId[]): Localized => ({
  en: ids.map((id) => nameOf(id).en).join(' -> '),
  es: ids.map((id) => nameOf(id).es).join(' -> '),
});

const ROOTS = Object.keys(ROOT_BRANCHES) as RootId[];
/** B2 names the hip and the knee, and the thigh lies between them: every region but the back and the calf. */
const HIP_THIGH_KNEE: ReadonlySet<RegionId> = new Set(
  REGION_IDS.filter((r) => r !== 'low_back' && r !== 'sacroiliac_area' && r !== 'calf'),
);

function terminal(via: readonly StructureId[]): TerminalNerve {
  const last = via[via.length - 1];
  if (last === undefined || !(last in TRAVELS_IN))
    throw new Error(`no terminal nerve text for ${String(last)}`);
  return last as TerminalNerve;
}

const shortId = (id: StructureId) => id.replace(/_nerve_root$|_nerve$|_vertebra$|_disc$/, '');

/** Spanish "a" + "el" contracts to "al" ("llega al costado de la cadera"). */
const contract = (text: string) => text.replace(/\ba el\b/g, 'al');

/** "the L5 root reaches the outside of the knee through the sciatic and common fibular nerves". */
function reaches(level: string, to: readonly RegionId[], nerve: TerminalNerve): Localized {
  const regions = regionList(to);
  return {
    en: `the ${level} root reaches ${regions.en} through ${THROUGH[nerve].en}`,
    es: contract(`la raíz ${level} llega a ${regions.es} por ${THROUGH[nerve].es}`),
  };
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + '.';

/** The fields every nerve connection shares: B1/B2 name no root or route, so standard anatomy adds them. */
const ANATOMY = { grade: 'anatomy', effect: 'pain' } as const;

function rootConnections(root: RootId): Connection[] {
  const level = ROOT_LEVEL[root];
  const where =
    level === 'S1'
      ? { en: 'through the base of the spine (the sacrum)', es: 'por la base de la columna (el sacro)' }
      : { en: 'in the low back', es: 'en la parte baja de la espalda' };
  return ROOT_BRANCHES[root].map(({ via, to }) => {
    const nerve = terminal(via);
    const regions = regionList(to);
    return {
      id: `b1_${shortId(root)}_root_via_${shortId(nerve)}`,
      from: { kind: 'structure', id: root },
      to: [...to],
      sides: 'same',
      claim: 'B1',
      pathway: 'nerve',
      ...ANATOMY,
      adds: (({ en, es }) => ({ en: sentence(en), es: sentence(es) }))(reaches(level, to, nerve)),
      plain: {
        en: `The ${level} nerve leaves the spine ${where.en} and ${TRAVELS_IN[nerve].en}. If it is irritated, pain can be felt in ${regions.en}.`,
        es: `El nervio ${level} sale de la columna ${where.es} y ${TRAVELS_IN[nerve].es}. Si se irrita, el dolor se puede sentir en ${regions.es}.`,
      },
      student: {
        en: `${pathText([root, ...via]).en}. ${TERRITORY[nerve].en}`,
        es: `${pathText([root, ...via]).es}. ${TERRITORY[nerve].es}`,
      },
      path: [root, ...via],
      references: nerveReferences(nerve),
    };
  });
}

/** The vertebra a lumbar root leaves the spine below. */
const ROOT_BONE: Partial<Record<RootId, StructureId>> = {
  l1_nerve_root: 'l1_vertebra',
  l2_nerve_root: 'l2_vertebra',
  l3_nerve_root: 'l3_vertebra',
  l4_nerve_root: 'l4_vertebra',
  l5_nerve_root: 'l5_vertebra',
};

function boneConnections(root: RootId): Connection[] {
  const level = ROOT_LEVEL[root];
  const bone = ROOT_BONE[root];
  if (!bone) return [];
  const at = { en: `just below the ${level} vertebra`, es: `justo debajo de la vértebra ${level}` };
  const exit: Localized = {
    en: `through the intervertebral foramen below the ${level} pedicle`,
    es: `por el agujero intervertebral situado bajo el pedículo de ${level}`,
  };
  return ROOT_BRANCHES[root].map(({ via, to }) => {
    const nerve = terminal(via);
    const regions = regionList(to);
    const path = pathText([root, ...via]);
    return {
      id: `b1_${shortId(bone)}_via_${shortId(nerve)}`,
      from: { kind: 'structure', id: bone },
      to: [...to],
      sides: 'both',
      claim: 'B1',
      pathway: 'nerve',
      ...ANATOMY,
      adds: (({ en, es }) => ({
        en: sentence(
          `${en.replace(/ reaches /, ` leaves the spine just below the ${level} vertebra and reaches `)}`,
        ),
        es: sentence(
          `${es.replace(/ llega /, ` sale de la columna justo debajo de la vértebra ${level} y llega `)}`,
        ),
      }))(reaches(level, to, nerve)),
      plain: {
        en: `On each side, the ${level} nerve leaves the spine ${at.en} and ${TRAVELS_IN[nerve].en}. Trouble at this level can be felt in ${regions.en}.`,
        es: `A cada lado, el nervio ${level} sale de la columna ${at.es} y ${TRAVELS_IN[nerve].es}. Un problema a este nivel se puede sentir en ${regions.es}.`,
      },
      student: {
        en: `The ${level} spinal nerve leaves the vertebral canal ${exit.en}: ${path.en}. ${TERRITORY[nerve].en}`,
        es: `El nervio espinal ${level} sale del conducto vertebral ${exit.es}: ${path.es}. ${TERRITORY[nerve].es}`,
      },
      path: [bone, root, ...via],
      references: nerveReferences(nerve),
    };
  });
}

/** Each disc and the root a posterolateral herniation of it usually compresses (the traversing root). */
const DISC_ROOT: ReadonlyArray<readonly [StructureId, string, RootId]> = [
  ['l1_l2_disc', 'L1-L2', 'l2_nerve_root'],
  ['l2_l3_disc', 'L2-L3', 'l3_nerve_root'],
  ['l3_l4_disc', 'L3-L4', 'l4_nerve_root'],
  ['l4_l5_disc', 'L4-L5', 'l5_nerve_root'],
  ['l5_s1_disc', 'L5-S1', 's1_nerve_root'],
];

function discConnections([disc, label, root]: readonly [StructureId, string, RootId]): Connection[] {
  const level = ROOT_LEVEL[root];
  return ROOT_BRANCHES[root].flatMap(({ via, to }) => {
    // B2 names the hip and the knee; the thigh lies on the nerve's way between them. The calf is left out.
    const targets = to.filter((r) => HIP_THIGH_KNEE.has(r));
    if (targets.length === 0) return [];
    const nerve = terminal(via);
    const regions = regionList(targets);
    const exiting = label.split('-')[0] ?? '';
    const path = pathText([disc, root, ...via]);
    const connection: Connection = {
      id: `b2_${shortId(disc)}_via_${shortId(nerve)}`,
      from: { kind: 'structure', id: disc },
      to: targets,
      sides: 'both',
      claim: 'B2',
      pathway: 'nerve',
      ...ANATOMY,
      adds: (({ en, es }) => ({
        en: sentence(`a bulging ${label} disc usually presses on the ${level} root, and ${en}`),
        es: sentence(`un disco ${label} abultado suele apretar la raíz ${level}, y ${es}`),
      }))(reaches(level, targets, nerve)),
      plain: {
        en: `A bulging ${label} disc can press on the ${level} nerve, which ${TRAVELS_IN[nerve].en}. Then pain can be felt in ${regions.en}.`,
        es: `Un disco ${label} abultado puede apretar el nervio ${level}, que ${TRAVELS_IN[nerve].es}. Entonces el dolor se puede sentir en ${regions.es}.`,
      },
      student: {
        en: `A posterolateral ${label} disc herniation usually compresses the traversing ${level} root (a far-lateral herniation compresses the exiting ${exiting} root instead): ${path.en}. ${TERRITORY[nerve].en}`,
        es: `Una hernia discal ${label} posterolateral suele comprimir la raíz transeúnte ${level} (una hernia lateral extrema comprime, en cambio, la raíz emergente ${exiting}): ${path.es}. ${TERRITORY[nerve].es}`,
      },
      path: [disc, root, ...via],
      references: nerveReferences(nerve),
    };
    return [connection];
  });
}

export const NERVE_CONNECTIONS: readonly Connection[] = [
  ...ROOTS.flatMap(rootConnections),
  ...ROOTS.flatMap(boneConnections),
  ...DISC_ROOT.flatMap(discConnections),
];
