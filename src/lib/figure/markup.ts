/**
 * Markup last: the two pictures as inline SVG strings. No text, no style
 * attributes (the CSP forbids them): classes from src/styles/figure.css give
 * the colours, so one drawing serves light, dark and print.
 */
import { silhouettePaths } from '../body-map';
import { CLOSE_UP_ASPECT, type CloseUp } from './close-up';
import type { Drawing, Part } from './draw/drawing';
import { straightArrow } from './draw/arrows';
import { capsulePath, fmt, pt, type Vec } from './vec';

/**
 * A position picture is wide (lying flat), landscape (sitting, half lying) or portrait
 * (standing): its size attributes keep the page still while it loads.
 */
const WIDE = { width: 240, height: 120 } as const;
const LANDSCAPE = { width: 240, height: 180 } as const;
const PORTRAIT = { width: 180, height: 240 } as const;
type FrameSize = typeof WIDE | typeof LANDSCAPE | typeof PORTRAIT;

/** A drawing this much wider than tall is framed wide, so a body lying flat is not drawn under an empty sky. */
const WIDE_FROM = 2.2;
const CLOSE_UP_SIZE = { width: 160, height: 180 } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A picture's markup without its name, which is the only part in words: the drawing is solved
 * and written once per build, and `named` puts each language's alt text in.
 */
export interface Unnamed {
  /** The opening tag up to its accessible name. */
  head: string;
  /** Everything after the opening tag. */
  body: string;
}

const svgHead = (kind: string, box: string, size: { width: number; height: number }) =>
  `<svg class="fig ${kind}" viewBox="${box}" width="${size.width}" height="${size.height}" role="img"`;

/** The picture's inline SVG, named by `name` (its alt text). */
export const named = ({ head, body }: Unnamed, name: string): string => `${head} aria-label="${escape(name)}">${body}`;

function partPath(part: Part, filled: boolean): string {
  if ('line' in part) return filled ? `<path class="${part.hair ? 'hr' : 'l'}" d="${part.line}"/>` : '';
  return `<path${filled && part.tool ? ' class="k"' : ''} d="${'d' in part ? part.d : capsulePath(part.capsule)}"/>`;
}

/** One layer: a thick outline pass, then the fill over its inner half, so overlaps inside the layer show no seams. */
const layer = (parts: Part[]) =>
  `<g class="o">${parts.map((part) => partPath(part, false)).join('')}</g><g class="f">${parts.map((part) => partPath(part, true)).join('')}</g>`;

function toolMarkup(tool: NonNullable<Drawing['tool']>): string {
  const { center, r, kind } = tool;
  const [cx, cy] = [fmt(center[0]), fmt(center[1])];
  const ball = `<circle class="k" cx="${cx}" cy="${cy}" r="${fmt(r)}"/>`;
  if (kind === 'foam-roller') return ball + `<circle class="h" cx="${cx}" cy="${cy}" r="${fmt(r / 3)}"/>`;
  if (kind === 'tennis-ball')
    return (
      ball +
      `<path class="h" d="M${pt([center[0] - r * 0.5, center[1] - r * 0.85])}Q${pt([center[0] + r * 0.4, center[1]])} ${pt([center[0] - r * 0.5, center[1] + r * 0.85])}"/>`
    );
  if (kind === 'two-balls-sock') {
    const behind: Vec = [center[0] + 1.2, center[1] - 1.2];
    return `<circle class="k" cx="${fmt(behind[0])}" cy="${fmt(behind[1])}" r="${fmt(r)}"/>` + ball;
  }
  return ball;
}

/** Fits the drawing's bounds into one of the fixed frames, centred, floor and all. */
function frame([x0, y0, x1, y1]: Drawing['bounds']): { box: string; x: number; w: number; size: FrameSize } {
  const ratio = (x1 - x0) / (y1 - y0);
  const size = ratio < 1 ? PORTRAIT : ratio >= WIDE_FROM ? WIDE : LANDSCAPE;
  const aspect = size.width / size.height;
  let [w, h] = [x1 - x0, y1 - y0];
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  const x = (x0 + x1 - w) / 2;
  const y = y1 - h; // the floor stays at the bottom; any room left goes above the head
  return { box: `${fmt(x)} ${fmt(y)} ${fmt(w)} ${fmt(h)}`, x, w, size };
}

export function positionMarkup(drawing: Drawing): Unnamed {
  const { box, x, w, size } = frame(drawing.bounds);
  const floor = drawing.scene.kind === 'side' ? `M${fmt(x)} 0H${fmt(x + w)}` : '';
  const body =
    drawing.surfaces.map((d) => `<path class="w" d="${d}"/>`).join('') +
    `<path class="s" d="${floor}${drawing.supports.join('')}"/>` +
    drawing.layers.map(layer).join('') +
    (drawing.tool ? toolMarkup(drawing.tool) : '') +
    (drawing.arrows.length ? `<path class="a" d="${drawing.arrows.join('')}"/>` : '') +
    '</svg>';
  return { head: svgHead('fig-position', box, size), body };
}

export const positionSvg = (drawing: Drawing, name: string): string => named(positionMarkup(drawing), name);

export function closeUpMarkup(view: CloseUp): Unnamed {
  const { x, y, w, h } = view.box;
  const silhouette = silhouettePaths()
    .map((path) => `<path d="${path.d}"${path.transform ? ` transform="${path.transform}"` : ''}/>`)
    .join('');
  const regions = view.patches.map((patch) => `<path d="${capsulePath(patch)}"/>`).join('');
  const spots = view.spots.map(([cx, cy]) => `<circle class="k" cx="${fmt(cx)}" cy="${fmt(cy)}" r="4.5"/>`).join('');
  const lines = view.lines.map(([from, to]) => straightArrow(from, to)).join('');
  return {
    head: svgHead('fig-spot', `${x} ${y} ${w} ${h}`, {
      width: CLOSE_UP_SIZE.width,
      height: Math.round(CLOSE_UP_SIZE.width / CLOSE_UP_ASPECT),
    }),
    body:
      `<g class="o">${silhouette}</g><g class="f">${silhouette}</g><g class="r">${regions}</g>` +
      (lines ? `<path class="a l" d="${lines}"/>` : '') +
      spots +
      '</svg>',
  };
}

export const closeUpSvg = (view: CloseUp, name: string): string => named(closeUpMarkup(view), name);
