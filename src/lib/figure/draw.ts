/**
 * A technique's two pictures from its `picture` data: the position and where
 * to press, each as an inline SVG string with its accessible name.
 */
import { closeUpAlt, positionAlt } from './alt-text';
import { closeUp } from './closeup';
import { drawPosition } from './position';
import type { PictureSpec } from './spec';
import { closeUpSvg, positionSvg } from './svg';

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
