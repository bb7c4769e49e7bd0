/**
 * The eleven body areas every reader can start from. Fixed ids: they are URLs
 * (/areas/<id>/), body-map regions and search filters, so renaming one is a
 * breaking change. Each id must have a matching file in content/areas/.
 */
export const AREA_IDS = [
  'neck',
  'shoulders',
  'arms',
  'head',
  'jaw',
  'lower-back',
  'hips',
  'quads',
  'hamstrings',
  'calves',
  'feet',
] as const;

export type AreaId = (typeof AREA_IDS)[number];

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}
