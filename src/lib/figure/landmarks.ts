/**
 * Where on the body a tool can go, by name. One landmark places the tool in the
 * position picture (a point on the outline of a side-view segment, or a point
 * on the front or back view) and marks the spot in the close-up (a point on the
 * body map of src/lib/body-map.ts, distance from the midline and height).
 */
import type { AreaId } from '../areas';
import type { Segment } from './skeleton';

export interface Landmark {
  /** How the alt text names it, after "on" or "to": "the back of the shoulder". */
  words: string;
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

export const LANDMARKS = {
  'upper-back': {
    words: 'the back of the shoulder, beside the shoulder blade',
    area: 'shoulders',
    map: { view: 'back', x: 24, y: 122 },
    onSide: { segment: 'torso', t: 0.82, face: 0 },
  },
  'shoulder-blade': {
    words: 'the muscle between the spine and the shoulder blade',
    area: 'shoulders',
    map: { view: 'back', x: 13, y: 130 },
    onSide: { segment: 'torso', t: 0.74, face: 0 },
  },
  'shoulder-top': {
    words: 'the top of the shoulder',
    area: 'shoulders',
    map: { view: 'back', x: 30, y: 101 },
    onFront: { at: [12, -49, 0] },
  },
  'shoulder-outer': {
    words: 'the back of the shoulder where the arm starts',
    area: 'shoulders',
    map: { view: 'back', x: 50, y: 113 },
    onFront: { arm: 'upper', t: 0.12 },
  },
  'upper-arm': {
    words: 'the top of the upper arm',
    area: 'arms',
    map: { view: 'front', x: 52, y: 130 },
    onFront: { arm: 'upper', t: 0.2 },
  },
  'above-elbow': {
    words: 'just above the elbow',
    area: 'arms',
    map: { view: 'back', x: 60, y: 182 },
    onFront: { arm: 'upper', t: 0.85 },
  },
  'forearm-under': {
    words: 'the thick muscle of the forearm',
    area: 'arms',
    map: { view: 'front', x: 61, y: 204 },
    onSide: { segment: 'nearForearm', t: 0.3, face: 0 },
  },
  'forearm-top': {
    words: 'the thick muscle on top of the forearm, below the elbow',
    area: 'arms',
    map: { view: 'front', x: 61, y: 204 },
    onSide: { segment: 'nearForearm', t: 0.3, face: 180 },
  },
  'lower-back': {
    words: 'the thick muscle beside the spine, just above the belt',
    area: 'lower-back',
    map: { view: 'back', x: 13, y: 200 },
    onSide: { segment: 'torso', t: 0.2, face: 0 },
  },
  'lower-ribs': {
    words: 'the bottom of the ribs',
    area: 'lower-back',
    map: { view: 'back', x: 13, y: 182 },
    onSide: { segment: 'torso', t: 0.36, face: 0 },
  },
  buttock: {
    words: 'the fleshy part of the buttock',
    area: 'hips',
    map: { view: 'back', x: 23, y: 240 },
    onSide: { segment: 'torso', t: 0, face: 40 },
  },
  'skull-base': {
    words: 'the bony ridge at the base of the skull',
    area: 'head',
    map: { view: 'back', x: 9, y: 58 },
    onSide: { segment: 'head', t: 0, face: -35 },
  },
  'neck-top': {
    words: 'the back of the neck, just under the skull',
    area: 'neck',
    map: { view: 'back', x: 7, y: 68 },
    onFront: { at: [5, -58, -5] },
  },
  'neck-base': {
    words: 'the base of the neck',
    area: 'neck',
    map: { view: 'back', x: 9, y: 86 },
    onFront: { at: [6, -51, -5] },
  },
  temple: {
    words: 'the temple, between the end of the eyebrow and the ear',
    area: 'head',
    map: { view: 'front', x: 20, y: 30 },
    onFront: { at: [6.6, -67, 3] },
  },
  scalp: {
    words: 'the scalp, just behind the hairline',
    area: 'head',
    map: { view: 'front', x: 9, y: 12 },
    onFront: { at: [4.5, -74.5, 3] },
  },
  cheekbone: {
    words: 'the cheek, just under the cheekbone',
    area: 'jaw',
    map: { view: 'front', x: 16, y: 50 },
    onFront: { at: [5.6, -60.5, 5] },
  },
  cheek: {
    words: 'the chewing muscle of the cheek, in front of the earlobe',
    area: 'jaw',
    map: { view: 'front', x: 17, y: 54 },
    onFront: { at: [5.8, -59, 4] },
  },
  'jaw-edge': {
    words: 'the lower edge of the jaw',
    area: 'jaw',
    map: { view: 'front', x: 13, y: 61 },
    onFront: { at: [5, -55.5, 4] },
  },
  'thigh-front': {
    words: 'the front of the thigh',
    area: 'quads',
    map: { view: 'front', x: 26, y: 285 },
    onSide: { segment: 'nearThigh', t: 0.45, face: 180 },
  },
  calf: {
    words: 'the middle of the calf',
    area: 'calves',
    map: { view: 'back', x: 25, y: 352 },
    onSide: { segment: 'nearShin', t: 0.45, face: 0 },
  },
  'calf-low': {
    words: 'the calf, just above the ankle',
    area: 'calves',
    map: { view: 'back', x: 22, y: 376 },
    onSide: { segment: 'nearShin', t: 0.75, face: 0 },
  },
  'calf-high': {
    words: "the calf, a hand's width below the knee",
    area: 'calves',
    map: { view: 'back', x: 24, y: 343 },
    onSide: { segment: 'nearShin', t: 0.22, face: 0 },
  },
  'thigh-high': {
    words: 'the front of the thigh, just below the hip',
    area: 'quads',
    map: { view: 'front', x: 28, y: 264 },
    onSide: { segment: 'nearThigh', t: 0.18, face: 180 },
  },
  'thigh-low': {
    words: "the front of the thigh, a hand's width above the knee",
    area: 'quads',
    map: { view: 'front', x: 25, y: 312 },
    onSide: { segment: 'nearThigh', t: 0.78, face: 180 },
  },
  sole: {
    words: 'the arch of the foot',
    area: 'feet',
    map: { view: 'front', x: 23, y: 396 },
    onSide: { segment: 'nearFoot', t: 0.45, face: 0 },
  },
  heel: {
    words: 'the front of the heel',
    area: 'feet',
    map: { view: 'front', x: 24, y: 389 },
    onSide: { segment: 'nearFoot', t: 0.1, face: 0 },
  },
  'foot-ball': {
    words: 'the ball of the foot',
    area: 'feet',
    map: { view: 'front', x: 21, y: 403 },
    onSide: { segment: 'nearFoot', t: 0.8, face: 0 },
  },
} as const satisfies Record<string, Landmark>;

export type LandmarkId = keyof typeof LANDMARKS;
export const LANDMARK_IDS = Object.keys(LANDMARKS) as LandmarkId[];
export const landmark = (id: LandmarkId): Landmark => LANDMARKS[id];
