/** The body map's areas in the order a reader tabs through them, head to feet. */
export const HEAD_TO_FEET = [
  'head',
  'jaw',
  'neck',
  'shoulders',
  'arms',
  'lower-back',
  'hips',
  'quads',
  'hamstrings',
  'calves',
  'feet',
];
