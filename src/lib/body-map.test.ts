import { describe, expect, it } from 'vitest';
import { AREA_IDS } from './areas';
import {
  FIGURE_HEIGHT,
  MAP_HEIGHT,
  MAP_WIDTH,
  REGIONS,
  SILHOUETTE,
  VIEWS,
  placePads,
  placeShapes,
  silhouettePaths,
  type Pad,
  type Region,
} from './body-map';
import { parsePath, pathPoints } from './svg-path';

/** The least width and height of a pad that makes an area large enough to tap: 44 px at about 1 px a unit, and a little over. */
const TAP_UNITS = 46;

/** The highest point of a region (smallest y), which sets its place in the keyboard order. */
const regionTop = (region: Region): number =>
  Math.min(...region.shapes.flatMap((shape) => pathPoints(shape.d).map(([, y]) => y)));

/** Where each pad lies on the whole map, mirror images included: [left, top, right, bottom]. */
function padBoxes(pads: readonly Pad[]): [number, number, number, number][] {
  return pads.flatMap(({ view, x, y, width, height, mirror }) => {
    const centre = VIEWS.find((candidate) => candidate.view === view)?.x ?? 0;
    const box: [number, number, number, number] = [centre + x, y, centre + x + width, y + height];
    return mirror ? [box, [centre - x - width, y, centre - x, y + height]] : [box];
  });
}

describe('REGIONS', () => {
  it('draws each of the eleven areas exactly once', () => {
    expect(REGIONS.map((region) => region.area).sort()).toEqual([...AREA_IDS].sort());
  });

  it('runs from head to feet, the order a keyboard moves through the map', () => {
    const tops = REGIONS.map(regionTop);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(REGIONS.map((region) => region.area)).toEqual([
      'head',
      'jaw',
      'neck',
      'shoulders',
      'arms',
      'lower-back',
      'hips',
      'quads',
      'hamstrings',
      'calves',
      'feet',
    ]);
  });

  it.each(REGIONS.map((region) => [region.area, region] as const))(
    'keeps %s inside the figure it is drawn on',
    (_, region) => {
      for (const shape of region.shapes) {
        for (const [x, y] of pathPoints(shape.d)) {
          expect(Math.abs(x)).toBeLessThanOrEqual(MAP_WIDTH / VIEWS.length / 2);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(FIGURE_HEIGHT);
        }
      }
    },
  );
});

describe('pads, the hit areas beyond the shapes', () => {
  const boxes = REGIONS.flatMap((region) => padBoxes(region.pads ?? []).map((box) => ({ area: region.area, box })));

  it('give every small area a hit area at least TAP_UNITS square; hips and shoulders are that size themselves', () => {
    const small = REGIONS.filter((region) => !['hips', 'shoulders'].includes(region.area));
    for (const region of small) {
      const square = padBoxes(region.pads ?? []).some(
        ([left, top, right, bottom]) => right - left >= TAP_UNITS && bottom - top >= TAP_UNITS,
      );
      expect(square, region.area).toBe(true);
    }
  });

  it('never overlap another area’s pads, so a tap between two areas has one answer', () => {
    const overlaps: string[] = [];
    for (const [index, { area, box }] of boxes.entries())
      for (const other of boxes.slice(index + 1)) {
        const [left, top, right, bottom] = box;
        const [otherLeft, otherTop, otherRight, otherBottom] = other.box;
        const overlap =
          Math.min(right, otherRight) > Math.max(left, otherLeft) &&
          Math.min(bottom, otherBottom) > Math.max(top, otherTop);
        if (overlap && other.area !== area) overlaps.push(`${area} and ${other.area}`);
      }
    expect(overlaps).toEqual([]);
  });

  it('stay on the map, each on its own view, above the Front and Back labels', () => {
    const labelTop = MAP_HEIGHT - 8 - 16;
    for (const region of REGIONS)
      for (const pad of region.pads ?? []) {
        expect(Math.abs(pad.x), region.area).toBeLessThanOrEqual(MAP_WIDTH / VIEWS.length / 2);
        expect(Math.abs(pad.x + pad.width), region.area).toBeLessThanOrEqual(MAP_WIDTH / VIEWS.length / 2);
        expect(pad.y, region.area).toBeGreaterThanOrEqual(0);
        expect(pad.y + pad.height, region.area).toBeLessThan(labelTop);
      }
  });

  it('are placed like shapes, with the mirror image flipped about the view’s centre', () => {
    const front = VIEWS.find((view) => view.view === 'front')!.x;
    const pad = { view: 'front', x: -40, y: 10, width: 20, height: 30, mirror: true } as const;
    expect(placePads([pad])).toEqual([
      { x: -40, y: 10, width: 20, height: 30, transform: `translate(${front} 0)` },
      { x: -40, y: 10, width: 20, height: 30, transform: `translate(${front} 0) scale(-1 1)` },
    ]);
  });
});

describe('placeShapes', () => {
  it('puts a shape on its view, and adds the mirror image of a mirrored one', () => {
    const back = VIEWS.find((view) => view.view === 'back')!.x;
    expect(placeShapes([{ view: 'back', d: 'M 0 0 L -5 10 Z', mirror: true }])).toEqual([
      { d: 'M0 0L-5 10Z', transform: `translate(${back} 0)` },
      { d: 'M0 0L-5 10Z', transform: `translate(${back} 0) scale(-1 1)` },
    ]);
  });
});

describe('silhouettePaths', () => {
  it('draws every silhouette shape, and flips a mirrored one for the other side', () => {
    const paths = silhouettePaths();
    expect(paths).toHaveLength(SILHOUETTE.reduce((count, shape) => count + (shape.mirror ? 2 : 1), 0));
    expect(paths.filter((path) => path.transform === 'scale(-1 1)')).toHaveLength(
      SILHOUETTE.filter((shape) => shape.mirror).length,
    );
  });
});

describe('every shape of the map', () => {
  it('is written in the commands src/lib/svg-path.ts reads, so the close-up can test points against it', () => {
    const shapes = [...SILHOUETTE, ...REGIONS.flatMap((region) => region.shapes)];
    expect(shapes.length).toBeGreaterThan(20);
    for (const shape of shapes) expect(() => parsePath(shape.d), shape.d).not.toThrow();
  });
});
