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
  closeUp: { svg: string; name: string };
}

export function drawPictures(spec: PictureSpec): Pictures {
  const positionName = positionAlt(spec);
  const closeUpName = closeUpAlt(spec);
  return {
    position: { svg: positionSvg(drawPosition(spec), positionName), name: positionName },
    closeUp: { svg: closeUpSvg(closeUp(spec), closeUpName), name: closeUpName },
  };
}
