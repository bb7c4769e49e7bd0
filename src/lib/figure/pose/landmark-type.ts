/**
 * Where on the body a tool can go, by name. One landmark places the tool in the
 * position picture (a point on the outline of a side-view segment, or a point
 * on the front or back view) and marks the spot in the close-up (a point on the
 * body map of src/lib/body-map.ts, distance from the midline and height). Its words, by id,
 * are in each language's table (src/i18n/<lang>/pictures-body.ts).
 */
import type { AreaId } from '../../areas';
import type { Segment } from './skeleton';

export interface Landmark {
  /** The body area whose region must hold the spot in the close-up. */
  area: AreaId;
  /** The close-up: which side of the body map, and the point (x from the midline, y down). */
  map: { view: 'front' | 'back'; x: number; y: number };
  /** On a side view: a segment, how far along it (0 to 1), and the face: 0 its back, 180 its front, 45 back toward its start. */
  onSide?: { segment: Segment; t: number; face: number };
  /**
   * On a front or back view, for hands-on work: a point (x from the midline, y, and depth z toward the
   * face, negative toward the back), or along the relaxed arm of that side.
   */
  onFront?: { at: readonly [number, number, number] } | { arm: 'upper' | 'fore'; t: number };
}
