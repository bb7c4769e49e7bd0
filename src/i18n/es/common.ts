/** Las palabras que comparten todas las páginas (véase src/i18n/en/common.ts). */
import type { CommonWords } from '../en/common';

export const common: CommonWords = {
  site: {
    ogLocale: 'es_419',
    name: 'Alivia tus músculos',
    shortName: 'Alivia',
    tagline: 'Una guía gratis y en palabras sencillas para aliviar en casa los músculos tensos y adoloridos.',
    description:
      'Guías paso a paso para aliviar en casa los músculos tensos y adoloridos con las manos, una pelota de tenis o un rodillo de espuma: por zona del cuerpo, con temporizador y rutinas para imprimir.',
    noTracking: 'Sin cookies y sin rastreo.',
  },
  nav: {
    main: 'Principal',
    footer: 'Pie de página',
    home: 'Inicio',
    areas: 'Zonas del cuerpo',
    techniques: 'Técnicas',
    routines: 'Rutinas',
    safety: 'Seguridad',
    guides: 'Guías',
    tools: 'Herramientas',
    search: 'Buscar',
    about: 'Quiénes somos',
    howWeWrite: 'Cómo escribimos esta guía',
    reportProblem: 'Reportar un problema',
    breadcrumbs: 'Ruta de navegación',
    skipToContent: 'Saltar al contenido principal',
  },
  language: {
    label: 'Idioma',
    switchTo: 'Read in English',
  },
  safetyLine: {
    label: 'Seguridad',
    warning: 'Advertencia: ',
    beforeYouStart: 'Antes de empezar',
  },
};
