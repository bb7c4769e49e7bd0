/** Number of pages in a PDF made by Chromium's page.pdf(). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

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
