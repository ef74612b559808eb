/** The few words the loader shows before the explorer loads (or when it cannot), in the explorer's languages. */
export const POSTER_LABELS = {
  en: {
    load: 'Open the 3D explorer',
    poster: 'A 3D body: low back, hips and knees',
    frame: 'Interactive explorer: how low back, hip and knee pain spread',
    badSrc: 'The explorer cannot open here: its address on this page is not a web address.',
    timeout: 'The explorer did not answer. Check the connection, or the address it is loaded from.',
    retry: 'Try again',
  },
  es: {
    load: 'Abrir el explorador 3D',
    poster: 'Un cuerpo en 3D: zona lumbar, caderas y rodillas',
    frame: 'Explorador interactivo: cómo se extiende el dolor de espalda baja, cadera y rodilla',
    badSrc: 'El explorador no puede abrirse aquí: su dirección en esta página no es una dirección web.',
    timeout: 'El explorador no respondió. Compruebe la conexión o la dirección desde la que se carga.',
    retry: 'Reintentar',
  },
} as const;

export const labelsFor = (lang: string | null) => (lang === 'es' ? POSTER_LABELS.es : POSTER_LABELS.en);
