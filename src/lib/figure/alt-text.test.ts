import { describe, expect, it } from 'vitest';
import { closeUpAlt, positionAlt } from './alt-text';
import type { PictureSpec } from './picture-spec';

const BALL_ON_WALL: PictureSpec = {
  pose: 'standing-wall-back',
  support: 'wall',
  tool: 'tennis-ball',
  contact: 'upper-back',
  movement: 'lean-in',
  view: 'side',
  side: 'left',
};

describe('positionAlt', () => {
  it('says the position, where the tool goes, the side, and the movement', () => {
    expect(positionAlt(BALL_ON_WALL)).toBe(
      'Position: standing with your back to a wall, feet a step out from it, a tennis ball between the wall and the back of the shoulder, beside the shoulder blade, on the left side. Lean back into the wall.',
    );
  });

  it('names the worked foot and the knee it rests on for a crossed ankle', () => {
    const spec: PictureSpec = {
      pose: 'seated-chair-ankle-on-knee',
      support: 'chair',
      tool: 'thumb',
      contact: 'sole',
      movement: 'circle',
      view: 'side',
      side: 'right',
    };
    expect(positionAlt(spec)).toBe(
      'Position: sitting on a chair with your right foot resting on your left knee, the thumb on the arch of the foot, on the right side. Move the skin in small, slow circles.',
    );
  });

  it('says the chair back presses the knuckles in, and to lean back into it', () => {
    const spec: PictureSpec = {
      pose: 'seated-chair',
      support: 'chair',
      tool: 'knuckles',
      contact: 'lower-back',
      movement: 'lean-in',
      view: 'side',
      side: 'both',
    };
    expect(positionAlt(spec)).toBe(
      'Position: sitting on a chair, feet on the floor, the knuckles of both fists on the thick muscle beside the spine, just above the belt, on both sides, pressed in by the chair back. Lean back into the chair.',
    );
  });
});

describe('closeUpAlt', () => {
  it('says the spot, the side and which view of the body marks it', () => {
    expect(closeUpAlt(BALL_ON_WALL)).toBe(
      'Where to press: the back of the shoulder, beside the shoulder blade, on the left side, marked on a back view of the body.',
    );
  });

  it('says a line from one landmark to the other, and the position alt says to slide along it', () => {
    const spec: PictureSpec = {
      pose: 'seated-back',
      support: 'chair',
      tool: 'fingers',
      contact: 'neck-top',
      movement: 'drag-line',
      view: 'back',
      side: 'both',
      line: ['neck-top', 'neck-base'],
    };
    expect(closeUpAlt(spec)).toBe(
      'Where to press: a line from the back of the neck, just under the skull to the base of the neck, on both sides, marked on a back view of the body.',
    );
    expect(positionAlt(spec)).toBe(
      'Position: sitting tall on a chair, seen from behind, the fingertips on the back of the neck, just under the skull, on both sides. Slide slowly from the back of the neck, just under the skull to the base of the neck.',
    );
  });
});
