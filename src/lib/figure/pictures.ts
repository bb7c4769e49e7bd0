/**
 * A technique's two pictures from its `picture` data, stage by stage: the pose (pose/) is
 * solved (solve/), drawn as shapes (draw/), and written as inline SVG (markup.ts); the
 * close-up (close-up.ts) marks where to press; alt-text.ts names both.
 */
import { pictures as english, type PicturesWords } from '../../i18n/en/pictures';
import { closeUpAlt, positionAlt } from './alt-text';
import { closeUp } from './close-up';
import type { Drawing } from './draw/drawing';
import { frontDrawing } from './draw/front-drawing';
import { sideDrawing } from './draw/side-drawing';
import { closeUpMarkup, named, positionMarkup, type Unnamed } from './markup';
import type { PictureSpec } from './picture-spec';
import { POSES } from './pose/poses';
import { solveFront } from './solve/front-solver';
import { solveSide } from './solve/side-solver';

export interface Pictures {
  position: { svg: string; name: string };
  /** `view`: which way the close-up shows the body, for its caption. */
  closeUp: { svg: string; name: string; view: 'front' | 'back' };
}

/** A technique's two pictures, solved and written, before their names (the only words) go in. */
interface Solved {
  position: Unnamed;
  closeUp: Unnamed & { view: 'front' | 'back' };
}

/**
 * Solved pictures by their data. Solving is the costliest step of the build, and one picture is
 * shown on its technique page, every routine step, every handout and the builder's data, in every
 * language: each is solved once per build, and a technique whose picture data equals another's
 * shares its drawing. Only the names differ by language: `byLanguage` keeps each language's pictures,
 * so a page in that language gets the very same object every time.
 */
const solved = new Map<string, Solved>();
const byLanguage = new WeakMap<PicturesWords, Map<string, Pictures>>();

/** The pictures of `spec`, named in the language of `words` (English by default). */
export function drawPictures(spec: PictureSpec, words: PicturesWords = english): Pictures {
  const key = JSON.stringify(spec);
  let inLanguage = byLanguage.get(words);
  if (!inLanguage) byLanguage.set(words, (inLanguage = new Map()));
  let pictures = inLanguage.get(key);
  if (!pictures) {
    pictures = nameAll(solvedPictures(key, spec), spec, words);
    inLanguage.set(key, pictures);
  }
  return pictures;
}

function solvedPictures(key: string, spec: PictureSpec): Solved {
  let pictures = solved.get(key);
  if (!pictures) {
    const view = closeUp(spec);
    pictures = { position: positionMarkup(drawPosition(spec)), closeUp: { ...closeUpMarkup(view), view: view.view } };
    solved.set(key, pictures);
  }
  return pictures;
}

function nameAll({ position, closeUp }: Solved, spec: PictureSpec, words: PicturesWords): Pictures {
  const positionName = positionAlt(spec, words);
  const closeUpName = closeUpAlt(spec, words);
  return {
    position: { svg: named(position, positionName), name: positionName },
    closeUp: { svg: named(closeUp, closeUpName), name: closeUpName, view: closeUp.view },
  };
}

/** The position picture, solved and drawn in its pose's view. */
function drawPosition(spec: PictureSpec): Drawing {
  const pose = POSES[spec.pose];
  return pose.view === 'side' ? sideDrawing(solveSide(pose, spec), spec) : frontDrawing(solveFront(pose, spec), spec);
}
