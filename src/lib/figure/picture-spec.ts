/**
 * The vocabulary of a technique's `picture` block: every value the schema
 * accepts comes from these lists, so the schema, the drawing and the alt
 * text cannot drift apart.
 */
import type { LandmarkId } from './pose/landmarks';

export const POSE_IDS = [
  'standing-wall-back',
  'lying-back-floor',
  'lying-back-roller',
  'lying-front-forearms',
  'sitting-floor-legs-out',
  'sitting-floor-legs-out-hips-up',
  'sitting-floor-knees-bent',
  'sitting-floor-ankle-on-knee',
  'sitting-floor-knee-up',
  'seated-chair',
  'seated-chair-foot-up',
  'seated-chair-ankle-on-knee',
  'seated-table',
  'seated-front',
  'seated-front-table',
  'seated-front-arm-in-lap',
  'seated-back',
  'seated-back-arm-in-lap',
] as const;
export type PoseId = (typeof POSE_IDS)[number];

export const SUPPORT_IDS = ['wall', 'chair', 'table', 'floor'] as const;
export type SupportId = (typeof SUPPORT_IDS)[number];

export const TOOL_IDS = [
  'hand',
  'thumb',
  'fingers',
  'knuckles',
  'tennis-ball',
  'lacrosse-ball',
  'two-balls-sock',
  'foam-roller',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export const MOVEMENT_IDS = [
  'hold',
  'lean-in',
  'roll-up-down',
  'roll-back-forth',
  'drag-line',
  'squeeze-along',
  'circle',
  'head-roll',
  'head-turn',
] as const;
export type MovementId = (typeof MOVEMENT_IDS)[number];

export const VIEW_IDS = ['side', 'front', 'back'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const SIDE_IDS = ['left', 'right', 'both'] as const;
export type SideId = (typeof SIDE_IDS)[number];

/** A technique's picture, as the schema reads it from frontmatter. */
export interface PictureSpec {
  pose: PoseId;
  support: SupportId;
  tool: ToolId;
  contact: LandmarkId;
  movement: MovementId;
  view: ViewId;
  side: SideId;
  /** The close-up marks these spots; without them, the contact. */
  spots?: LandmarkId[] | undefined;
  /** The close-up draws this line instead, start to end, for strokes and rolling. */
  line?: [LandmarkId, LandmarkId] | undefined;
}

/** Tools that are part of the body: drawn as the working hand, in the accent colour. */
const HAND_TOOLS: readonly ToolId[] = ['hand', 'thumb', 'fingers', 'knuckles'];
export const isHandTool = (tool: ToolId): boolean => HAND_TOOLS.includes(tool);
