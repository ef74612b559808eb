/**
 * Body outline of the average man as fractions of stature, from the 2012 US Army Anthropometric Survey
 * (ANSUR II; Gordon CC, Blackwell CL, Bradtmiller B et al. 2014, "2012 Anthropometric Survey of U.S. Army
 * Personnel: Methods and Summary Statistics", NATICK/TR-15/007). Means of each man's measurement divided
 * by his stature over the public male data set (ANSUR_II_MALE_Public.csv, n = 4082), with the standard
 * deviation of that ratio. Circumferences are tape measures: round the convex outline of the section.
 */

export interface StatureRatio {
  readonly mean: number;
  readonly sd: number;
  /** Where ANSUR II takes the measurement. */
  readonly where: string;
}

export const ANSUR_MALE = {
  /** Lowest point of the gluteal furrow, perpendicular to the thigh. */
  thighCircumference: { mean: 0.3562, sd: 0.0326, where: 'thigh at the gluteal furrow' },
  /** Just above the knee (superior to the patella). */
  lowerThighCircumference: { mean: 0.2332, sd: 0.0177, where: 'lower thigh, just above the patella' },
  /** Maximum circumference of the calf. */
  calfCircumference: { mean: 0.2235, sd: 0.0168, where: 'calf, maximum' },
  /** Minimum circumference of the leg above the malleoli. */
  ankleCircumference: { mean: 0.1307, sd: 0.008, where: 'ankle, minimum above the malleoli' },
  /** Horizontal circumference of the hips at the maximum protrusion of the buttocks. */
  buttockCircumference: { mean: 0.5808, sd: 0.0417, where: 'hips, at the buttocks' },
  /** Height of that maximum protrusion above the floor. */
  buttockHeight: { mean: 0.5054, sd: 0.0164, where: 'buttock height' },
  /** Crotch height: the level of the gluteal furrow used for the thigh circumference. */
  crotchHeight: { mean: 0.4815, sd: 0.0141, where: 'crotch height' },
  /** Maximum horizontal breadth of the hips. */
  hipBreadth: { mean: 0.197, sd: 0.0129, where: 'hip breadth' },
  /** Front-to-back depth at the buttocks. */
  buttockDepth: { mean: 0.1401, sd: 0.0149, where: 'buttock depth' },
  /** Heel to the tip of the longest toe. */
  footLength: { mean: 0.1544, sd: 0.0052, where: 'foot length' },
} as const satisfies Record<string, StatureRatio>;
