// Screenshots of elements drawn by `safety-panels render`, with scripts on (taken over) and off, at 360 and
// 1280 px: `node scripts/screenshot-prerender.mjs [out-dir]` after `npm run build`. Prints the layout shift seen.
import { mkdirSync } from 'node:fs';
import { serveDist } from '../tests/node/dist-server.mjs';
import {
  listen,
  prerenderedPage,
  renderCli,
  waitForTakeOver,
} from '../tests/node/prerender-page.mjs';
import { launchChromium } from './browser.mjs';

const out = process.argv[2] ?? 'screenshots/prerender';
mkdirSync(out, { recursive: true });
const cases = {
  'hotline-list': ['hotline-list', '--region', 'US', '--lang', 'en'],
  'report-help': ['report-help', '--region', 'US', '--exit-url', '/away'],
  'report-help-sextortion': ['report-help', '--region', 'US', '--situation', 'sextortion'],
  'warning-signs': ['warning-signs', '--region', 'GB', '--audience', 'teen'],
};
const pages = {};
for (const [name, args] of Object.entries(cases)) {
  const element = renderCli(...args);
  pages[`/${name}.html`] = prerenderedPage(element);
  pages[`/${name}-off.html`] = prerenderedPage(element, { script: false });
}
const server = await serveDist(pages);
const browser = await launchChromium();
try {
  for (const [name, [tag]] of Object.entries(cases))
    for (const width of [360, 1280])
      for (const scripts of [false, true]) {
        const context = await browser.newContext({
          javaScriptEnabled: scripts,
          viewport: { width, height: width === 360 ? 740 : 900 },
        });
        const tab = await context.newPage();
        const said = listen(tab);
        await tab.goto(`${server.origin}/${name}${scripts ? '' : '-off'}.html`, {
          waitUntil: 'load',
        });
        let shift = '';
        if (scripts) {
          await waitForTakeOver(tab, tag);
          shift = ` shift ${await tab.evaluate(() => window.__shift)}`;
        }
        const file = `${out}/${name}-${width}-${scripts ? 'js' : 'nojs'}.png`;
        await tab.screenshot({ path: file });
        console.log(`${file}${shift}${said.length ? ` console: ${said.join(' | ')}` : ''}`);
        await context.close();
      }
} finally {
  await browser.close();
  await server.close();
}
