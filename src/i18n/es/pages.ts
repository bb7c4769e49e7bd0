/** Las palabras en español de las páginas propias del sitio (misma forma que src/i18n/en/pages.ts). */
import type { PagesWords } from '../en/pages';

export const pages: PagesWords = {
  home: {
    heading: 'Alivia en casa los músculos tensos y adoloridos',
    lead: 'Pasos sencillos para presionar y trabajar despacio los puntos sensibles con las manos, una pelota de tenis o un rodillo de espuma. Gratis, claro y con cuidado de tu seguridad.',
    startHere: '¿Es tu primera vez? Empieza aquí',
    followRoutine: 'Sigue una rutina',
  },
  areas: {
    title: 'Zonas del cuerpo',
    description:
      'Elige dónde te duele: once zonas del cuerpo, de la cabeza a los pies, cada una con sus técnicas, precauciones y rutinas.',
    lead: 'Elige la parte del cuerpo que sientes tensa o adolorida. Cada página te ayuda a encontrar el punto sensible y a elegir una técnica.',
  },
  area: {
    shortList: 'Técnicas para esta zona',
    notSure: '¿No sabes cuál?',
    chooseByPain: 'Elige según el tipo de dolor',
    chooser: 'Qué técnica para cada tipo de dolor',
    routines: 'Rutinas que incluyen esta zona',
  },
  techniques: {
    title: 'Todas las técnicas',
    description:
      'Todas las técnicas de automasaje de la guía, por zona del cuerpo, con la herramienta y el tiempo de cada una.',
    lead: 'Cada técnica dice qué herramienta usar, cuánto presionar y cuánto tiempo quedarte. Empieza con suavidad.',
    jump: 'Ir a una zona',
  },
  card: { tool: 'Herramienta', time: 'Tiempo', suits: 'Sirve para', or: ' o ' },
  guides: {
    title: 'Guías',
    description:
      'Lecturas de fondo: qué es la liberación miofascial, cómo encontrar el punto sensible, cómo elegir una herramienta, cómo cuidarte y cómo crear el hábito.',
    lead: 'Lecturas cortas para sacar más provecho de cada técnica y cuidarte al hacerla.',
    sources: 'Fuentes',
  },
  tools: {
    title: 'Herramientas',
    description:
      'Con qué presionar: de tus propias manos a una pelota de tenis, una pelota de lacrosse y un rodillo de espuma, de la más suave a la más firme.',
    lead: 'No necesitas aparatos caros. Empieza con las manos o una pelota de tenis, y usa algo más firme solo si lo necesitas.',
    techniqueCount: (count: number) => (count === 1 ? '1 técnica' : `${count} técnicas`),
    cost: (cost: string) => `Costo: ${cost}.`,
    usedBy: 'Técnicas que la usan',
  },
  howWeWrite: {
    reviewed: 'Cuándo se revisó cada página por última vez',
    reviewedLead:
      'Revisamos cada página contra sus fuentes antes de publicarla, y otra vez cuando cambia una fuente. Cada técnica y cada guía muestra su propia fecha al final. Estas son las fechas que tiene hoy el sitio:',
    reportTo: (address: string) => ({
      before: 'Dinos qué está mal, y en qué página, en ',
      address,
      after: '. El enlace «Reportar un problema» al pie de cada página también lleva allí.',
    }),
    noReport:
      'Esta copia de la guía se armó sin una forma de contactar al equipo, así que desde aquí no hay adónde enviar un reporte. El sitio no recoge ningún dato de las personas que lo leen.',
  },
  notFound: {
    title: 'No encontramos la página',
    description: 'Esta página no existe. Busca en la guía o elige una zona del cuerpo.',
    lead: 'No pudimos encontrar esa página. Tal vez cambió de lugar. Prueba a buscar, o empieza por dónde te duele.',
    areas: 'Zonas del cuerpo',
  },
};
