/**
 * Every pose as data, by id. The figure faces right; a wall or chair back is
 * behind it, on the left. Hands-on work is drawn from the front or the back.
 */
import type { FrontPose, Pose } from './pose-types';
import { FLOOR_POSES } from './poses-floor';
import { UPRIGHT_POSES } from './poses-upright';
import type { PoseId } from '../picture-spec';

export type { FrontPose, Pose, SidePose, SolveStep } from './pose-types';

const FRONT_POSES = {
  'seated-front': { view: 'front', words: 'Sitting tall on a chair, facing you' },
  'seated-front-table': {
    view: 'front',
    words: 'Sitting with your elbows resting on a table, facing you',
    table: true,
  },
  'seated-front-arm-in-lap': {
    view: 'front',
    words: 'Sitting tall on a chair, facing you, {near} arm resting in your lap',
    armInLap: true,
  },
  'seated-back': { view: 'back', words: 'Sitting tall on a chair, seen from behind' },
  'seated-back-arm-in-lap': {
    view: 'back',
    words: 'Sitting tall on a chair, seen from behind, {near} arm resting in your lap',
    armInLap: true,
  },
} as const satisfies Record<string, FrontPose>;

export const POSES: Record<PoseId, Pose> = { ...UPRIGHT_POSES, ...FLOOR_POSES, ...FRONT_POSES };
