/**
 * The source article. The text is a byte-identical copy of shared/article/...; the app imports it with
 * Vite's `?raw`; Node tests read article.txt with fs.
 */
import text from './article.txt?raw';

export const ARTICLE = {
  title: 'What Causes Hip, Knee, And Back Pain?',
  author: 'Ehren Allen, PT, Certified Manual Therapist',
  publisher: 'JOI (Jacksonville Orthopaedic Institute)',
  // The article gives no address of its own; this is the JOI hip-pain page it links to.
  url: 'https://www.joionline.net/trending/content/hip-pain',
  text,
} as const;
