/**
 * Las palabras en español de la página de técnica y de las partes de seguridad que muestra
 * (misma forma que src/i18n/en/technique.ts).
 */
import type { TechniqueWords } from '../en/technique';

export const technique: TechniqueWords = {
  pressure: {
    levels: {
      gentle: { name: 'Suave', feel: 'sientes la presión, pero sin dolor de verdad' },
      moderate: { name: 'Moderada', feel: 'un dolor sordo que te hace hacer una pequeña mueca, nada más' },
      firm: { name: 'Firme', feel: 'un dolor fuerte y profundo que todavía te deja respirar con calma' },
    },
    range: (min, max, top) => `más o menos ${min} a ${max} de ${top}`,
    hardStop: (stop, top) => `Para en ${stop} de ${top}, y de inmediato si el dolor se vuelve agudo o punzante.`,
    scaleStopWord: 'Para',
    scaleStop: (stop, nearStop, top) =>
      `en ${stop} de ${top} (${nearStop} en el cuello, la cabeza y la mandíbula), y de inmediato si el dolor se vuelve agudo o punzante.`,
    label: (name, range, feel, stop) => `${name}: ${range}, ${feel}. ${stop}`,
  },
  labels: {
    painPattern: {
      point: 'Dolor que puedes señalar con un dedo',
      line: 'Dolor que sigue una línea',
      general: 'Tensión general',
    },
    cost: {
      free: 'Gratis',
      'under-20': 'Menos de unos 20 dólares',
    },
    kind: {
      home: 'Inicio',
      area: 'Zona del cuerpo',
      technique: 'Técnica',
      routine: 'Rutina',
      tool: 'Herramienta',
      guide: 'Guía',
      page: 'Página',
    },
    lastTwo: (before, last) => `${before} y ${last}`,
  },
  steps: 'Pasos',
  feel: 'Lo que debes sentir',
  stopIf: 'Para o afloja si',
  mistakes: 'Errores comunes',
  evidence: 'Lo que sabemos',
  sources: 'Fuentes',
  locale: 'es',
  reviewed: 'Última revisión: ',
  glance: {
    suits: 'Sirve para',
    tool: 'Herramienta',
    or: ' o ',
    position: 'Posición',
    pressure: 'Presión',
    dose: 'Dosis',
    time: 'Tiempo',
  },
  print: 'Imprimir',
  printAddress: {
    technique: (address) => `encuentra esta técnica y su temporizador en ${address}`,
    routine: (address) => `encuentra esta rutina y su temporizador en ${address}`,
    built: (address) => `vuelve a armar esta rutina en ${address} marcando las técnicas de arriba`,
  },
  neighbours: {
    ladder: 'Versiones más suaves y más firmes',
    gentler: 'Más suave: ',
    firmer: 'Más firme: ',
    sameArea: 'Más para esta zona',
    allInArea: 'Todas las técnicas para esta zona',
    pager: 'Técnica anterior y siguiente',
    previous: 'Anterior',
    next: 'Siguiente',
  },
  safety: {
    warning: 'Advertencia: ',
    important: 'Importante: ',
    checkFirst: 'Revisa primero: no presiones si tienes',
    checkFirstWhy: 'Estos casos necesitan un médico, no un masaje.',
    whatToDo: 'Qué hacer',
    goGently: 'Hazlo con cuidado',
    whenToGetHelp: 'Cuándo pedir ayuda',
    everySign: 'Todas las señales y lo que significa cada una',
    extraCare: 'Ten más cuidado si:',
  },
  answer: {
    heading: 'Tu respuesta en este dispositivo',
    unasked:
      'El temporizador todavía no te ha preguntado en este dispositivo. Antes de tu primera presión, te pregunta si te aplica alguno de los casos de arriba.',
    cleared:
      'Le dijiste al temporizador que no te aplica ninguno de los casos de arriba, así que no vuelve a preguntar.',
    forget: 'Pregúntame otra vez',
  },
  reviewCounts: {
    technique: (count) => (count === 1 ? '1 técnica' : `${count} técnicas`),
    guide: (count) => (count === 1 ? '1 guía' : `${count} guías`),
    both: (techniques, guides) => `${techniques} y ${guides}`,
  },
  ladder: {
    step: (step, count) => `Paso ${step} de ${count} en la escalera de herramientas`,
    between: (step, before, after) => `${step}, después de ${before} y antes de ${after}.`,
    softest: (step, after) => `${step}: la más suave, antes de ${after}.`,
    firmest: (step, before) => `${step}: la más firme, después de ${before}.`,
    only: (step) => `${step}.`,
  },
};
