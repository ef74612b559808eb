/**
 * Standard anatomy references used for the anatomical detail (never the article's words). `moore(...)` and
 * `gray(...)` add a locator: the chapter and table (or section) where a fact is found.
 */
import type { Reference } from './schema';

const ref = (short: string, source: string, url?: string): Reference =>
  url === undefined
    ? { kind: 'standard-anatomy', source, short }
    : { kind: 'standard-anatomy', source, short, url };

export const GRAY = ref(
  "Gray's Anatomy 42nd ed.",
  "Gray's Anatomy: The Anatomical Basis of Clinical Practice, 42nd ed. (Standring, 2020)",
);
export const MOORE = ref(
  'Moore 8th ed.',
  'Moore, Dalley & Agur, Clinically Oriented Anatomy, 8th ed. (2018)',
);
export const DERMATOMES = ref(
  'Lee et al. 2008',
  'Lee, McPhee & Stringer, An evidence-based approach to human dermatomes, Clinical Anatomy 21:363-373 (2008)',
  'https://doi.org/10.1002/ca.20636',
);
export const NEUMANN = ref(
  'Neumann 2017',
  'Neumann, Kinesiology of the Musculoskeletal System, 3rd ed. (2017): hip, knee and lumbopelvic mechanics',
);
export const PERRY = ref(
  'Perry & Burnfield 2010',
  'Perry & Burnfield, Gait Analysis: Normal and Pathological Function, 2nd ed. (2010)',
);
export const POWERS = ref(
  'Powers 2010',
  'Powers, The influence of abnormal hip mechanics on knee injury: a biomechanical perspective, JOSPT 40(2):42-51 (2010)',
  'https://doi.org/10.2519/jospt.2010.3337',
);

/** A reference with where in it the fact is found. */
export const at = (reference: Reference, locator: string): Reference => ({ ...reference, locator });

/** Moore 8th ed. by chapter and table title (chapter 2 Back, chapter 7 Lower Limb). */
export const moore = (locator: string) => at(MOORE, locator);
/** Gray's 42nd ed. by chapter or section title. */
export const gray = (locator: string) => at(GRAY, locator);

