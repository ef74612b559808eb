/**
 * The source article: what the app shows of it (title, author, publisher, address). Its text,
 * article.txt, is a byte-identical copy of shared/article/...; the tests read it with fs to check every
 * quote, and the app never ships it (it shows the quotes, from claims.ts).
 */
export const ARTICLE = {
  title: 'What Causes Hip, Knee, And Back Pain?',
  author: 'Ehren Allen, PT, Certified Manual Therapist',
  publisher: 'JOI (Jacksonville Orthopaedic Institute)',
  // The article's own page on JOI's site (the text carries no address of its own).
  url: 'https://www.joionline.net/trending/content/what-causes-hip-knee-and-back-pain',
} as const;
