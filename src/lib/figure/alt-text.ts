/**
 * The pictures' accessible names, written from the same data they are drawn from: the
 * position, where the tool goes and the movement; and where to press. What each picture
 * shows is read here, as ids (a scene); each language's table words the scene with its own
 * grammar (src/i18n/<lang>/pictures.ts). Without a table, the words are English.
 */
import { pictures as english, type PicturesWords } from '../../i18n/en/pictures';
import { closeUpView, markedLandmarks } from './close-up';
import { isHandTool, type MovementId, type PictureSpec, type PoseId, type SideId } from './picture-spec';
import type { SupportId, ToolId } from './picture-spec';
import { landmark, type LandmarkId } from './pose/landmarks';

/** What the position picture shows, by id: each language's `positionAlt` words it. */
export interface PositionScene {
  pose: PoseId;
  side: SideId;
  support: SupportId;
  tool: ToolId;
  /** The tool is the working hand itself (thumb, fingers, knuckles, the other hand), not an object on a support. */
  handTool: boolean;
  contact: LandmarkId;
  movement: MovementId;
  /** On a chair, the tool is at its back (lean back into it), not under the thigh. */
  chairBack: boolean;
  /** The line the movement follows, start to end. */
  line: readonly [LandmarkId, LandmarkId] | undefined;
}

/** What the close-up shows, by id: each language's `closeUpAlt` words it. */
export interface CloseUpScene {
  /** The marked landmarks: a line's two ends, start first, or the spots. */
  marks: readonly LandmarkId[];
  /** The marks are the ends of one line, not spots. */
  line: boolean;
  side: SideId;
  view: 'front' | 'back';
}

export function positionScene(spec: PictureSpec): PositionScene {
  return {
    pose: spec.pose,
    side: spec.side,
    support: spec.support,
    tool: spec.tool,
    handTool: isHandTool(spec.tool),
    contact: spec.contact,
    movement: spec.movement,
    // A chair holds the tool at the back (lean back into it) or under the thigh (let the thigh settle).
    chairBack: spec.support === 'chair' && landmark(spec.contact).onSide?.segment === 'torso',
    line: spec.line,
  };
}

export function closeUpScene(spec: PictureSpec): CloseUpScene {
  return { marks: markedLandmarks(spec), line: spec.line !== undefined, side: spec.side, view: closeUpView(spec) };
}

/** "Position: sitting on a chair, ... . Lean back into the wall." */
export function positionAlt(spec: PictureSpec, words: PicturesWords = english): string {
  return words.positionAlt(positionScene(spec));
}

/** "Where to press: ... on the left side, marked on a back view of the body." */
export function closeUpAlt(spec: PictureSpec, words: PicturesWords = english): string {
  return words.closeUpAlt(closeUpScene(spec));
}
