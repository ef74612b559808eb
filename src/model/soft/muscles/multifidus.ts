/**
 * Lumbar multifidus (left side) as four fused fascicle bundles. Macintosh, Valencia, Bogduk & Munro 1986 (The
 * morphology of the human lumbar multifidus, Clin Biomech 1:196): each lumbar spinous process gives one group
 * of fascicles, which overlap those of the other levels; from its tip and lower border they run down and out
 * to the mammillary processes three to five levels below, the dorsal sacrum and, the longest (from L1-L3), the
 * posterior superior iliac spine; the fascicles from lower levels lie deep and medial, those from higher levels
 * over and lateral to them, so the muscle is thickest at L5-S1 where all overlap, and fills the gutter beside
 * the spinous processes (Creze et al. 2017 found three or four layers with few or no cleavage planes between
 * them). Drawn here: the groups from L1 to L5 (L5's short fascicles lie under L4's on the sacrum), each a
 * fusiform path from its sacral or iliac end to its spinous process, fused (`fuse`: not pushed out of
 * each other) into one muscle; all lie under erector spinae, which is drawn after them.
 */
import { BODY_DEPTHS, rel } from '../../landmarks';
import type { Vec3 } from '../../types';
import type { Attachment, Key } from '../spec';
import { vertebraPoint } from '../attachments';
import type { MuscleSpec } from './types';

const X: Vec3 = [1, 0, 0];

/** w of the back of lumbar vertebra i's body (bones/vertebra.ts), from which the gutter is measured. */
const back = (i: number): number => -(BODY_DEPTHS[i] ?? 0.034) / 2;

/**
 * Where bundle k (the group from L(k+1)) crosses level j below it: deeper and more medial the closer it is
 * to its own spinous process (layer 1 lies on the laminae beside the spinous processes), over and lateral to
 * the bundles from the levels below it.
 */
const gutter = (k: number, j: number): Vec3 => {
  const layer = j - k;
  const deep = j === 4 ? [0.032, 0.031, 0.028, 0.026][layer - 1]! : 0.031;
  return vertebraPoint(j, 0.008 + 0.005 * (layer - 1), -0.004, back(j) - deep - 0.0025 * (layer - 1));
};

interface Bundle {
  /** Lumbar level of its spinous process (0 = L1). */
  readonly level: number;
  /** Its lower end: the sacrum or the ilium. */
  readonly end: Attachment;
  /** Points over the dorsal sacrum between L5 and its end. */
  readonly sacral: readonly Vec3[];
  readonly profile: readonly Key[];
  /** Rings along it and vertices round it (fewer for the short bundle from L5). */
  readonly rings?: number;
  readonly segments?: number;
}

/**
 * Over the sacrum the bundles fill the gutter between the median crest and the PSIS up to erector spinae's
 * aponeurosis (it fills the groove beside the spinous processes and over the dorsal sacrum: Moore's
 * Clinically Oriented Anatomy; Macintosh et al. 1986), each sacral end about half its thickness off the bone
 * (`lift`). They were ~1.5 cm thick there, leaving 1-2 cm of space under the
 * aponeurosis, which spans from the crest to the PSIS (multifidus.test.ts).
 */
