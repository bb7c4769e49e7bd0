/** Landmarks of the lower back, hips, thighs, calves and feet. */
import type { Landmark } from './landmark-type';

export const LOWER_LANDMARKS = {
  'lower-back': {
    area: 'lower-back',
    map: { view: 'back', x: 13, y: 200 },
    onSide: { segment: 'torso', t: 0.2, face: 0 },
  },
  'lower-ribs': {
    area: 'lower-back',
    map: { view: 'back', x: 13, y: 182 },
    onSide: { segment: 'torso', t: 0.36, face: 0 },
  },
  buttock: {
    area: 'hips',
    map: { view: 'back', x: 23, y: 240 },
    onSide: { segment: 'torso', t: 0, face: 40 },
  },
  'buttock-low': {
    area: 'hips',
    map: { view: 'back', x: 24, y: 254 },
  },
  'buttock-high': {
    area: 'hips',
    map: { view: 'back', x: 23, y: 226 },
  },
  'thigh-front': {
    area: 'quads',
    map: { view: 'front', x: 26, y: 285 },
    onSide: { segment: 'nearThigh', t: 0.45, face: 180 },
  },
  calf: {
    area: 'calves',
    map: { view: 'back', x: 25, y: 352 },
    onSide: { segment: 'nearShin', t: 0.45, face: 0 },
  },
  'calf-low': {
    area: 'calves',
    map: { view: 'back', x: 22, y: 376 },
    onSide: { segment: 'nearShin', t: 0.75, face: 0 },
  },
  'calf-high': {
    area: 'calves',
    map: { view: 'back', x: 24, y: 343 },
    onSide: { segment: 'nearShin', t: 0.22, face: 0 },
  },
  'thigh-high': {
    area: 'quads',
    map: { view: 'front', x: 28, y: 264 },
    onSide: { segment: 'nearThigh', t: 0.18, face: 180 },
  },
  'thigh-low': {
    area: 'quads',
    map: { view: 'front', x: 25, y: 312 },
    onSide: { segment: 'nearThigh', t: 0.78, face: 180 },
  },
  'thigh-back': {
    area: 'hamstrings',
    map: { view: 'back', x: 25, y: 292 },
    onSide: { segment: 'nearThigh', t: 0.5, face: 0 },
  },
  'thigh-back-high': {
    area: 'hamstrings',
    map: { view: 'back', x: 26, y: 274 },
    onSide: { segment: 'nearThigh', t: 0.25, face: 0 },
  },
  'thigh-back-low': {
    area: 'hamstrings',
    map: { view: 'back', x: 24, y: 312 },
    onSide: { segment: 'nearThigh', t: 0.75, face: 0 },
  },
  sole: {
    area: 'feet',
    map: { view: 'front', x: 23, y: 396 },
    onSide: { segment: 'nearFoot', t: 0.45, face: 0 },
  },
  heel: {
    area: 'feet',
    map: { view: 'front', x: 24, y: 389 },
    onSide: { segment: 'nearFoot', t: 0.1, face: 0 },
  },
  'foot-ball': {
    area: 'feet',
    map: { view: 'front', x: 21, y: 403 },
    onSide: { segment: 'nearFoot', t: 0.8, face: 0 },
  },
} as const satisfies Record<string, Landmark>;
