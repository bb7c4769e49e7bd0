import { chromium } from '@playwright/test';
const [path, prefix, width = '390', dark = '', chunk = '1600', max = '99999'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
await page.goto('http://localhost:4411' + path);
const total = Math.min(Number(max), await page.evaluate(() => document.documentElement.scrollHeight));
for (let y = 0, i = 0; y < total; y += Number(chunk), i++) {
  await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(Number(chunk), total - y) } });
}
await browser.close();
