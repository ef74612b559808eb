/**
 * The texts of "Take this home" (its open panel and the printed handout), loaded with them
 * (takeHomeChunk.ts); the button's own label stays in visitStrings.ts. Spanish typed against the English keys.
 */
import { useExplorer } from '../../state/store';
import type { Lang } from '../../state/types';

export const takeHomeEn = {
  takeHomeNote: 'This view to open on your phone, or on paper.',
  takeHomeClose: 'Close',
  qrLabel: 'QR code of the link to this view',
  qrHint: 'Point your phone’s camera at the code: it opens this same view.',
  qrNoBase:
    'No QR code here: this explorer was set up without the clinic’s web address, and this tablet’s own address would not open on your phone. You can still print this page.',
  qrBadBase:
    'No QR code here: the clinic’s web address in this explorer’s settings is not a valid web address. You can still print this page.',
  qrTooLong:
    'No QR code for this view: its link is too long ({count} characters) for a code that a phone reads reliably. Mark fewer places, or print this page instead.',
  printHandout: 'Print a handout',
  share: 'Share the link',
  copyLink: 'Copy the link',
  copied: 'Link copied.',
  copyFailed: 'The link could not be copied; it is written under the code.',
  handoutTitle: 'Your visit: how pain can spread',
  handoutDate: 'Printed on {date}',
  handoutViewAlt: 'The body as shown on the screen',
  handoutFelt: 'Where its pain can be felt',
  handoutSources: 'What can hurt here',
  handoutNothing: 'Nothing was marked or selected on the screen.',
  handoutQuotes: 'The article’s words',
  handoutExplain: 'In plain words',
  handoutScan: 'Scan to open this view again',
  handoutSource: 'Source: “{title}”, {author}, {publisher}, {url}. The ids (H3, K1…) name its sentences.',
};

export const takeHomeEs: Record<keyof typeof takeHomeEn, string> = {
  takeHomeNote: 'Esta vista, para abrirla en su teléfono o en papel.',
  takeHomeClose: 'Cerrar',
  qrLabel: 'Código QR del enlace a esta vista',
  qrHint: 'Apunte la cámara de su teléfono al código: abre esta misma vista.',
  qrNoBase:
    'Aquí no hay código QR: este explorador se instaló sin la dirección web de la clínica, y la dirección de esta tableta no se abriría en su teléfono. Puede imprimir esta página.',
  qrBadBase:
    'Aquí no hay código QR: la dirección web de la clínica en la configuración de este explorador no es válida. Puede imprimir esta página.',
  qrTooLong:
    'No hay código QR para esta vista: su enlace es demasiado largo ({count} caracteres) para un código que un teléfono lea bien. Marque menos lugares, o imprima esta página.',
  printHandout: 'Imprimir una hoja',
  share: 'Compartir el enlace',
  copyLink: 'Copiar el enlace',
  copied: 'Enlace copiado.',
  copyFailed: 'No se pudo copiar el enlace; está escrito bajo el código.',
  handoutTitle: 'Su visita: cómo puede extenderse el dolor',
  handoutDate: 'Impreso el {date}',
  handoutViewAlt: 'El cuerpo tal como se ve en la pantalla',
  handoutFelt: 'Dónde puede sentirse su dolor',
  handoutSources: 'Qué puede doler aquí',
  handoutNothing: 'No se marcó ni se eligió nada en la pantalla.',
  handoutQuotes: 'Las palabras del artículo',
  handoutExplain: 'En palabras sencillas',
  handoutScan: 'Escanee para volver a abrir esta vista',
  handoutSource: 'Fuente: «{title}», {author}, {publisher}, {url}. Los códigos (H3, K1…) nombran sus frases.',
};

export type TakeHomeStringKey = keyof typeof takeHomeEn;
export type TakeHomeTranslate = (key: TakeHomeStringKey, params?: Record<string, string>) => string;

const TABLES: Record<Lang, Record<TakeHomeStringKey, string>> = { en: takeHomeEn, es: takeHomeEs };

export function takeHomeText(lang: Lang, key: TakeHomeStringKey, params?: Record<string, string>): string {
  let text = TABLES[lang][key];
  for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, value);
  return text;
}

/** The take-home texts in the chosen language. */
export function useTakeHomeStrings(): TakeHomeTranslate {
  const lang = useExplorer((s) => s.lang);
  return (key, params) => takeHomeText(lang, key, params);
}
