import { describe, expect, it } from 'vitest';
import { drawPictures } from './pictures';
import { TECHNIQUE_PICTURES } from './testing/pictures.fixture';

describe.each(TECHNIQUE_PICTURES)('the pictures of %s', (_id, spec) => {
  const { position, closeUp } = drawPictures(spec);

  it.each([
    ['position', position],
    ['close-up', closeUp],
  ])('the %s is one inline SVG named by its alt text, with no words and no inline styles', (_kind, picture) => {
    expect(picture.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(picture.svg).toContain(`aria-label="${picture.name}"`);
    expect(picture.svg).toMatch(/viewBox="[-\d. ]+" width="\d+" height="\d+"/);
    expect(picture.svg).not.toMatch(/<text|<title|style=|<image|href="http/);
    expect(picture.svg.match(/<svg/g)).toHaveLength(1);
  });

  it('says the position, where the tool goes and the movement', () => {
    expect(position.name).toMatch(/^Position: .+, .+\. .+\.$/);
    expect(closeUp.name).toMatch(
      /^Where to press: .+ (on the left side|on the right side|on both sides), marked on a (front|back) view of the body\.$/,
    );
  });

  it('rounds coordinates to one decimal', () => {
    expect(position.svg + closeUp.svg).not.toMatch(/\d\.\d\d/);
  });
});

describe('the frame of a position picture', () => {
  const sizeOf = (id: string) => {
    const spec = TECHNIQUE_PICTURES.find(([each]) => each === id)![1];
    return drawPictures(spec)
      .position.svg.match(/width="(\d+)" height="(\d+)"/)!
      .slice(1)
      .join('x');
  };

  it.each([
    ['quads-foam-roller', '240x120'],
    ['head-skull-base-fingers', '240x120'],
    ['calves-foam-roller', '240x180'],
    ['shoulder-tennis-ball-wall', '180x240'],
  ])('%s is drawn in a %s frame: wide lying flat, landscape sitting, portrait standing', (id, size) => {
    expect(sizeOf(id)).toBe(size);
  });
});

describe('drawPictures', () => {
  it('solves each picture once per build: equal picture data gets the very same drawing', () => {
    const [, spec] = TECHNIQUE_PICTURES[0]!;
    expect(drawPictures(structuredClone(spec))).toBe(drawPictures(spec));
  });
});
