// Screenshots of a French Canadian page and a right-to-left page at 360 px (issue 9), after `npm run build`:
// docs/screenshots/lang-fr-ca-*.png and lang-rtl-*.png. The right-to-left words come from a site manifest, as a
// site would supply a language the elements do not carry.
import { mkdirSync } from 'node:fs';
import { withServedBrowser } from './browser.mjs';

mkdirSync('docs/screenshots', { recursive: true });

const page = (
  lang,
  dir,
  body,
) => `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" src="/dist/safety-panels.js"></script></head><body>${body}</body></html>`;

const arabicSite = {
  version: 1,
  extends: 'default',
  locales: ['ar', 'en'],
  strings: {
    ar: {
      'hotline.heading': 'احصل على المساعدة الآن',
      'count.one': 'خدمة واحدة معروضة',
      'count.other': '{count} خدمات معروضة',
    },
  },
  resources: [
    {
      id: 'school-counsellor',
      kind: 'local',
      name: { ar: 'مرشدة المدرسة', en: 'School counsellor' },
      description: { ar: 'تحدث معي في الغرفة 12. لن تكون في مشكلة.', en: 'Talk to me in room 12.' },
      regions: ['US'],
      audiences: ['teen'],
      topics: ['youth-support'],
      channels: [{ type: 'email', address: 'counsellor@school.example' }],
    },
  ],
};

await withServedBrowser(8127, async (browser, origin) => {
  async function shot(name, html, act) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    await tab.route(`${origin}/demo/__lang.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    await tab.route(`${origin}/demo/__arabic.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(arabicSite) }),
    );
    await tab.goto(`${origin}/demo/__lang.html`);
    await tab.waitForTimeout(800);
    if (act) await act(tab);
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
    await context.close();
  }

  await shot(
    'lang-fr-ca-hotline-list',
    page('fr-CA', 'ltr', '<hotline-list region="CA"></hotline-list>'),
  );
  await shot(
    'lang-fr-ca-report-support',
    page('fr-CA', 'ltr', '<report-help region="CA"></report-help>'),
    async (tab) => {
      const flow = tab.locator('report-help');
      await flow.locator('input[type=radio]').first().check();
      await flow.locator('input[name$="-age"]').first().check();
      for (let i = 0; i < 6; i += 1) await flow.locator('[part="nav"] .primary').click();
      await tab.evaluate(() => window.scrollTo(0, 0));
    },
  );
  await shot(
    'lang-rtl-hotline-list',
    page('ar', 'rtl', '<hotline-list region="US" manifest="/demo/__arabic.json"></hotline-list>'),
  );
});
