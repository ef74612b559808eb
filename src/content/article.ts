/**
 * The source article. The text is a byte-identical copy of shared/article/...; the app imports it with
 * Vite's `?raw`; Node tests read article.txt with fs.
 */
import text from './article.txt?raw';

export const ARTICLE = {
  title: 'What Causes Hip, Knee, And Back Pain?',
  author: 'Ehren Allen, PT, Certified Manual Therapist',
  publisher: 'JOI (Jacksonville Orthopaedic Institute)',
  // The article's own page on JOI's site (the text carries no address of its own).
  url: 'https://www.joionline.net/trending/content/what-causes-hip-knee-and-back-pain',
  text,
} as const;
