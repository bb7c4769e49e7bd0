/**
 * The pictures' front door: everything outside src/lib/figure imports from here, and
 * nothing else. drawPictures turns a technique's `picture` data into its two inline
 * SVGs (pictures.ts follows the stages); the schema reads the vocabulary, the poses and
 * the landmarks, so what it accepts is exactly what can be drawn.
 */
export { drawPictures, type Pictures } from './pictures';
export type { CloseUpScene, PositionScene } from './alt-text';
export {
  MOVEMENT_IDS,
  POSE_IDS,
  SIDE_IDS,
  SUPPORT_IDS,
  TOOL_IDS,
  VIEW_IDS,
  type MovementId,
  type PictureSpec,
  type PoseId,
  type SideId,
  type SupportId,
  type ToolId,
  type ViewId,
} from './picture-spec';
export { LANDMARK_IDS, LANDMARKS, type LandmarkId } from './pose/landmarks';
export { POSES } from './pose/poses';
