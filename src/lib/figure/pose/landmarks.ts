/** Every landmark by id: where a tool can go, for both pictures (see landmark-type.ts). */
import type { Landmark } from './landmark-type';
import { LOWER_LANDMARKS } from './landmarks-lower';
import { UPPER_LANDMARKS } from './landmarks-upper';

export type { Landmark } from './landmark-type';

export const LANDMARKS = { ...UPPER_LANDMARKS, ...LOWER_LANDMARKS };

export type LandmarkId = keyof typeof LANDMARKS;
export const LANDMARK_IDS = Object.keys(LANDMARKS) as LandmarkId[];
export const landmark = (id: LandmarkId): Landmark => LANDMARKS[id];