export const NETTER = ref('Netter 7th ed.', 'Netter, Atlas of Human Anatomy, 7th ed. (2019)');
export const GIRGIS = ref(
  'Girgis et al. 1975',
  'Girgis, Marshall & Al Monajem, The cruciate ligaments of the knee joint: anatomical, functional and experimental analysis, Clin Orthop Relat Res 106:216-231 (1975)',
  'https://doi.org/10.1097/00003086-197501000-00033',
);
export const LAPRADE_MEDIAL = ref(
  'LaPrade et al. 2007',
  'LaPrade, Engebretsen, Ly, Johansen, Wentorf & Engebretsen, The anatomy of the medial part of the knee, J Bone Joint Surg Am 89(9):2000-2010 (2007)',
  'https://doi.org/10.2106/JBJS.F.01176',
);
export const LAPRADE_LATERAL = ref(
  'LaPrade et al. 2003',
  'LaPrade, Ly, Wentorf & Engebretsen, The posterolateral attachments of the knee, Am J Sports Med 31(6):854-860 (2003)',
  'https://doi.org/10.1177/03635465030310062101',
);
/** The posterior oblique ligament: its attachments (Athwal, Casp) and what it restrains (D'Ambrosi, Griffith). */
export const ATHWAL = ref(
  'Athwal et al. 2020',
  'Athwal, Willinger, Shinohara, Ball, Williams & Amis, The bone attachments of the medial collateral and posterior oblique ligaments are defined anatomically and radiographically, Knee Surg Sports Traumatol Arthrosc 28:3709-3719 (2020)',
  'https://doi.org/10.1007/s00167-020-06139-6',
);
export const CASP = ref(
  'Casp et al. 2023',
  'Casp, Bryniarski, Brady, Fossum & Godin, Reanalysis of the posterior oblique ligament: quantitative anatomy, radiographic markers, and biomechanical properties, Orthop J Sports Med 11(6) (2023)',
  'https://doi.org/10.1177/23259671231174857',
);
export const DAMBROSI = ref(
  "D'Ambrosi et al. 2020",
  "D'Ambrosi, Corona, Guerra, Rubino, Di Feo & Ursino, Biomechanics of the posterior oblique ligament of the knee, Clin Biomech 80:105205 (2020)",
);
export const GRIFFITH = ref(
  'Griffith et al. 2009',
  'Griffith, LaPrade, Johansen, Armitage, Wijdicks & Engebretsen, Medial knee injury: part 2, load sharing between the posterior oblique ligament and superficial medial collateral ligament, Am J Sports Med 37(9):1772-1776 (2009)',
);
/** The superficial and deep MCL's insertion areas, their centres' heights and the deep MCL's parts. */
export const LIU_MCL = ref(
  'Liu et al. 2010',
  'Liu, Yue, Gadikota, Kozanek, Liu, Gill, Rubash & Li, Morphology of the medial collateral ligament of the knee, J Orthop Surg Res 5:69 (2010)',
  'https://doi.org/10.1186/1749-799X-5-69',
);
/** How the medial ligaments lengthen with flexion and loads: the deep MCL's anterior fibres with external rotation. */
export const WILLINGER = ref(
  'Willinger et al. 2020',
  'Willinger, Shinohara, Athwal, Ball, Williams & Amis, Length-change patterns of the medial collateral ligament and posterior oblique ligament in relation to their function and surgery, Knee Surg Sports Traumatol Arthrosc 28:3720-3732 (2020)',
  'https://doi.org/10.1007/s00167-020-06050-0',
);
/** The oblique popliteal ligament: its attachments and size (Hedderwick, Wu) and what it restrains (Wu). */
export const HEDDERWICK = ref(
  'Hedderwick et al. 2017',
  'Hedderwick, Stringer, McRedmond, Meikle & Woodley, The oblique popliteal ligament: an anatomic and MRI investigation, Surg Radiol Anat 39(9) (2017)',
);
export const WU_OPL = ref(
  'Wu et al. 2017',
  'Wu, Yu, Zou, Wang, LaPrade, Huang & Sun, Anatomical characteristics and biomechanical properties of the oblique popliteal ligament, Sci Rep 7:42698 (2017)',
  'https://doi.org/10.1038/srep42698',
);
export const SELDES = ref(
  'Seldes et al. 2001',
  'Seldes, Tan, Hunt, Katz, Winiarsky & Fitzgerald, Anatomy, histologic features, and vascularity of the adult acetabular labrum, Clin Orthop Relat Res 382:232-240 (2001)',
);
export const BURNETT = ref(
  'Burnett et al. 2006',
  'Burnett, Della Rocca, Prather, Curry, Maloney & Clohisy, Clinical presentation of patients with tears of the acetabular labrum, J Bone Joint Surg Am 88(7):1448-1457 (2006)',
);
/** The plantar aponeurosis: its thickness in healthy heels (Aggarwal, McMillan) and the windlass (Hicks). */
export const AGGARWAL = ref(
  'Aggarwal et al. 2020',
  'Aggarwal, Jirankali & Garg, Evaluation of plantar fascia using high-resolution ultrasonography in clinically diagnosed cases of plantar fasciitis, Pol J Radiol 85:e375-e380 (2020)',
  'https://doi.org/10.5114/pjr.2020.97955',
);
export const MCMILLAN = ref(
  'McMillan et al. 2009',
  'McMillan, Landorf, Barrett, Menz & Bird, Diagnostic imaging for chronic plantar heel pain: a systematic review and meta-analysis, J Foot Ankle Res 2:32 (2009)',
  'https://doi.org/10.1186/1757-1146-2-32',
);
export const HICKS = ref(
  'Hicks 1954',
  'Hicks, The mechanics of the foot. II. The plantar aponeurosis and the arch, J Anat 88(1):25-30 (1954)',
);