const BUNDLES: readonly Bundle[] = [
  {
    // the longest, most lateral and superficial: to the medial face of the posterior superior iliac spine
    // (Macintosh et al. 1986; it ended on the sacrum 1 cm medial of it)
    level: 0,
    end: { bone: 'hip_bone', p: rel('psis', [-0.006, -0.008, 0.008]), lift: 0.002 },
    sacral: [rel('s1_centre', [0.028, 0.005, -0.04])],
    profile: [
      [0, 0.014, 0.007],
      [0.15, 0.03, 0.024],
      [0.5, 0.018, 0.013],
      // narrower where it passes the next spinous process to its own (its medial edge lay in it: 4.6 mm)
      [0.8, 0.009, 0.0135],
      [1, 0.006, 0.004],
    ],
  },
  {
    level: 1,
    end: { bone: 'sacrum', p: rel('s2_centre', [0.025, -0.01, -0.026]), lift: 0.008 },
    sacral: [rel('s1_centre', [0.021, 0.004, -0.041])],
    profile: [
      [0, 0.022, 0.022],
      [0.25, 0.03, 0.024],
      [0.55, 0.019, 0.014],
      [0.85, 0.008, 0.0125],
      [1, 0.006, 0.004],
    ],
  },
  {
    level: 2,
    end: { bone: 'sacrum', p: rel('s2_centre', [0.018, -0.006, -0.022]), lift: 0.009 },
    // over L4's bundle from S1 up to L5's lamina (the path dipped through the lamina: 4.5 mm)
    sacral: [rel('s1_centre', [0.017, 0.004, -0.035]), rel('s1_centre', [0.019, 0.018, -0.04])],
    profile: [
      [0, 0.02, 0.02],
      [0.3, 0.025, 0.02],
      [0.65, 0.018, 0.014],
      [1, 0.006, 0.004],
    ],
    // at 16 rings the facets of its belly pushed erector spinae, drawn after it, 2.2 mm
    rings: 18,
  },
  {
    // the deepest and most medial: along the median crest to the dorsal sacrum at S3
    level: 3,
    end: { bone: 'sacrum', p: rel('s3_centre', [0.017, 0.004, -0.017]), lift: 0.0035 },
    // beside the median crest, not on it, and over the S1 lamina up to L5's (the bones pushed its end off
    // the crest by 10 mm and its course from S2 to L5, which dipped through L5's lamina, by 12-18 mm)
    sacral: [rel('s2_centre', [0.018, 0.002, -0.02]), rel('s1_centre', [0.017, 0.018, -0.038])],
    profile: [
      [0, 0.018, 0.014],
      [0.35, 0.025, 0.018],
      [0.7, 0.02, 0.013],
      [1, 0.006, 0.004],
    ],
  },
  {
    // the shortest and deepest: from L5's spinous process to the dorsal sacrum at S2 beside the median
    // crest, on the bone under the bundle from L4 (Macintosh et al. 1986: L5's fascicles end on the sacrum
    // between the median crest and the dorsal foramina, caudal to S1)
    level: 4,
    end: { bone: 'sacrum', p: rel('s2_centre', [0.013, 0.004, -0.012]) },
    sacral: [rel('s1_centre', [0.016, 0, -0.035])],
    profile: [
      [0, 0.012, 0.006],
      [0.35, 0.016, 0.011],
      [0.7, 0.011, 0.009],
      [1, 0.006, 0.004],
    ],
    rings: 12,
    segments: 8,
  },
];

export const multifidusBundles = (): MuscleSpec[] =>
  BUNDLES.map((b): MuscleSpec => {
    const below = [4, 3, 2, 1].filter((j) => j > b.level);
    return {
      id: 'multifidus',
      part: `fascicles from L${b.level + 1}`,
      fuse: true,
      kind: 'path',
      origin: b.end,
      // the common tendon on the tip and lower border of its spinous process
      insertion: {
        bone: `l${b.level + 1}_vertebra` as 'l1_vertebra',
        p: vertebraPoint(b.level, 0.0045, -0.012, back(b.level) - 0.04),
      },
      via: [...b.sacral, ...below.map((j) => gutter(b.level, j))],
      profile: b.profile,
      widthDir: [{ at: 0, dir: X }],
      // 10 x 16 a bundle, 8 x 12 the short one from L5: the five cost ~610 triangles a side more than the
      // single belly they replaced (muscles <= 78k)
      rings: b.rings ?? 16,
      segments: b.segments ?? 10,
      // tendinous slips onto the spinous process
      tendons: { insertion: 0.1 },
    };
  });
