/**
 * A technique's two pictures from its `picture` data, stage by stage: the pose (pose/) is
 * solved (solve/), drawn as shapes (draw/), and written as inline SVG (markup.ts); the
 * close-up (close-up.ts) marks where to press; alt-text.ts names both.
 */
import { closeUpAlt, positionAlt } from './alt-text';
import { closeUp } from './close-up';
import type { Drawing } from './draw/drawing';
import { frontDrawing } from './draw/front-drawing';
import { sideDrawing } from './draw/side-drawing';
import { closeUpSvg, positionSvg } from './markup';
import type { PictureSpec } from './picture-spec';
import { POSES } from './pose/poses';
import { solveFront } from './solve/front-solver';
import { solveSide } from './solve/side-solver';

export interface Pictures {
  position: { svg: string; name: string };
  /** `view`: which way the close-up shows the body, for its caption. */
  closeUp: { svg: string; name: string; view: 'front' | 'back' };
}

/**
 * Solved pictures by their data. Solving is the costliest step of the build, and one picture is
 * shown on its technique page, every routine step, every handout and the builder's data: each is
 * solved once per build, and a technique whose picture data equals another's shares its drawing.
 */
const solved = new Map<string, Pictures>();

export function drawPictures(spec: PictureSpec): Pictures {
  const key = JSON.stringify(spec);
  let pictures = solved.get(key);
  if (!pictures) {
    pictures = solvePictures(spec);
    solved.set(key, pictures);
  }
  return pictures;
}

function solvePictures(spec: PictureSpec): Pictures {
  const view = closeUp(spec);
  const positionName = positionAlt(spec);
  const closeUpName = closeUpAlt(spec);
  return {
    position: { svg: positionSvg(drawPosition(spec), positionName), name: positionName },
    closeUp: { svg: closeUpSvg(view, closeUpName), name: closeUpName, view: view.view },
  };
}

/** The position picture, solved and drawn in its pose's view. */
function drawPosition(spec: PictureSpec): Drawing {
  const pose = POSES[spec.pose];
  return pose.view === 'side' ? sideDrawing(solveSide(pose, spec), spec) : frontDrawing(solveFront(pose, spec), spec);
}
