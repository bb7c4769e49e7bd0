import { describe, expect, it } from 'vitest';
import { REGIONS } from '../body-map';
import { pathPoints, pointInPath } from '../svg-path';
import { closeUp, markedLandmarks, MIDLINE_GAP, onBody, patchOutline } from './close-up';
import { sideSign } from './solve/front-solver';
import { landmark, LANDMARK_IDS } from './pose/landmarks';
import { TECHNIQUE_PICTURES } from './testing/pictures.fixture';
import type { Vec } from './vec';

/** Inside a region's shape on a view, on either side (mirrored shapes are drawn at negative x). */
function insideArea(area: string, view: string, [x, y]: Vec): boolean {
  const shapes = REGIONS.find((region) => region.area === area)?.shapes.filter((shape) => shape.view === view) ?? [];
  return shapes.some(
    (shape) => pointInPath([x, y], shape.d) || (shape.mirror === true && pointInPath([-x, y], shape.d)),
  );
}

describe('every landmark', () => {
  it.each(LANDMARK_IDS)('%s lies inside its area on the body map', (id) => {
    const { area, map } = landmark(id);
    expect(insideArea(area, map.view, [map.x, map.y])).toBe(true);
    expect(insideArea(area, map.view, [-map.x, map.y])).toBe(true);
  });
});

describe.each(TECHNIQUE_PICTURES)('the close-up of %s', (_id, spec) => {
  const view = closeUp(spec);
  const marks = markedLandmarks(spec).map(landmark);

  it('marks each spot or line end inside its area, on the side the technique works', () => {
    const points = [...view.spots, ...view.lines.flat()];
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(marks.some((mark) => insideArea(mark.area, view.view, point))).toBe(true);
    if (spec.side !== 'both') for (const [x] of points) expect(Math.sign(x)).toBe(sideSign(spec.side, view.view));
  });

  it('shades only where the reader presses: round the marks, on the body, off the spine', () => {
    expect(view.patches.length).toBeLessThanOrEqual(view.spots.length + view.lines.length);
    for (const patch of view.patches) {
      const sign = Math.sign(patch.a[0]);
      for (const [x, y] of patchOutline(patch)) {
        expect(x * sign).toBeGreaterThanOrEqual(MIDLINE_GAP);
        expect(onBody([x, y])).toBe(true);
      }
    }
  });

  it('frames everything it marks', () => {
    const { x, y, w, h } = view.box;
    for (const [px, py] of [...view.spots, ...view.lines.flat()]) {
      expect(px).toBeGreaterThan(x);
      expect(px).toBeLessThan(x + w);
      expect(py).toBeGreaterThan(y);
      expect(py).toBeLessThan(y + h);
    }
  });
});

describe('a close-up frames enough of the body to recognise', () => {
  it('shows a calf with the foot below it and the back of the knee above it', () => {
    const spec = TECHNIQUE_PICTURES.find(([id]) => id === 'calves-foam-roller')![1];
    const { box, regions } = closeUp(spec);
    const calf = regions.flatMap((shape) => pathPoints(shape.d).map(([, y]) => y));
    const foot = REGIONS.find((region) => region.area === 'feet')!
      .shapes.filter((shape) => shape.view === 'back')
      .flatMap((shape) => pathPoints(shape.d).map(([, y]) => y));
    expect(box.y + box.h).toBeGreaterThanOrEqual(Math.max(...foot));
    expect(box.y).toBeLessThanOrEqual(Math.min(...calf) - 15);
  });
});
