// Screenshots of a phone's first screen (360 × 740) in Debian's Chromium, after `npm run build`:
// the teen panel, the sextortion plan, the bare hotline list, the dialog at its last step, and a light host on a
// dark device. Also checks that 320 px has no horizontal scroll. Writes docs/screenshots/phone-*.png.
import { mkdirSync } from 'node:fs';
import { withServedBrowser } from './browser.mjs';

mkdirSync('docs/screenshots', { recursive: true });

/** A bare page holding only `body`, served from /demo/ so it loads the built bundle. */
const bare = (body) => `<!doctype html><html lang="en-US"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" src="/dist/safety-panels.js"></script></head><body>${body}</body></html>`;

await withServedBrowser(8124, async (browser, origin) => {
  async function shot(name, { html, page, colorScheme = 'light', act }) {
    for (const width of [360, 320]) {
      const context = await browser.newContext({
        viewport: { width, height: 740 },
        colorScheme,
        timezoneId: 'America/Detroit',
      });
      const tab = await context.newPage();
      if (html) {
        await tab.route(`${origin}/demo/__bare.html`, (route) =>
          route.fulfill({ contentType: 'text/html', body: bare(html) }),
        );
        await tab.goto(`${origin}/demo/__bare.html`);
      } else {
        await tab.goto(`${origin}/demo/${page}`);
      }
      await tab.waitForTimeout(500);
      if (act) await act(tab);
      await tab.waitForTimeout(300);
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (width === 360) await tab.screenshot({ path: `docs/screenshots/phone-${name}.png` });
      console.log(
        `${name} at ${width}px: ${overflow > 0 ? `HORIZONTAL OVERFLOW ${overflow}px` : 'no horizontal scroll'}`,
      );
      await context.close();
    }
  }

  const plan = async (tab, host = 'report-help') => {
    await tab
      .locator(host)
      .getByLabel(/threatening to share sexual images/)
      .check();
    await tab.locator(host).getByLabel('Me, and I am under 18').check();
    await tab.locator(host).getByRole('button', { name: 'Show my plan' }).click();
  };

  await shot('teen-panel', {
    html: '<warning-signs region="US" audience="teen"></warning-signs><report-help region="US" variant="button"></report-help>',
  });
  await shot('sextortion-plan', {
    html: '<report-help region="US"></report-help>',
    act: async (tab) => {
      await plan(tab);
      await tab.evaluate(() => window.scrollTo(0, 0));
    },
  });
  await shot('hotline-list', { html: '<hotline-list region="US"></hotline-list>' });
  await shot('dialog-last-step', {
    page: 'forum.html',
    act: async (tab) => {
      await tab
        .locator('report-help')
        .first()
        .getByRole('button', { name: /report/i })
        .first()
        .click();
      await plan(tab, 'report-help >> nth=0');
      for (let i = 0; i < 5; i += 1)
        await tab.locator('report-help').first().getByRole('button', { name: 'Next' }).click();
    },
  });
  // A light-only school theme (no color-scheme declared) seen on a phone in dark mode: the panels stay light.
  await shot('light-host-dark-device', {
    colorScheme: 'dark',
    html: `<style>body { margin: 0; padding: 1rem; background: #fdf6e3; color: #222;
      font-family: Georgia, serif; } h1 { color: #0a4d2e; }</style>
      <h1>Lakeside Middle School</h1>
      <warning-signs region="US" audience="teen"></warning-signs>`,
  });
});
