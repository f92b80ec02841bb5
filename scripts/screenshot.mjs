// Screenshots of the demo pages at 320 px and 1280 px, light and dark, in Debian's Chromium.
// Usage: node scripts/screenshot.mjs [page.html ...]  (after npm run build). Writes docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { withServedBrowser } from './browser.mjs';

// --top: also a viewport-sized shot of the top of each page, easier to read than a tall full page.
const top = process.argv.includes('--top');
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const pages = args.length ? args : ['school.html', 'forum.html'];
mkdirSync('docs/screenshots', { recursive: true });

await withServedBrowser(8123, async (browser, origin) => {
  for (const page of pages) {
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme,
          timezoneId: 'America/Detroit',
        });
        const tab = await context.newPage();
        await tab.goto(`${origin}/demo/${page}`);
        await tab.waitForTimeout(600);
        const overflow = await tab.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        const file = `docs/screenshots/${page.replace('.html', '')}-${width}-${colorScheme}.png`;
        await tab.screenshot({ path: file, fullPage: true });
        if (top) await tab.screenshot({ path: file.replace('.png', '-top.png') });
        console.log(`${file}${overflow > 0 ? `  horizontal overflow ${overflow}px` : ''}`);
        await context.close();
      }
    }
  }
});
