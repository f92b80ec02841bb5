// Where the time of the bench's long list goes: builds an unminified copy of safety-panels.js (bench/out/prof/),
// opens the bench's 10,000-resource page in Chromium with the CPU profiler on, and prints the functions with the
// most self time between the element's sp-load and its first list laid out, and (FILTER=1) over the filter
// changes. Not a timed figure: profiling slows everything down; use it to see where, then `npm run bench`.
// Usage, after `npm run build`: node bench/profile.mjs [throttle]
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { withServedBrowser } from '../scripts/browser.mjs';
import * as vocabulary from '../dist/manifest/vocabulary.js';
import { generateManifest } from './generate.mjs';
import { FILTER_CHANGES, timeFilterChanges } from './filter-changes.mjs';

const throttle = Number(process.argv[2]) || 1;
const out = 'bench/out/prof';
mkdirSync(out, { recursive: true });
{
  const [config] = configs;
  const bundle = await rollup({ ...config, onwarn: () => {} });
  await bundle.write({ dir: out, format: 'es', entryFileNames: 'safety-panels.js' });
  await bundle.close();
  cpSync('dist/safety-panels-site.js', `${out}/safety-panels-site.js`);
}
writeFileSync('bench/out/big-manifest.json', JSON.stringify(generateManifest(10_000, vocabulary)));
writeFileSync(
  `${out}/big.html`,
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <script type="module">
    const marks = (window.benchMarks = {});
    document.addEventListener('sp-load', async (event) => {
      const el = event.target;
      console.profile('first-list');
      marks.load = performance.now();
      await el.updateComplete;
      el.shadowRoot.querySelector('.list').getBoundingClientRect();
      marks.list = performance.now();
      console.profileEnd('first-list');
    });
  </script>
  <script type="module" src="safety-panels.js"></script></head>
  <body><hotline-list region="US" manifest="/bench/out/big-manifest.json"></hotline-list></body></html>`,
);

writeFileSync(
  `${out}/panel.html`,
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <script>
    (function watch() {
      requestAnimationFrame(() => {
        if (document.querySelector('hotline-list')?.shadowRoot?.querySelector('.list'))
          requestAnimationFrame((time) => (window.listPainted = time));
        else watch();
      });
    })();
  </script>
  <script type="module" src="safety-panels.js"></script></head>
  <body><hotline-list region="US"></hotline-list></body></html>`,
);

function summarise(profile, label, ms) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  // Inclusive time per function (each counted once per sample however deep it recurs).
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  profile.samples.forEach((id, index) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber, columnNumber } = byId.get(at).callFrame;
      if (!url.includes('safety-panels')) continue;
      const key = `${functionName || '(anonymous)'} :${lineNumber + 1}:${columnNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
    }
  });
  if (process.env.INCLUSIVE)
    for (const [key, value] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  incl ${value.toFixed(1).padStart(7)} ms  ${key}`);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${label}: ${ms.toFixed(1)} ms measured, ${total.toFixed(1)} ms sampled`);
  for (const [key, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${value.toFixed(1).padStart(7)} ms  ${key}`);
}

await withServedBrowser(8125, async (browser, origin) => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles = [];
  cdp.on('Profiler.consoleProfileFinished', ({ profile, title }) =>
    profiles.push({ profile, title }),
  );
  if (process.env.PANEL) {
    // The page with no site manifest, from navigation to the list painted (the bench's first content).
    await cdp.send('Profiler.start');
    await tab.goto(`${origin}/${out}/panel.html`);
    const painted = await tab.waitForFunction(() => window.listPainted).then((h) => h.jsonValue());
    const { profile } = await cdp.send('Profiler.stop');
    const urls = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const url =
        byId.get(id).callFrame.url.split('/').pop() || byId.get(id).callFrame.functionName;
      urls.set(url, (urls.get(url) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
    });
    summarise(profile, 'panel page to list painted', painted);
    console.log(
      '  by file:',
      [...urls]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([u, v]) => `${u} ${v.toFixed(1)}`)
        .join(', '),
    );
    await context.close();
    return;
  }
  await tab.goto(`${origin}/${out}/big.html`);
  const marks = await tab
    .waitForFunction(() => window.benchMarks?.list && window.benchMarks, undefined, {
      timeout: 60_000,
    })
    .then((h) => h.jsonValue());
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const { profile, title } of profiles) summarise(profile, title, marks.list - marks.load);
  if (process.env.FILTER) {
    const result = await tab.evaluate(timeFilterChanges, {
      changes: FILTER_CHANGES,
      profile: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    profiles
      .slice(1)
      .forEach(({ profile, title }, index) => summarise(profile, title, result[index]));
  }
  await context.close();
});
