/**
 * When to get urgent care: the signs, in plain English and Spanish, that back, hip or leg pain needs a doctor
 * the same day rather than an explanation of how pain spreads. Our words, following clinical guidelines
 * (cited, kind 'clinical-guideline'), not the article, which does not discuss them. Shown by the red-flags
 * card (src/ui/RedFlags.tsx): one tap from every "where does it hurt?" result and from the disclaimer, and
 * at once on the calf and the back of the knee, where a clot in a leg vein is a cause to rule out.
 */
import type { Guideline, RedFlags } from './redFlagsSchema';

export const NICE_NG59: Guideline = {
  kind: 'clinical-guideline',
  short: 'NICE NG59',
  source:
    'NICE guideline NG59, Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020), recommendation 1.1.1: exclude specific causes such as cancer, infection, trauma or inflammatory disease',
  url: 'https://www.nice.org.uk/guidance/ng59',
};
export const NICE_CKS_SCIATICA: Guideline = {
  kind: 'clinical-guideline',
  short: 'NICE CKS Sciatica',
  source:
    'NICE Clinical Knowledge Summaries, Sciatica (lumbar radiculopathy): red flags, suspected cauda equina syndrome (saddle anaesthesia, bladder or bowel dysfunction, progressive neurological deficit)',
  url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
};
export const NICE_NG158: Guideline = {
  kind: 'clinical-guideline',
  short: 'NICE NG158',
  source:
    'NICE guideline NG158, Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (2020): suspected deep vein thrombosis and pulmonary embolism',
  url: 'https://www.nice.org.uk/guidance/ng158',
};

export const RED_FLAGS: RedFlags = {
  title: { en: 'When to get urgent care', es: 'Cuándo buscar atención urgente' },
  intro: {
    en: 'This explorer cannot tell what is causing your pain. Get medical help today (your doctor, an urgent care clinic or the emergency department) if back or leg pain comes with:',
    es: 'Este explorador no puede saber qué causa su dolor. Busque atención médica hoy mismo (su médico, un centro de atención urgente o el servicio de urgencias) si el dolor de espalda o de pierna viene con:',
  },
  urgent: [
    {
      en: 'numbness or tingling in the groin, between the legs or around the bottom (the "saddle" area)',
      es: 'adormecimiento u hormigueo en la ingle, entre las piernas o alrededor del ano (la zona «de la silla de montar»)',
    },
    {
      en: 'new trouble passing urine, or new trouble controlling your bladder or bowels',
      es: 'problemas nuevos para orinar, o problemas nuevos para controlar la vejiga o el intestino',
    },
    {
      en: 'weakness in one or both legs that is getting worse',
      es: 'debilidad en una pierna o en las dos que va a peor',
    },
    {
      en: 'a fever, or weight loss you cannot explain',
      es: 'fiebre, o una pérdida de peso sin explicación',
    },
    {
      en: 'pain that started after a fall or an accident',
      es: 'dolor que empezó después de una caída o un accidente',
    },
  ],
  clot: {
    en: 'Calf pain with swelling, warmth or redness can be a blood clot in a vein of the leg. Have it checked the same day.',
    es: 'El dolor de pantorrilla con hinchazón, calor o enrojecimiento puede ser un coágulo de sangre en una vena de la pierna. Hágalo revisar el mismo día.',
  },
  emergency: {
    en: 'If you are short of breath or have chest pain, call emergency services now.',
    es: 'Si le falta el aire o tiene dolor en el pecho, llame ahora a los servicios de emergencia.',
  },
  guidelines: [NICE_NG59, NICE_CKS_SCIATICA, NICE_NG158],
};
