/**
 * The pictures' accessible names, written from the same data they are drawn
 * from: the position, where the tool goes and the movement; and where to press.
 */
import { landmark } from './pose/landmarks';
import { closeUpView, markedLandmarks } from './close-up';
import { POSES } from './pose/poses';
import { isHandTool, type MovementId, type PictureSpec, type SideId } from './picture-spec';
import { TOOL_WORDS } from './pose/tools';

const SIDE_WORDS: Record<SideId, string> = {
  left: 'on the left side',
  right: 'on the right side',
  both: 'on both sides',
};

function placement(spec: PictureSpec): string {
  const where = `${landmark(spec.contact).words}, ${SIDE_WORDS[spec.side]}`;
  const tool = TOOL_WORDS[spec.tool];
  if (isHandTool(spec.tool)) {
    const base = spec.support === 'chair' && spec.tool === 'knuckles' ? ', pressed in by the chair back' : '';
    return `${tool} on ${where}${base}`;
  }
  const against = {
    wall: 'between the wall and',
    floor: 'on the floor under',
    table: 'on the table under',
    chair: 'between the chair and',
  };
  return `${tool} ${against[spec.support]} ${where}`;
}

function movement(spec: PictureSpec): string {
  // A chair holds the tool at the back (lean back into it) or under the thigh (let the thigh settle).
  const intoChairBack = landmark(spec.contact).onSide?.segment === 'torso';
  const lean = {
    wall: 'Lean back into the wall',
    floor: 'Let your weight sink onto it',
    table: 'Press down gently',
    chair: intoChairBack ? 'Lean back into the chair' : 'Let your thigh settle onto it',
  };
  const line = spec.line?.map((id) => landmark(id).words);
  const along = line ? ` from ${line[0]} to ${line[1]}` : '';
  const between = line ? `, between ${line[0]} and ${line[1]}` : '';
  const words: Record<MovementId, string> = {
    hold: 'Hold still on the spot',
    'lean-in': lean[spec.support],
    'roll-up-down': `Roll slowly up and down${between}`,
    'roll-back-forth': `Roll slowly forward and back${between}`,
    'drag-line': `Slide slowly${along}`,
    'squeeze-along': `Squeeze, then move a little further${along}`,
    circle: 'Move the skin in small, slow circles',
    'head-roll': 'Then roll your head slowly from one side to the other',
    'head-turn': 'Turn your head a little to one side and stay, then to the other side',
  };
  return words[spec.movement];
}

/** A pose's words with its sides named: "{near} ankle crossed over {far} knee" for the worked side. */
function poseWords(spec: PictureSpec): string {
  const [near, far] =
    spec.side === 'both'
      ? ['one', 'the other']
      : [`your ${spec.side}`, `your ${spec.side === 'left' ? 'right' : 'left'}`];
  return POSES[spec.pose].words.replace('{near}', near).replace('{far}', far);
}

/** "Position: sitting on a chair, ... . Lean back into the wall." */
export function positionAlt(spec: PictureSpec): string {
  const words = poseWords(spec);
  return `Position: ${words[0]?.toLowerCase()}${words.slice(1)}, ${placement(spec)}. ${movement(spec)}.`;
}

/** "Where to press: ... on the left side, marked on a back view of the body." */
export function closeUpAlt(spec: PictureSpec): string {
  const marks = markedLandmarks(spec).map((id) => landmark(id).words);
  const what = spec.line ? `a line from ${marks[0]} to ${marks[1]}` : marks.join(' and ');
  return `Where to press: ${what}, ${SIDE_WORDS[spec.side]}, marked on a ${closeUpView(spec)} view of the body.`;
}
