// The forum button of issue 21, item 1 ("The button costs almost nothing until pressed"): a page of twenty
// `<report-help variant="button">` on the per-element script (dist/report-help.js), the script loaded before any
// press; then from a press to the dialog showing its first question, and what the press loads. Printed beside the
// budget; `npm run bench` runs it (bench/run.mjs), or alone with `node bench/button-press.mjs` after `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { withServedBrowser } from '../scripts/browser.mjs';

/** From the press to the dialog's first question, in ms. */
const BUDGET = 500;
const RUNS = Number(process.env.BENCH_RUNS) || 5;

/** Twenty posts, each with its report button; the same page as bench/size.mjs measures for bytes. */
export const TWENTY_BUTTONS = Array.from(
  { length: 20 },
  (_, index) =>
    `<article><p>Post ${index + 1}</p>` +
    `<report-help variant="button" region="US" context="this post"></report-help></article>`,
).join('');

const page = `<!doctype html>
<html lang="en-US">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>forum</title></head>
  <body>${TWENTY_BUTTONS}<script type="module" src="/dist/report-help.js"></script></body>
</html>
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gz = (path) =>
  gzipSync(readFileSync(new URL(`..${path}`, import.meta.url)), { level: 9 }).length;

/**
 * In the page: a promise of the time from the next press of the fourth button (its click event) to the first frame
 * with the first question in an open dialog, watched frame by frame.
 */
function watchPress() {
  const host = document.querySelectorAll('report-help')[3];
  window.benchPress = new Promise((resolve) => {
    document.addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        (function watch() {
          requestAnimationFrame((time) => {
            if (host.shadowRoot?.querySelector('dialog[open] input[type="radio"]'))
              resolve(time - start);
            else watch();
          });
        })();
      },
      { capture: true, once: true },
    );
  });
}

/** One cold page (a new context: no cache, nothing compiled): the press's time and the files it asked for. */
async function pressOnce(browser, origin, how) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const asked = [];
  tab.on('request', (request) => asked.push(new URL(request.url()).pathname));
  try {
    await tab.goto(`${origin}/bench/out/forum.html`);
    await tab.waitForLoadState('networkidle');
    const before = asked.length;
    await tab.evaluate(watchPress);
    if (how === 'mouse')
      await tab.locator('report-help').nth(3).getByRole('button').first().click();
    // A click with no pointer over the button first: nothing has started loading before the press.
    else
      await tab.evaluate(() =>
        document
          .querySelectorAll('report-help')[3]
          .querySelector('[data-sp-stand-in]')
          .shadowRoot.querySelector('button')
          .click(),
      );
    const ms = await tab.evaluate(() => window.benchPress);
    await tab.waitForLoadState('networkidle');
    return { ms, pressed: asked.slice(before) };
  } finally {
    await context.close();
  }
}

/** Prints the figures beside the budget; returns whether the press is over it. */
export async function measureButtonPress() {
  mkdirSync(new URL('out/', import.meta.url), { recursive: true });
  writeFileSync(new URL('out/forum.html', import.meta.url), page);
  return withServedBrowser(8125, async (browser, origin) => {
    const times = { click: [], mouse: [] };
    let pressed = [];
    for (let run = 0; run < RUNS; run += 1)
      for (const how of ['click', 'mouse']) {
        const result = await pressOnce(browser, origin, how);
        times[how].push(result.ms);
        pressed = result.pressed;
      }
    const ms = median(times.click);
    const over = ms > BUDGET;
    const bytes = pressed.reduce((sum, path) => sum + gz(path), 0);
    console.log(`
The forum button (issue 21): a page of twenty <report-help variant="button"> on dist/report-help.js, script loaded
(network idle) before the press; each page cold (a new browser context), medians of ${RUNS}. From the press (the
click event's time) to the first frame with the first question in the open dialog.
  press to first question, nothing loaded before  ${`${ms.toFixed(0)} ms`.padStart(8)}  (budget ${BUDGET} ms: ${over ? 'OVER' : 'ok'})
  the same, pointer moved over the button first   ${`${median(times.mouse).toFixed(0)} ms`.padStart(8)}  (no budget: loading starts on hover)
  what the first press loads: ${(bytes / 1024).toFixed(1)} KB gzip -9 in ${pressed.length} files (no budget)`);
    for (const path of pressed)
      console.log(`      ${path.padEnd(40)} ${`${(gz(path) / 1024).toFixed(1)} KB`.padStart(9)}`);
    return over;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (await measureButtonPress()) process.exitCode = 1;
}
