/**
 * The English words of the pictures (src/lib/figure, TechniquePictures.astro) and of the body map
 * (BodyMap.astro, BodyMapChooser.astro); src/i18n/es/pictures.ts has the same shape. The alt text
 * is composed here from a picture's scene (src/lib/figure/alt-text.ts), in English word order.
 */
import type { CloseUpScene, MovementId, PositionScene, SideId, SupportId, ToolId, ViewId } from '../../lib/figure';
import { listWords } from '../../lib/labels';
import { landmarks, poses } from './pictures-body';

/** A tool as the alt text names it, first in its phrase: "a tennis ball". */
const tools: Record<ToolId, string> = {
  hand: 'the other hand',
  thumb: 'the thumb',
  fingers: 'the fingertips',
  knuckles: 'the knuckles of both fists',
  'tennis-ball': 'a tennis ball',
  'lacrosse-ball': 'a lacrosse ball',
  'two-balls-sock': 'two tennis balls in a sock',
  'foam-roller': 'a foam roller',
};

/** The worked side, after the spot. */
const sides: Record<SideId, string> = {
  left: 'on the left side',
  right: 'on the right side',
  both: 'on both sides',
};

/**
 * What holds a ball or roller against the body: where the tool sits (`against` the spot), and
 * how to lean into it (on a chair: the thigh settling onto it; `leanIntoChairBack` for its back).
 */
const supports: Record<SupportId, { against: (spot: string) => string; leanIn: string }> = {
  wall: { against: (spot) => `between the wall and ${spot}`, leanIn: 'Lean back into the wall' },
  floor: { against: (spot) => `on the floor under ${spot}`, leanIn: 'Let your weight sink onto it' },
  table: { against: (spot) => `on the table under ${spot}`, leanIn: 'Press down gently' },
  chair: { against: (spot) => `between the chair and ${spot}`, leanIn: 'Let your thigh settle onto it' },
};
const leanIntoChairBack = 'Lean back into the chair';

/** How a movement reads: `lean` is the support's lean-in, `line` the named ends of the line it follows. */
interface Movement {
  lean: string;
  line: readonly [string, string] | undefined;
}
const between = ({ line }: Movement) => (line ? `, between ${line[0]} and ${line[1]}` : '');
const along = ({ line }: Movement) => (line ? ` from ${line[0]} to ${line[1]}` : '');

const movements: Record<MovementId, (how: Movement) => string> = {
  hold: () => 'Hold still on the spot',
  'lean-in': ({ lean }) => lean,
  'roll-up-down': (how) => `Roll slowly up and down${between(how)}`,
  'roll-back-forth': (how) => `Roll slowly forward and back${between(how)}`,
  'drag-line': (how) => `Slide slowly${along(how)}`,
  'squeeze-along': (how) => `Squeeze, then move a little further${along(how)}`,
  circle: () => 'Move the skin in small, slow circles',
  'head-roll': () => 'Then roll your head slowly from one side to the other',
  'head-turn': () => 'Turn your head a little to one side and stay, then to the other side',
};

/** The close-up's view, in its alt text: "marked on a back view of the body". */
const views: Record<'front' | 'back', string> = { front: 'front', back: 'back' };

function placement(scene: PositionScene): string {
  const where = `${landmarks[scene.contact]}, ${sides[scene.side]}`;
  const tool = tools[scene.tool];
  if (!scene.handTool) return `${tool} ${supports[scene.support].against(where)}`;
  const pressedIn = scene.support === 'chair' && scene.tool === 'knuckles' ? ', pressed in by the chair back' : '';
  return `${tool} on ${where}${pressedIn}`;
}

function movement(scene: PositionScene): string {
  const lean = scene.chairBack ? leanIntoChairBack : supports[scene.support].leanIn;
  const line = scene.line && ([landmarks[scene.line[0]], landmarks[scene.line[1]]] as const);
  return movements[scene.movement]({ lean, line });
}

const positionCaptions: Record<ViewId, string> = {
  side: 'The position',
  front: 'The position, from the front',
  back: 'The position, from behind',
};
const shown: Record<SideId, string> = { left: 'left side shown', right: 'right side shown', both: 'both sides' };
const mapViews: Record<'front' | 'back', string> = { front: 'Front', back: 'Back' };

export const pictures = {
  landmarks,
  poses,
  tools,
  sides,
  supports,
  leanIntoChairBack,
  movements,
  views,

  /** "Position: sitting on a chair, ..., a tennis ball between the chair and ..., on the left side. Lean back into the chair." */
  positionAlt: (scene: PositionScene): string =>
    `Position: ${poses[scene.pose](scene.side)}, ${placement(scene)}. ${movement(scene)}.`,

  /** "Where to press: the back of the shoulder, ..., on the left side, marked on a back view of the body." */
  closeUpAlt: ({ marks, line, side, view }: CloseUpScene): string => {
    const named = marks.map((id) => landmarks[id]);
    const what = line ? `a line from ${named[0]} to ${named[1]}` : named.join(' and ');
    return `Where to press: ${what}, ${sides[side]}, marked on a ${views[view]} view of the body.`;
  },

  captions: {
    /** Under the position picture: which way a front or back view faces. */
    position: positionCaptions,
    /** Under the close-up: its view and the side it shows. */
    closeUp: (view: 'front' | 'back', side: SideId): string => `Where to press, ${views[view]} view (${shown[side]})`,
  },

  bodyMap: {
    /** The chooser's map of links. */
    name: 'Body map, front and back',
    /** The small map on a page: the areas it works, by their titles. */
    highlighted: (areas: readonly string[]): string => `Body map with ${listWords(areas)} highlighted`,
    /** Under each figure of the chooser's map. */
    views: mapViews,
    title: 'Where does it hurt?',
    hint: 'Choose the area on the body map or from the list.',
    /** The list of the same links, beside the map. */
    list: 'Body areas',
  },
};

export type PicturesWords = typeof pictures;
