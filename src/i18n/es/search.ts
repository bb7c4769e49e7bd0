/** Las palabras en español de la parte "search" del sitio (misma forma que src/i18n/en/search.ts). */
import type { SearchScriptWords, SearchWords } from '../en/search';

/**
 * "Pelota de tenis, Pelota de lacrosse y Rodillo de espuma". Antes de una palabra que empieza con
 * el sonido "i" (i-, hi-), "y" se escribe "e": "Cuello e Isquiotibiales".
 */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  const last = words.at(-1)!;
  const and = /^h?[iíIÍ](?![aeiouáéíóú])/i.test(last) ? 'e' : 'y';
  return `${words.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** Las palabras que escribe el script de la página de búsqueda (src/scripts/search-page.es.ts). */
export const searchScript: SearchScriptWords = {
  kinds: {
    home: 'Inicio',
    area: 'Zona del cuerpo',
    technique: 'Técnica',
    routine: 'Rutina',
    tool: 'Herramienta',
    guide: 'Guía',
    page: 'Página',
  },
  list,
  andMore: (named, more) => `${named} y ${more} más`,
  resultCount: (count, query, filters) => {
    const amount = count === 0 ? 'No hay resultados' : `${count} ${count === 1 ? 'resultado' : 'resultados'}`;
    const words = query ? ` para “${query}”` : '';
    const narrowed =
      filters.length === 0 ? '' : `, con ${filters.length === 1 ? 'el filtro' : 'los filtros'} ${list(filters)}`;
    return `${amount}${words}${narrowed}.`;
  },
  searching: (query) => (query ? `Buscando “${query}”…` : 'Buscando…'),
  failed:
    'No se pudo cargar la búsqueda. Revisa tu conexión y vuelve a intentarlo, o empieza por una zona del cuerpo más abajo.',
};

export const search: SearchWords = {
  script: searchScript,
  title: 'Buscar',
  description:
    'Busca en todas las técnicas, zonas del cuerpo, rutinas y guías con tus propias palabras, como dolor de hombro o pelota de tenis.',
  form: { label: 'Buscar en la guía', placeholder: 'p. ej., dolor de hombro', button: 'Buscar' },
  pageForm: {
    label: 'Busca una zona del cuerpo, un síntoma o una herramienta',
    hint: 'Los resultados aparecen mientras escribes. Usa las flechas del teclado para pasar de un resultado a otro.',
  },
  filters: {
    summary: 'Filtrar los resultados',
    area: { label: 'Zona del cuerpo', any: 'Todas las zonas' },
    tool: { label: 'Herramienta', any: 'Cualquier herramienta' },
    kind: { label: 'Tipo de página', any: 'Todos los tipos' },
  },
  results: {
    didYouMean: { before: '¿Quisiste decir ', after: '?' },
    more: 'Ver más resultados',
  },
  emergency: {
    readSigns: 'Lee las señales de alarma',
    whenToCall: 'Cuándo llamar al número de emergencias',
  },
  empty: {
    tries: 'Prueba con una búsqueda como',
    areas: 'O empieza por donde te duele',
    examples: [
      'dolor de hombro',
      'cuello rígido',
      'nudo debajo del omóplato',
      'apretar los dientes',
      'dolor de cabeza',
      'dolor de espalda baja',
      'pelota de tenis',
      'rodillo de espuma',
    ],
  },
  noScript: {
    urgent: '¿Dolor de pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino, o entumecimiento nuevo?',
    checkSigns: 'Revisa las señales de alarma que necesitan ayuda ya',
    needsScript:
      'La búsqueda necesita JavaScript, que está desactivado en tu navegador. Igual puedes ver todo lo que hay en la guía:',
    areas: { link: 'Zonas del cuerpo', rest: ', del cuello a los pies' },
    techniques: { link: 'Todas las técnicas', rest: ', por zona del cuerpo' },
    routines: { link: 'Rutinas', rest: ' para seguir o imprimir' },
    guides: 'Guías',
    and: ' y ',
    safety: 'seguridad',
  },
};
