/** Las palabras en español de la parte "routine" del sitio (misma forma que src/i18n/en/routine.ts). */
import type { RoutineWords } from '../en/routine';

export const routine: RoutineWords = {
  index: {
    title: 'Rutinas',
    description:
      'Rutinas cortas de automasaje para hacer en casa o en tu escritorio, cada una con temporizador y una hoja para imprimir.',
    lead: 'Unas cuantas técnicas seguidas, con el tiempo que lleva cada una. Hazlas con el temporizador o imprímelas para el refrigerador.',
    buildBefore: '¿Ninguna te sirve? ',
    buildLink: 'Arma tu propia rutina',
    buildAfter: ' con las técnicas que quieras, e imprímela en una sola página.',
  },
  facts: {
    goal: 'Objetivo:',
    suits: 'Para quién:',
    totalTime: 'Tiempo total:',
  },
  printHint: 'Una página, con casillas para marcar durante una semana.',
  stepsHeading: 'Los pasos',
  player: 'Haz la rutina con el temporizador',
  handout: {
    startedOn: 'Fecha de inicio:',
    technique: 'Técnica',
    howToTick: '· marca una casilla cada día que la hagas (dos casillas: arriba el lado izquierdo)',
    day: 'Día ',
  },
  doseNote: (change, own) => {
    const changed = { shortened: 'es más corto', lengthened: 'es más largo', changed: 'cambia' }[change];
    return `Aquí ${changed}: sigue el tiempo de arriba. En su página: ${own}.`;
  },
  days: {
    title: 'Tus últimos 7 días',
    none: 'ninguno marcado todavía.',
    note: 'Se marcan cuando tocas “Marcar hoy como hecho” al final de una rutina o de una técnica. Solo se guardan en este navegador.',
    forget: 'Borrar mi historial',
    forgotten: 'Se borró tu historial.',
    today: 'hoy',
    done: 'hecho',
    notDone: 'sin hacer',
    locale: 'es',
  },
};
