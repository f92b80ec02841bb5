// Screenshots of each step of <report-help> and of <warning-signs> on the school page, and of the forum's dialog, at 320 px and
// 1280 px, light and dark. Usage: node scripts/screenshot-flow.mjs (after npm run build).
import { mkdirSync } from 'node:fs';
import { withServedBrowser } from './browser.mjs';

mkdirSync('docs/screenshots', { recursive: true });

await withServedBrowser(8126, async (browser, origin) => {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${origin}/demo/school.html`);
      const flow = page.locator('report-help');
      await flow.waitFor();
      const shot = async (name) => {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        const file = `docs/screenshots/report-help-${name}-${width}-${colorScheme}.png`;
        await flow.screenshot({ path: file });
        console.log(`${file}${overflow > 0 ? `  horizontal overflow ${overflow}px` : ''}`);
      };
      await shot('0-start');
      await flow.locator('input[value="sextortion"]').check();
      await flow.locator('input[value="under-18.self"]').check();
      await flow.getByRole('button', { name: 'Show my plan' }).click();
      const names = [
        '1-recognise',
        '2-evidence',
        '3-platform',
        '4-official',
        '5-support',
        '6-summary',
      ];
      for (const [index, name] of names.entries()) {
        await page.waitForTimeout(100);
        await shot(name);
        if (index < names.length - 1) await flow.getByRole('button', { name: 'Next' }).click();
      }
      await page.goto(`${origin}/demo/school.html`);
      const [parents, students] = [
        page.locator('warning-signs[audience="parent"]'),
        page.locator('warning-signs[audience="teen"]'),
      ];
      await parents.getByRole('button', { name: 'Expand all' }).click();
      await parents.locator('input[type=checkbox]').nth(0).check();
      await parents.locator('input[type=checkbox]').nth(7).check();
      await students.getByRole('button', { name: 'Expand all' }).click();
      await page.waitForTimeout(100);
      for (const [name, locator] of [
        ['parent', parents],
        ['teen', students],
      ]) {
        const file = `docs/screenshots/warning-signs-${name}-${width}-${colorScheme}.png`;
        await locator.screenshot({ path: file });
        console.log(file);
      }
      await page.goto(`${origin}/demo/forum.html`);
      const button = page.locator('report-help').first();
      await button.getByRole('button', { name: 'Report / get help' }).click();
      await page.waitForTimeout(200);
      await page.screenshot({
        path: `docs/screenshots/report-help-dialog-${width}-${colorScheme}.png`,
      });
      console.log(`docs/screenshots/report-help-dialog-${width}-${colorScheme}.png`);
      await context.close();
    }
  }
});
