import { expect, test } from '@playwright/test';
import { readMdxFolder } from '../src/tooling/content-files';

const techniques = readMdxFolder('techniques').map((file) => ({
  id: file.id,
  areas: file.frontmatter['areas'] as string[],
  tools: file.frontmatter['tools'] as string[],
}));
const areaIds = [...new Set(techniques.flatMap((technique) => technique.areas))];
const toolIds = readMdxFolder('tools').map((file) => file.id);

async function linkedTechniques(page: import('@playwright/test').Page): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href^="/techniques/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/techniques\/|\/$/g, ''));
}

for (const area of areaIds) {
  test(`the ${area} area page links to every technique for that area`, async ({ page }) => {
    await page.goto(`/areas/${area}/`);
    const linked = await linkedTechniques(page);
    const expected = techniques.filter((technique) => technique.areas.includes(area)).map((technique) => technique.id);
    expect(expected.filter((id) => !linked.includes(id))).toEqual([]);
  });
}

for (const tool of toolIds) {
  test(`the ${tool} tool page lists every technique that uses it`, async ({ page }) => {
    await page.goto(`/tools/${tool}/`);
    const linked = await linkedTechniques(page);
    const expected = techniques.filter((technique) => technique.tools.includes(tool)).map((technique) => technique.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((id) => !linked.includes(id))).toEqual([]);
  });
}
