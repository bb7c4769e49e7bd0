/**
 * The picture and the steps tell one story: what the picture data says about the body
 * (a crossed ankle, an arm in the lap, lifted hips, a line rolled or stroked rather than one
 * spot, a turning head) the steps say too, and what the steps say the picture shows. Both
 * directions are read from the same data the drawing and the alt text come from.
 */
import { describe, expect, it } from 'vitest';
import { pictureSchema } from '../../../schemas';
import { readMdxFolder } from '../../content-files';
import { positionAlt } from '../alt-text';
import type { Pose } from './pose-types';
import { POSES } from './poses';
import type { PictureSpec } from '../picture-spec';

/** What a pose says about the body that the steps must say too. */
function poseFlags(pose: Pose): { crossedAnkle: boolean; hipsLifted: boolean; armInLap: boolean } {
  return {
    crossedAnkle: pose.view === 'side' && pose.crossedAnkle !== undefined,
    hipsLifted: pose.view === 'side' && Boolean(pose.hipsLifted),
    armInLap: pose.view !== 'side' && Boolean(pose.armInLap),
  };
}

/** Each pose word: whether the picture data says it, and the words that say it in the steps. */
const POSE_WORDS: { word: string; inPicture: (spec: PictureSpec) => boolean; inSteps: RegExp }[] = [
  {
    word: 'crossed ankle',
    inPicture: (spec) => poseFlags(POSES[spec.pose]).crossedAnkle,
    inSteps: /\b(ankle|foot) (over|on) (your |the )?(left |right |other )?knee\b/i,
  },
  {
    word: 'arm in lap',
    inPicture: (spec) => poseFlags(POSES[spec.pose]).armInLap,
    inSteps: /\barm rest in your lap\b/i,
  },
  {
    word: 'hips lifted',
    inPicture: (spec) => poseFlags(POSES[spec.pose]).hipsLifted,
    inSteps: /\blift your hips\b/i,
  },
  {
    // A line is rolled, dragged, slid or squeezed along; a spot is held, leaned on or circled.
    word: 'line',
    inPicture: (spec) => spec.line !== undefined,
    inSteps:
      /\b(roll (slowly )?(up|down|forward|back)\b|roll (the ball|them)\b|drag your|slide (slowly )?down|slide your (hands|fingers) (up|down)|move your hand down)/i,
  },
  {
    word: 'head turn',
    inPicture: (spec) => spec.movement === 'head-turn' || spec.movement === 'head-roll',
    inSteps: /\b(turn|roll) your head\b/i,
  },
];

const TECHNIQUES = readMdxFolder('techniques').map((file) => ({
  id: file.id,
  spec: pictureSchema.parse(file.frontmatter['picture']) as PictureSpec,
  steps: file.body,
}));

describe.each(TECHNIQUES)('the picture of $id', ({ spec, steps }) => {
  it.each(POSE_WORDS)('shows "$word" exactly when the steps say it', ({ inPicture, inSteps }) => {
    expect(inPicture(spec)).toBe(inSteps.test(steps));
  });

  it('names in its alt text no side the steps do not work', () => {
    const alt = positionAlt(spec);
    expect(alt).not.toMatch(/\{(near|far)\}/);
    if (spec.side !== 'both' && poseFlags(POSES[spec.pose]).crossedAnkle) expect(alt).toContain(`your ${spec.side}`);
  });
});

describe('the pose words', () => {
  it('each hold for at least one technique, so none is a dead rule', () => {
    for (const { word, inPicture } of POSE_WORDS)
      expect(
        TECHNIQUES.some(({ spec }) => inPicture(spec)),
        word,
      ).toBe(true);
  });
});
