/**
 * How people say it: the words search drops (pain words, filler), the side words it reads, the everyday
 * words it maps onto the names in the catalogue ("lower back" -> "low back"), and the lay terms and
 * syndromes it sends to the structure or region the article would point to. English and Spanish together,
 * since a clinic tablet's visitors mix them. All text here is normalised (lower case, no accents).
 */
import type { RegionId, Side, StructureId } from '../content/ids';

/** Words that say "it hurts" or only join words: they never have to match ("knee pain", "dolor de rodilla"). */
export const FILLER = new Set([
  // English
  'pain',
  'pains',
  'painful',
  'ache',
  'aches',
  'aching',
  'achy',
  'hurt',
  'hurts',
  'hurting',
  'sore',
  'soreness',
  'tight',
  'tightness',
  'stiff',
  'stiffness',
  'sharp',
  'problem',
  'problems',
  'trouble',
  'issue',
  'issues',
  'my',
  'me',
  'i',
  'im',
  'have',
  'has',
  'got',
  'feel',
  'feels',
  'feeling',
  'in',
  'on',
  'at',
  'the',
  'of',
  'a',
  'an',
  'and',
  'or',
  'is',
  'it',
  'its',
  'with',
  'from',
  'to',
  'part',
  'really',
  'very',
  // Spanish
  'dolor',
  'dolores',
  'duele',
  'duelen',
  'dolorido',
  'dolorida',
  'molestia',
  'molestias',
  'tension',
  'problema',
  'problemas',
  'mi',
  'mis',
  'tengo',
  'siento',
  'de',
  'del',
  'la',
  'el',
  'lo',
  'los',
  'las',
  'en',
  'y',
  'o',
  'un',
  'una',
  'con',
  'al',
  'por',
  'parte',
  'muy',
]);

/** Words that say an area of the body is meant ("sacroiliac area", "zona lumbar"); dropped like filler. */
export const REGION_WORDS = new Set(['area', 'region', 'zone', 'zona']);

/** Side words: "right knee", "rodilla derecha". */
export const SIDE_WORDS: ReadonlyMap<string, Side> = new Map([
  ['right', 'right'],
  ['derecha', 'right'],
  ['derecho', 'right'],
  ['dcha', 'right'],
  ['left', 'left'],
  ['izquierda', 'left'],
  ['izquierdo', 'left'],
  ['izq', 'left'],
]);

/**
 * Everyday words for the words our region names use ("outer knee" -> "outside knee"), per language: the
 * query's language is tried first, so "exterior" is "outside" in English and "externa" in Spanish.
 */
export const WORD_ALIASES: Readonly<Record<'en' | 'es', ReadonlyMap<string, string>>> = {
  en: new Map([
    ['lower', 'low'],
    ['outer', 'outside'],
    ['exterior', 'outside'],
    ['inner', 'inside'],
    ['interior', 'inside'],
    ['behind', 'back'],
    ['rear', 'back'],
    ['buttocks', 'buttock'],
    ['butt', 'buttock'],
    ['bum', 'buttock'],
    ['knees', 'knee'],
    ['hips', 'hip'],
    ['calves', 'calf'],
    ['thighs', 'thigh'],
  ]),
  es: new Map([
    ['exterior', 'externa'],
    ['externo', 'externa'],
    ['afuera', 'externa'],
    ['fuera', 'externa'],
    ['interior', 'interna'],
    ['interno', 'interna'],
    ['adentro', 'interna'],
    ['dentro', 'interna'],
    ['bajo', 'baja'],
    ['inferior', 'baja'],
    ['delante', 'delantera'],
    ['frontal', 'delantera'],
    ['detras', 'atras'],
    ['trasera', 'atras'],
    ['rodillas', 'rodilla'],
    ['caderas', 'cadera'],
    ['nalgas', 'nalga'],
  ]),
};

export type LayTarget =
  | { readonly kind: 'structure'; readonly id: StructureId }
  | { readonly kind: 'region'; readonly id: RegionId };

const structure = (id: StructureId): LayTarget => ({ kind: 'structure', id });
const region = (id: RegionId): LayTarget => ({ kind: 'region', id });

/**
 * Lay terms and syndromes, each to what the article (or, failing that, standard anatomy) would point to.
 * Written without filler words, as the query is read ("knee pain" is looked up as "knee").
 */
