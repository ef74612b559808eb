/** The few words the loader shows before the explorer loads, in the explorer's languages. */
export const POSTER_LABELS = {
  en: {
    load: 'Open the 3D explorer',
    poster: 'A 3D body: low back, hips and knees',
    frame: 'Interactive explorer: how low back, hip and knee pain spread',
  },
  es: {
    load: 'Abrir el explorador 3D',
    poster: 'Un cuerpo en 3D: zona lumbar, caderas y rodillas',
    frame: 'Explorador interactivo: cómo se extiende el dolor de espalda baja, cadera y rodilla',
  },
} as const;

export const labelsFor = (lang: string | null) => (lang === 'es' ? POSTER_LABELS.es : POSTER_LABELS.en);
