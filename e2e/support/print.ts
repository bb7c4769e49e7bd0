import type { Page } from '@playwright/test';

/** Number of pages in a PDF made by Chromium's page.pdf(). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** The printable area of each paper size inside the 10 mm margins of src/styles/print.css, in CSS pixels. */
const PAPER = {
  A4: { width: (190 / 25.4) * 96, height: (277 / 25.4) * 96 },
  Letter: { width: ((215.9 - 20) / 25.4) * 96, height: ((279.4 - 20) / 25.4) * 96 },
} as const;
type Paper = keyof typeof PAPER;

/**
 * A page laid out in print at a sheet's printable width and no taller than this share of
 * its height prints on that one sheet. Measured against Chromium's PDF on three pages grown
 * a pixel at a time, the second sheet began between 0.999 and 1.004 of the height, so 0.97
 * leaves a margin; anything taller is printed to PDF, and the PDF is the judge.
 */
const SURELY_FITS = 0.97;

/**
 * How many sheets the page prints on, on A4 and on Letter. Laying it out at each sheet's
 * printable width and measuring takes about 70 ms; only a page close to a full sheet is
 * printed to PDF and its pages counted, about 200 ms a size. The page is left as it was
 * found: screen media and its own window size.
 */
export async function printedSheets(page: Page): Promise<Record<Paper, number>> {
  const window = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  const sheets = { A4: 0, Letter: 0 };
  for (const paper of Object.keys(PAPER) as Paper[]) {
    const { width, height } = PAPER[paper];
    // A short window, so that the page's own height is what scrolls.
    await page.setViewportSize({ width: Math.floor(width), height: 100 });
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    sheets[paper] = tall <= height * SURELY_FITS ? 1 : pdfPageCount(await page.pdf({ format: paper }));
  }
  await page.emulateMedia({ media: 'screen' });
  if (window) await page.setViewportSize(window);
  return sheets;
}
