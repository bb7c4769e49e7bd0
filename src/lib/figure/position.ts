/** The position picture of a technique, solved and drawn in its pose's view. */
import type { Drawing } from './drawing';
import { solveFront } from './front-scene';
import { POSES } from './poses';
import { frontDrawing } from './position-front';
import { sideDrawing } from './position-side';
import { solveSide } from './side-scene';
import type { PictureSpec } from './spec';

export type { Drawing, Part } from './drawing';

export function drawPosition(spec: PictureSpec): Drawing {
  const pose = POSES[spec.pose];
  return pose.view === 'side' ? sideDrawing(solveSide(pose, spec), spec) : frontDrawing(solveFront(pose, spec), spec);
}
