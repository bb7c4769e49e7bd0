/** Landmarks of the head, jaw, neck, shoulders and arms. */
import type { Landmark } from './landmark-type';

export const UPPER_LANDMARKS = {
  'upper-back': {
    area: 'shoulders',
    map: { view: 'back', x: 24, y: 122 },
    onSide: { segment: 'torso', t: 0.82, face: 0 },
  },
  'shoulder-blade': {
    area: 'shoulders',
    map: { view: 'back', x: 13, y: 130 },
    onSide: { segment: 'torso', t: 0.74, face: 0 },
  },
  'mid-back': {
    area: 'shoulders',
    map: { view: 'back', x: 14, y: 158 },
    onSide: { segment: 'torso', t: 0.62, face: 0 },
  },
  'shoulder-top': {
    area: 'shoulders',
    map: { view: 'back', x: 30, y: 101 },
    onFront: { at: [12, -49, 0] },
  },
  'shoulder-outer': {
    area: 'shoulders',
    map: { view: 'back', x: 50, y: 113 },
    onFront: { arm: 'upper', t: 0.12 },
  },
  'upper-arm': {
    area: 'arms',
    map: { view: 'front', x: 52, y: 130 },
    onFront: { arm: 'upper', t: 0.2 },
  },
  'above-elbow': {
    area: 'arms',
    map: { view: 'back', x: 60, y: 182 },
    onFront: { arm: 'upper', t: 0.85 },
  },
  'forearm-under': {
    area: 'arms',
    map: { view: 'front', x: 61, y: 204 },
    onSide: { segment: 'nearForearm', t: 0.3, face: 0 },
  },
  'forearm-top': {
    area: 'arms',
    map: { view: 'front', x: 61, y: 204 },
    onSide: { segment: 'nearForearm', t: 0.3, face: 180 },
  },
  'skull-base': {
    area: 'head',
    map: { view: 'back', x: 9, y: 62 },
    onSide: { segment: 'head', t: 0, face: -35 },
  },
  'neck-top': {
    area: 'neck',
    map: { view: 'back', x: 7, y: 68 },
    onFront: { at: [5, -58, -5] },
  },
  'neck-base': {
    area: 'neck',
    map: { view: 'back', x: 9, y: 86 },
    onFront: { at: [6, -51, -5] },
  },
  temple: {
    area: 'head',
    map: { view: 'front', x: 20, y: 30 },
    onFront: { at: [6.6, -67, 3] },
  },
  scalp: {
    area: 'head',
    map: { view: 'front', x: 9, y: 12 },
    onFront: { at: [4.5, -74.5, 3] },
  },
  cheekbone: {
    area: 'jaw',
    map: { view: 'front', x: 16, y: 50 },
    onFront: { at: [5.6, -60.5, 5] },
  },
  cheek: {
    area: 'jaw',
    map: { view: 'front', x: 17, y: 54 },
    onFront: { at: [5.8, -59, 4] },
  },
  'jaw-edge': {
    area: 'jaw',
    map: { view: 'front', x: 13, y: 61 },
    onFront: { at: [5, -55.5, 4] },
  },
} as const satisfies Record<string, Landmark>;
