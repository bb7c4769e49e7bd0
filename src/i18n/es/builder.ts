/** Las palabras en español de la parte "builder" del sitio (misma forma que src/i18n/en/builder.ts). */
import type { BuilderScriptWords, BuilderWords } from '../en/builder';

/** "a, b y c", con "e" delante de un sonido "i" ("Cuello e Isquiotibiales"). */
const list = (words: readonly string[]) => new Intl.ListFormat('es', { type: 'conjunction' }).format(words);

/** Lo que dice el script del armador en el navegador: lo único de esta tabla que carga su página. */
export const builderScript: BuilderScriptWords = {
  added: (title, count, most) => `Agregaste ${title}. Llevas ${count} de ${most}.`,
  removed: (title, count, most) => `Quitaste ${title}. Llevas ${count} de ${most}.`,
  moved: (title, place, count) => `Ahora ${title} va en el lugar ${place} de ${count}.`,
  asInGuide: (dose) => `${dose} (como en la guía)`,
  itemFor: (title) => `: ${title}`,
  filterNone: (typed) => `Ninguna técnica coincide con “${typed}”.`,
  filterSome: (shown, total, typed) =>
    `${shown} de ${total} técnicas ${shown === 1 ? 'coincide' : 'coinciden'} con “${typed}”.`,
  unknown: (ids) => {
    const quoted = ids.map((id) => `“${id}”`);
    return quoted.length === 1
      ? `El enlace nombraba una técnica que no encontramos, así que la saltamos: ${quoted[0]}.`
      : `El enlace nombraba técnicas que no encontramos, así que las saltamos: ${list(quoted)}.`;
  },
  doseReset: (titles) =>
    `El enlace pedía una dosis que no ofrecemos, así que usamos la dosis de la guía para ${list(titles)}.`,
  dropped: (most, titles) => `Una rutina tiene hasta ${most} técnicas, así que dejamos fuera ${list(titles)}.`,
  offlineRoutine: 'No pudimos cargar toda esta rutina. Revisa tu conexión y vuelve a cargar la página.',
  offlineTechnique: 'No pudimos cargar esa técnica. Revisa tu conexión y márcala otra vez.',
  offlineArea: 'No pudimos cargar estas técnicas. Revisa tu conexión, y luego cierra y vuelve a abrir esta zona.',
};

export const builder: BuilderWords = {
  title: 'Arma tu propia rutina',
  description:
    'Elige las técnicas que necesitas, ponlas en orden y escoge una dosis para cada una: una rutina para hacer con el temporizador o imprimir en una página.',
  keywords: [
    'armar una rutina',
    'armar rutina',
    'crear una rutina',
    'hacer mi propia rutina',
    'rutina personalizada',
    'mi rutina',
    'para imprimir',
    'imprimible',
  ],
  lead: 'Elige las técnicas que necesitas, ponlas en orden y escoge una dosis para cada una. Hazla con el temporizador o imprímela en una página.',
  handoutTitle: 'Mi rutina',
  noScript:
    'Para armar tu propia rutina se necesita JavaScript, que está apagado o bloqueado en tu navegador. Estas rutinas ya armadas funcionan sin él, y cada una se imprime en una sola página:',
  picker: {
    heading: 'Elige las técnicas',
    intro: (most) => `Abre una zona del cuerpo y marca hasta ${most} técnicas. Es lo que cabe en una página impresa.`,
    jump: 'Ir a tu rutina',
    filter: 'Filtra por zona del cuerpo, nombre o herramienta',
    count: (count) => (count === 1 ? '1 técnica' : `${count} técnicas`),
    option: 'Técnica',
  },
  chosen: {
    heading: 'Tu rutina',
    empty: 'Todavía no elegiste nada. Marca una técnica arriba para agregarla aquí.',
    full: 'Es lo máximo que cabe en una página impresa. Quita una para agregar otra.',
    totalTime: 'Tiempo total:',
    linkBefore: 'Para volver a ella, guarda esta página en tus favoritos o comparte su dirección: ',
    link: 'enlace a tu rutina',
    linkAfter: '.',
    dose: 'Dosis',
    up: 'Subir',
    down: 'Bajar',
    remove: 'Quitar',
  },
  script: builderScript,
};
