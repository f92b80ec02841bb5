// The timing promises the tests no longer make (issue 20): the tests assert what happens and in what order; how
// fast is measured here, on the built bundle in Chromium, and printed beside its budget.
// - A site's manifest that never answers: the built-in help shows after the one-second grace.
// - A hostile or huge site manifest (a 1 MB word, 100,000 resources, 20,000 valid ones): a Shift press still
//   reaches the quick exit quickly.
// - In Node: a 1 MB word refused, and 20,000 broken resources listed (the first 100, then a count).
// Run after `npm run build`: node bench/responsive.mjs (also part of `npm run bench`).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../scripts/browser.mjs';
import { parseManifest, parseManifestInSteps } from '../dist/manifest/schema.js';

const BUDGETS = {
  /**
   * Built-in help on screen while the site's manifest hangs, from the element's sp-loadstart, in ms: the one 2 s
   * grace of issue 18 ("within about 2 s of a file failing or hanging, the panel shows what it has"), which
   * replaced the 1 s one this budget (1,600) was set for, and 600 ms to show it.
   */
  grace: 2_600,
  /** A Shift press to the quick exit answering it, while a huge manifest is checked, in ms. */
  shift: 2_000,
  /** A 1 MB word refused (Node), in ms. */
  longWord: 500,
  /** 20,000 broken resources checked and listed (Node), in ms. */
  broken: 10_000,
};

const resource = (i, extra = {}) => ({
  id: `service-${i}`,
  kind: 'helpline',
  name: `Service ${i}`,
  description: 'For the bench.',
  regions: ['US'],
  audiences: ['teen'],
  topics: ['youth-support'],
  channels: [{ type: 'web', url: `https://service-${i}.example` }],
  ...extra,
});
const manifest = (resources) => JSON.stringify({ version: 1, extends: 'default', resources });
const MANIFESTS = {
  'a 1 MB unbroken word': manifest([resource(1, { description: 'w'.repeat(1024 * 1024) })]),
  '100,000 resources': manifest(Array.from({ length: 100_000 }, (_, i) => resource(i))),
  '20,000 valid resources': manifest(Array.from({ length: 20_000 }, (_, i) => resource(i))),
};

const page = (body) =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>bench</title></head><body>${body}<script type="module" src="/dist/safety-panels.js"></script></body></html>`;

const lines = [];
let over = false;
function report(label, ms, budget) {
  const ok = ms <= budget;
  if (!ok) over = true;
  lines.push(
    `  ${label.padEnd(52)} ${`${ms.toFixed(1)} ms`.padStart(10)}  (budget ${budget} ms: ${ok ? 'ok' : 'OVER'})`,
  );
}

// In Node: the checks alone.
{
  let start = performance.now();
  parseManifest({ version: 1, resources: [resource(0, { id: 'x'.repeat(1024 * 1024) })] });
  report('a 1 MB word refused (node)', performance.now() - start, BUDGETS.longWord);
  const broken = Array.from({ length: 20_000 }, (_, i) => ({ id: `Bad ${i}`, kind: 'nope' }));
  start = performance.now();
  await parseManifestInSteps({ version: 1, extends: 'default', resources: broken });
  report('20,000 broken resources listed (node)', performance.now() - start, BUDGETS.broken);
}

// In Chromium: a loopback server on a free port with the bundle, the pages and the manifests.
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://127.0.0.1').pathname;
  if (path === '/hang.json') return; // never answers
  const big = /^\/big-(\d)\.json$/.exec(path);
  if (big) return response.end(Object.values(MANIFESTS)[Number(big[1])]);
  if (path === '/hang.html')
    return response.end(page('<hotline-list region="US" manifest="/hang.json"></hotline-list>'));
  const bigPage = /^\/big-(\d)\.html$/.exec(path);
  if (bigPage)
    return response.end(
      page(
        `<report-help region="US"></report-help><hotline-list region="US" manifest="/big-${bigPage[1]}.json"></hotline-list>`,
      ),
    );
  try {
    if (!/^\/dist\/[\w/.-]+\.js$/.test(path) || path.includes('..')) throw new Error(path);
    const file = await readFile(new URL(`..${path}`, import.meta.url));
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(file);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
try {
  {
    const tab = await browser.newPage();
    await tab.addInitScript(() => {
      document.addEventListener('sp-loadstart', () => (window.benchStart = performance.now()));
    });
    await tab.goto(`${origin}/hang.html`);
    await tab.locator('hotline-list [part~="item"]').first().waitFor({ timeout: 60_000 });
    const ms = await tab.evaluate(() => performance.now() - window.benchStart);
    report('built-in help while the site’s manifest hangs', ms, BUDGETS.grace);
    await tab.close();
  }
  for (const [index, what] of Object.keys(MANIFESTS).entries()) {
    const tab = await browser.newPage();
    await tab.addInitScript(() => {
      document.addEventListener('sp-loadstart', () => (window.benchLoading = true));
    });
    await tab.goto(`${origin}/big-${index}.html`);
    await tab.waitForFunction(() => window.benchLoading, null, { timeout: 60_000 });
    await tab.waitForTimeout(50);
    const start = performance.now();
    await tab.keyboard.press('Shift');
    await tab.waitForFunction(
      () =>
        document.querySelector('sp-quick-exit')?.shadowRoot?.querySelectorAll('.light.on')
          .length === 1,
      null,
      { timeout: 60_000, polling: 10 },
    );
    report(`Shift to the quick exit with ${what}`, performance.now() - start, BUDGETS.shift);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log('\nResponsiveness (one run each, on the built bundle; bench/responsive.mjs):');
for (const line of lines) console.log(line);
if (over) {
  console.error('\nA responsiveness figure is over its budget.');
  process.exitCode = 1;
}
