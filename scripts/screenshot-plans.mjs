// Screenshots of three plans at 360 px for review (issue 8): the GB parent grooming plan (the report step and
// support), the US teen sextortion plan (evidence and report steps) and the AU teen support step.
// Usage: node scripts/screenshot-plans.mjs (after npm run build).
import { mkdirSync } from 'node:fs';
import { withServedBrowser } from './browser.mjs';

mkdirSync('docs/screenshots', { recursive: true });

await withServedBrowser(8127, async (browser, origin) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const plans = [
    ['gb-parent-grooming', 'GB', 'adult-contact', 'under-18.helping', ['4-official', '5-support']],
    ['us-teen-sextortion', 'US', 'sextortion', 'under-18.self', ['2-evidence', '4-official']],
    ['au-teen-support', 'AU', 'sextortion', 'under-18.self', ['5-support']],
  ];
  for (const [name, region, situation, age, steps] of plans) {
    await page.goto(`${origin}/demo/school.html`);
    await page.evaluate((r) => {
      document.body.innerHTML = '';
      const el = document.createElement('report-help');
      el.setAttribute('region', r);
      document.body.append(el);
    }, region);
    const flow = page.locator('report-help');
    await flow.locator(`input[value="${situation}"]`).check();
    await flow.locator(`input[value="${age}"]`).check();
    await flow.getByRole('button', { name: 'Show my plan' }).click();
    for (let step = 1; step <= 5; step += 1) {
      const id = ['1-recognise', '2-evidence', '3-platform', '4-official', '5-support'][step - 1];
      if (steps.includes(id)) {
        await page.waitForTimeout(100);
        const file = `docs/screenshots/plan-${name}-${id}-360.png`;
        await flow.screenshot({ path: file });
        console.log(file);
      }
      if (step < 5) await flow.getByRole('button', { name: 'Next' }).click();
    }
  }
  await context.close();
});
