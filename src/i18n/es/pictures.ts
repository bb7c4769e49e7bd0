/**
 * Las palabras en español de los dibujos (src/lib/figure, TechniquePictures.astro) y del mapa del
 * cuerpo (BodyMap.astro, BodyMapChooser.astro), con la misma forma que src/i18n/en/pictures.ts.
 * El texto alternativo se arma aquí con su propia gramática, a partir de lo que muestra el dibujo
 * (src/lib/figure/alt-text.ts): cada nombre con su artículo ("una pelota de tenis", "el pulgar",
 * "del lado izquierdo"), el lado concordado con la parte que nombra ("el pie izquierdo", "la
 * rodilla derecha") y el orden de las palabras del español, no el del inglés.
 */
import type { CloseUpScene, PositionScene, SideId, ToolId, ViewId } from '../../lib/figure';
import type { PicturesWords } from '../en/pictures';
import { landmarks, poses } from './pictures-body';

/** "desde A hasta B" y "entre A y B", con una coma después de A cuando A ya lleva comas. */
const pause = (first: string) => (first.includes(',') ? ',' : '');
const fromTo = ([a, b]: readonly [string, string]) => `desde ${a}${pause(a)} hasta ${b}`;
const between = ([a, b]: readonly [string, string]) => `entre ${a}${pause(a)} y ${b}`;

const list = new Intl.ListFormat('es', { type: 'conjunction' });

const tools: Record<ToolId, string> = {
  hand: 'la otra mano',
  thumb: 'el pulgar',
  fingers: 'las yemas de los dedos',
  knuckles: 'los nudillos de los dos puños',
  'tennis-ball': 'una pelota de tenis',
  'lacrosse-ball': 'una pelota de lacrosse',
  'two-balls-sock': 'dos pelotas de tenis en un calcetín',
  'foam-roller': 'un rodillo de espuma',
};

const sides: Record<SideId, string> = {
  left: 'del lado izquierdo',
  right: 'del lado derecho',
  both: 'de los dos lados',
};

const supports: PicturesWords['supports'] = {
  wall: { against: (spot) => `entre la pared y ${spot}`, leanIn: 'Apóyate hacia atrás contra la pared' },
  floor: { against: (spot) => `en el piso, bajo ${spot}`, leanIn: 'Deja caer tu peso encima' },
  table: { against: (spot) => `sobre la mesa, bajo ${spot}`, leanIn: 'Presiona hacia abajo con suavidad' },
  chair: { against: (spot) => `entre la silla y ${spot}`, leanIn: 'Deja que el muslo descanse encima' },
};
const leanIntoChairBack = 'Recuéstate contra el respaldo de la silla';

const movements: PicturesWords['movements'] = {
  hold: () => 'Mantén la presión en ese punto, sin moverte',
  'lean-in': ({ lean }) => lean,
  'roll-up-down': ({ line }) => `Rueda despacio hacia arriba y hacia abajo${line ? `, ${between(line)}` : ''}`,
  'roll-back-forth': ({ line }) => `Rueda despacio hacia adelante y hacia atrás${line ? `, ${between(line)}` : ''}`,
  'drag-line': ({ line }) => `Desliza despacio${line ? ` ${fromTo(line)}` : ''}`,
  'squeeze-along': ({ line }) => `Aprieta y luego avanza un poco más${line ? `, ${fromTo(line)}` : ''}`,
  circle: () => 'Mueve la piel en círculos pequeños y lentos',
  'head-roll': () => 'Luego gira la cabeza despacio de un hombro al otro',
  'head-turn': () => 'Gira un poco la cabeza hacia un lado y quédate así; luego, hacia el otro lado',
};

/** El dibujo de dónde presionar: "en un dibujo del cuerpo visto de espaldas". */
const views: Record<'front' | 'back', string> = { front: 'de frente', back: 'de espaldas' };

function placement(scene: PositionScene): string {
  const where = `${landmarks[scene.contact]}, ${sides[scene.side]}`;
  const tool = tools[scene.tool];
  if (!scene.handTool) return `${tool} ${supports[scene.support].against(where)}`;
  // Solo los nudillos van contra el respaldo de la silla.
  const pressedIn =
    scene.support === 'chair' && scene.tool === 'knuckles' ? ', y el respaldo de la silla los empuja' : '';
  return `${tool} en ${where}${pressedIn}`;
}

function movement(scene: PositionScene): string {
  const lean = scene.chairBack ? leanIntoChairBack : supports[scene.support].leanIn;
  const line = scene.line && ([landmarks[scene.line[0]], landmarks[scene.line[1]]] as const);
  return movements[scene.movement]({ lean, line });
}

const positionCaptions: Record<ViewId, string> = {
  side: 'La posición',
  front: 'La posición, de frente',
  back: 'La posición, de espaldas',
};
/** Entre paréntesis bajo el detalle, en una sola línea (espacios sin corte): "(lado" nunca queda solo al final. */
const shown: Record<SideId, string> = {
  left: 'lado\u00a0izquierdo',
  right: 'lado\u00a0derecho',
  both: 'los\u00a0dos\u00a0lados',
};

export const pictures: PicturesWords = {
  landmarks,
  poses,
  tools,
  sides,
  supports,
  leanIntoChairBack,
  movements,
  views,

  /** "Posición: sentado en una silla, ...; una pelota de tenis entre la silla y ..., del lado izquierdo. Deja que ..." */
  positionAlt: (scene) => `Posición: ${poses[scene.pose](scene.side)}; ${placement(scene)}. ${movement(scene)}.`,

  /** "Dónde presionar: la parte de atrás del hombro, ..., del lado izquierdo, en un dibujo del cuerpo visto de espaldas." */
  closeUpAlt: ({ marks, line, side, view }: CloseUpScene) => {
    const named = marks.map((id) => landmarks[id]);
    const what = line ? `una línea ${fromTo([named[0] ?? '', named[1] ?? ''])}` : list.format(named);
    return `Dónde presionar: ${what}, ${sides[side]}, en un dibujo del cuerpo visto ${views[view]}.`;
  },

  captions: {
    position: positionCaptions,
    closeUp: (view, side) => `Dónde presionar, vista ${views[view]} (${shown[side]})`,
  },

  bodyMap: {
    name: 'Mapa del cuerpo, de frente y de espaldas',
    highlighted: (areas) =>
      areas.length === 1
        ? `Mapa del cuerpo con esta zona marcada: ${areas[0]}`
        : `Mapa del cuerpo con estas zonas marcadas: ${list.format(areas)}`,
    views: { front: 'De frente', back: 'De espaldas' },
    title: '¿Dónde te duele?',
    hint: 'Elige la zona en el mapa del cuerpo o en la lista.',
    list: 'Zonas del cuerpo',
  },
};
