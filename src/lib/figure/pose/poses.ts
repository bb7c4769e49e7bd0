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
  'seated-front': { view: 'front' },
  'seated-front-table': {
    view: 'front',
    table: true,
  },
  'seated-front-arm-in-lap': {
    view: 'front',
    armInLap: true,
  },
  'seated-back': { view: 'back' },
  'seated-back-arm-in-lap': {
    view: 'back',
    armInLap: true,
  },
} as const satisfies Record<string, FrontPose>;

export const POSES: Record<PoseId, Pose> = { ...UPRIGHT_POSES, ...FLOOR_POSES, ...FRONT_POSES };
