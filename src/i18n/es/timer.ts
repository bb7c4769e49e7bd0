/**
 * Las palabras en español del temporizador y de las dosis (misma forma que src/i18n/en/timer.ts).
 * `units` y `live` se exportan aparte: son lo único de esta tabla que lleva el script del
 * temporizador en las páginas en español (src/scripts/hold-timer.es.ts).
 */
import type { HoldParts, PassesParts, TimerWords, UntilEasesParts } from '../en/timer';

export const units: TimerWords['units'] = {
  range: (min, max) => `${min} a ${max}`,
  seconds: (amount) => `${amount} s`,
  minutes: (amount) => `${amount} min`,
  aboutMinutes: (amount) => `alrededor de ${amount} min`,
  underAMinute: 'menos de 1 min',
  spokenRange: (min, max) => `${min} a ${max}`,
  secondsSpoken: (amount) => `${amount} segundos`,
  minutesSpoken: (amount) => `${amount} minutos`,
};

const dose: TimerWords['dose'] = {
  hold: ({ seconds, reps, rest, eachSide }: HoldParts) =>
    `Mantén ${seconds}${reps > 1 ? `, ${reps} veces` : ''}${reps > 1 && rest > 0 ? `, con ${rest} s de descanso entre una y otra` : ''}${eachSide ? ', en cada lado' : ''}.`,
  passes: ({ count, one, eachSide }: PassesParts) =>
    `${count} ${one ? 'pasada lenta' : 'pasadas lentas'}${eachSide ? ', en cada lado' : ''}.`,
  untilEases: ({ seconds, eachSide }: UntilEasesParts) =>
    `Quédate en el punto hasta que el dolor ceda, ${seconds}${eachSide ? ', en cada lado' : ''}.`,
};

export const live: TimerWords['live'] = {
  speechLang: 'es-US',
  headings: {
    'lead-in': 'Ponte en posición',
    hold: 'Mantén',
    rest: 'Descansa',
    switch: 'Cambia de lado',
    passes: 'Pasada lenta',
    'count-up': 'Quédate hasta que el dolor ceda',
    untimed: 'A tu ritmo',
  },
  leftSide: 'Lado izquierdo',
  rightSide: 'Lado derecho',
  soreSide: 'El lado que duele',
  yourLeftSide: 'tu lado izquierdo',
  yourRightSide: 'tu lado derecho',
  yourSoreSide: 'el lado que duele',
  stepOf: (step, count) => `${step} de ${count}`,
  next: (title) => `Sigue: ${title}`,
  lastOne: 'Es la última',
  timeLeft: (time) => `Tiempo restante: ${time}`,
  startWith: (side) => `Empieza por ${side}`,
  nextSide: (side) => `Sigue: ${side}`,
  holdOf: (rep, reps) => `Repetición ${rep} de ${reps}`,
  canLetGo: (max) => `Ya puedes soltar, o mantén hasta ${max} s`,
  aimFor: (range) => `Meta: ${range}`,
  nextHold: (rep, reps) => `Sigue: repetición ${rep} de ${reps}`,
  passOf: (rep, reps) => `Pasada ${rep} de ${reps}`,
  extraPassOf: (rep, reps) => `Pasada ${rep} de ${reps}, si quieres`,
  target: (range) => `Meta: ${range}`,
  untimedStep: (step) => `el paso ${step}`,
  untimedSteps: (first, last) => `los pasos ${first} a ${last}`,
  nowDo: (steps, text) => `Ahora haz ${steps}. ${text}`,
  easeOffHeading: 'Hora de aflojar',
  easeOffNow: (side) => `${side}. Afloja ahora`,
  easeOffMovingOn: (side, seconds) => `${side}. Afloja ahora. Seguimos en ${seconds} s`,
  stepIntro: (step, count, title) => `Paso ${step} de ${count}, ${title}. `,
  passesStart: (side, seconds) =>
    `${side}: empieza tu primera pasada lenta. Cada pasada dura ${seconds} segundos; un tono suave marca el final.`,
  countUpStart: (side, time) => `${side}: presiona ahora. Quédate en el punto hasta que el dolor ceda, ${time}.`,
  holdStart: (side, time) => `${side}: presiona ahora y mantén ${time}.`,
  holdOfDone: (rep, reps) => `Repetición ${rep} de ${reps} lista.`,
  sideDone: (side) => `${side}: listo.`,
  done: 'Listo.',
  restFor: (seconds) => `Descansa ${seconds} segundos.`,
  nextHoldNow: 'Ahora, la siguiente repetición.',
  nextTechnique: (title) => `Sigue: ${title}. Ponte en posición.`,
  tenLeft: 'Quedan 10 segundos.',
  easeOffSpot: 'Es hora de aflojar la presión en el punto.',
  movingOnIn: (seconds) => `Seguimos en ${seconds} segundos.`,
  switchTo: (side) => `Cambia a ${side}.`,
  passDone: (rep, next) => `Pasada ${rep} lista. Sigue directo con la pasada ${next}.`,
  routineDone: 'Rutina terminada. ¡Bien hecho!',
  allDone: 'Terminaste. ¡Bien hecho!',
  marked: 'Hoy quedó marcado como hecho. Tu semana aparece en la página de inicio.',
};

export const timer: TimerWords = {
  units,
  dose,
  live,
  title: 'Temporizador',
  noScript: 'El temporizador necesita JavaScript. Sin él, cuenta despacio o mira un reloj.',
  stopLine: (sign) => `Para o afloja si ${sign}`,
  buttons: {
    start: 'Empezar',
    startRoutine: 'Empezar la rutina',
    pause: 'Pausa',
    resume: 'Seguir',
    passDone: 'Pasada lista',
    eased: 'Listo, ya cedió',
    longer: 'Un poco más',
    finished: 'Terminé',
    skipStep: 'Saltar esta técnica',
    skip: 'Saltar',
    reset: 'Reiniciar',
    stop: 'Parar: me\u00a0duele',
    markDay: 'Marcar hoy como hecho',
  },
  step: 'Paso',
  leadIn: {
    label: 'Tiempo para ponerte en posición',
    lead: 'Tiempo para ponerte en posición: ',
    less: '-5 s',
    more: '+5 s',
    hidden: ' para ponerte en posición',
  },
  stopped: {
    heading: 'Paraste: fue lo correcto',
    link: 'Revisa las señales de alarma que necesitan ayuda ya',
  },
  finished: {
    routine: 'Rutina terminada',
    technique: 'Terminaste',
    text: 'Bien hecho. Siéntate un momento, respira y nota cómo se siente ahora.',
  },
  cues: {
    legend: 'Avisos',
    sound: 'Sonido y vibración',
    speech: 'Decir los avisos en voz alta',
  },
  check: {
    heading: '¿Te aplica alguno de estos casos?',
    none: 'Ninguno',
    applies: 'Me aplica uno',
    onceBefore: 'Solo preguntamos una vez en este dispositivo. Puedes cambiar tu respuesta en ',
    onceLink: 'la página de seguridad',
    onceAfter: '.',
    askFirst: 'Pregunta primero, antes de empezar',
    readMore: 'Lee más antes de empezar',
    back: 'Volver',
  },
};