export const LAY_TERMS: readonly { readonly terms: readonly string[]; readonly target: LayTarget }[] = [
  // B4: "When your low back is hurting".
  {
    terms: [
      'back',
      'backache',
      'back ache',
      'low back',
      'lumbar',
      'lumbago',
      'lumbalgia',
      'espalda',
      'espalda baja',
      'baja espalda',
      'lumbares',
    ],
    target: region('low_back'),
  },
  // K3 "Knee pain and dysfunction", H6 "Hip pain and dysfunction": the joint itself.
  { terms: ['knee', 'rodilla'], target: structure('knee_joint') },
  { terms: ['hip', 'cadera'], target: structure('hip_joint') },
  { terms: ['groin', 'ingle', 'ingles'], target: region('front_of_hip') },
  { terms: ['calf', 'pantorrilla'], target: region('calf') },
  { terms: ['buttock', 'nalga', 'gluteo', 'gluteos', 'culo', 'glute area'], target: region('buttock') },
  {
    terms: [
      'outside knee',
      'side knee',
      'lateral knee',
      'externa rodilla',
      'rodilla externa',
      'lado externa rodilla',
    ],
    target: region('outside_of_knee'),
  },
  {
    terms: ['inside knee', 'medial knee', 'interna rodilla', 'rodilla interna'],
    target: region('inside_of_knee'),
  },
  {
    terms: [
      'front knee',
      'anterior knee',
      'runners knee',
      'runner knee',
      'patellofemoral',
      'patellofemoral syndrome',
      'rodilla corredor',
      'delantera rodilla',
    ],
    target: region('front_of_knee'),
  },
  { terms: ['back knee', 'atras rodilla', 'corva', 'hueco popliteo'], target: region('back_of_knee') },
  {
    terms: ['side hip', 'outside hip', 'lateral hip', 'costado cadera', 'cadera externa'],
    target: region('side_of_hip'),
  },
  {
    terms: [
      'trochanteric bursitis',
      'hip bursitis',
      'greater trochanteric pain syndrome',
      'gtps',
      'bursitis trocanterea',
      'bursitis cadera',
    ],
    target: structure('greater_trochanteric_bursa'),
  },
  {
    terms: [
      'it band',
      'itb',
      'it band syndrome',
      'itbs',
      'iliotibial band syndrome',
      'banda iliotibial',
      'cintilla iliotibial',
      'sindrome banda iliotibial',
      'sindrome cintilla iliotibial',
    ],
    target: structure('iliotibial_band'),
  },
  { terms: ['sciatica', 'sciatic', 'ciatica', 'ciatico'], target: structure('sciatic_nerve') },
  {
    terms: [
      'slipped disc',
      'slipped disk',
      'herniated disc',
      'herniated disk',
      'bulging disc',
      'disc herniation',
      'hernia discal',
      'disco herniado',
      'hernia disco',
      'disco desplazado',
    ],
    target: structure('l4_l5_disc'),
  },
  {
    terms: [
      'pinched nerve',
      'trapped nerve',
      'nerve root',
      'radiculopathy',
      'nervio pinzado',
      'nervio atrapado',
      'nervio pellizcado',
      'radiculopatia',
    ],
    target: structure('l5_nerve_root'),
  },
  {
    terms: [
      'jumpers knee',
      'jumper knee',
      'patellar tendinitis',
      'patellar tendinopathy',
      'patellar tendon',
      'rodilla saltador',
      'tendinitis rotuliana',
      'tendon rotuliano',
    ],
    target: structure('patellar_ligament'),
  },
  {
    terms: ['hip flexors', 'hip flexor', 'flexores cadera', 'flexor cadera', 'iliopsoas'],
    target: structure('psoas_major'),
  },
  {
    terms: ['hamstrings', 'hamstring', 'isquiotibiales', 'isquios', 'isquiotibial'],
    target: structure('biceps_femoris'),
  },
  { terms: ['quads', 'quad', 'quadriceps', 'cuadriceps'], target: structure('rectus_femoris') },
  { terms: ['tailbone', 'tail bone', 'coxis', 'rabadilla', 'coccix'], target: structure('coccyx') },
  {
    terms: ['si joint', 'sij', 'sacroiliac', 'sacroiliaca', 'articulacion sacroiliaca'],
    target: structure('sacroiliac_joint'),
  },
  { terms: ['glute med', 'gluteus med', 'gluteo medio'], target: structure('gluteus_medius') },
  { terms: ['glute max', 'glutes', 'gluteo mayor'], target: structure('gluteus_maximus') },
  { terms: ['tfl', 'tensor fascia lata'], target: structure('tensor_fasciae_latae') },
  { terms: ['piriformis syndrome', 'sindrome piriforme'], target: structure('piriformis') },
  {
    terms: ['meralgia paresthetica', 'meralgia parestesica', 'numb outer thigh'],
    target: structure('lateral_femoral_cutaneous_nerve'),
  },
  { terms: ['kneecap', 'knee cap', 'rotula'], target: structure('patella') },
  { terms: ['shin', 'shin bone', 'espinilla'], target: structure('tibia') },
  { terms: ['thigh bone', 'femur'], target: structure('femur') },
];
