import { describe, expect, it } from 'vitest';
import type { Drawing } from './draw/drawing';
import { closeUpSvg, positionSvg } from './markup';

/** A drawing of one upright bar, `bounds` wide and tall: enough to see the frame and the markup. */
function drawing(bounds: Drawing['bounds'], extra: Partial<Drawing> = {}): Drawing {
  return {
    layers: [[{ capsule: { a: [0, 0], b: [0, -10], ra: 2, rb: 2 } }]],
    supports: [],
    surfaces: [],
    arrows: [],
    bounds,
    scene: { kind: 'side' } as Drawing['scene'],
    ...extra,
  };
}

describe('positionSvg', () => {
  it('writes the floor, then each layer as an outline pass and a fill pass, with the name escaped', () => {
    expect(positionSvg(drawing([0, -20, 10, 0]), 'A "test" & <name>')).toBe(
      '<svg class="fig fig-position" viewBox="-2.5 -20 15 20" width="180" height="240" role="img" aria-label="A &quot;test&quot; &amp; &lt;name>">' +
        '<path class="s" d="M-2.5 0H12.5"/>' +
        '<g class="o"><path d="M2 0L2 -10A2 2 0 0 0 -2 -10L-2 0A2 2 0 1 0 2 0z"/></g>' +
        '<g class="f"><path d="M2 0L2 -10A2 2 0 0 0 -2 -10L-2 0A2 2 0 1 0 2 0z"/></g>' +
        '</svg>',
    );
  });

  it.each([
    [[0, -20, 10, 0], '180x240', 'portrait: taller than wide'],
    [[0, -10, 20, 0], '240x180', 'landscape: up to 2.2 times as wide as tall'],
    [[0, -10, 22, 0], '240x120', 'wide: from 2.2 times as wide'],
  ] as const)('frames bounds %j at %s, %s', (bounds, size, _why) => {
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(positionSvg(drawing([...bounds]), 'x')) ?? [];
    expect(`${width}x${height}`).toBe(size);
  });

  it('draws a foam roller end on, with its core, and the arrows in one path', () => {
    const svg = positionSvg(
      drawing([0, -20, 10, 0], { tool: { center: [3, -6], r: 7.5, kind: 'foam-roller' }, arrows: ['M0 0L1 1'] }),
      'x',
    );
    expect(svg).toContain('<circle class="k" cx="3" cy="-6" r="7.5"/><circle class="h" cx="3" cy="-6" r="2.5"/>');
    expect(svg).toContain('<path class="a" d="M0 0L1 1"/></svg>');
  });
});

describe('closeUpSvg', () => {
  const view = { view: 'back' as const, box: { x: -10, y: 100, w: 80, h: 90 }, regions: [], patches: [] };

  it('marks each spot with a dot, in the fixed close-up size', () => {
    const svg = closeUpSvg({ ...view, spots: [[12, 130]], lines: [] }, 'Where to press');
    expect(svg).toMatch(/^<svg class="fig fig-spot" viewBox="-10 100 80 90" width="160" height="180" role="img"/);
    expect(svg).toContain('<circle class="k" cx="12" cy="130" r="4.5"/></svg>');
    expect(svg).not.toContain('class="a l"');
  });

  it('draws a line as an arrow from its start to its end', () => {
    const svg = closeUpSvg(
      {
        ...view,
        spots: [],
        lines: [
          [
            [0, 110],
            [0, 120],
          ],
        ],
      },
      'Where to press',
    );
    expect(svg).toContain('<path class="a l" d="M0 110L0 120M-2.8 116L0 120L2.8 116"/>');
    expect(svg).not.toContain('<circle');
  });
});
