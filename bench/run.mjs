// Prints what real pages load (bench/size.mjs), then how a generated 10,000-resource site manifest does in Chromium:
// validated and merged, its first list rendered, a filter change, the nodes in the panel, and the first panel
// content against a static page of the same content. Each figure is printed beside its budget; exit 1 when any
// is over; then bench/responsive.mjs (the grace, the quick exit under a huge manifest). Run after `npm run build`:
// npm run bench
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { withServedBrowser } from '../scripts/browser.mjs';
import { build } from 'esbuild';
import { MAX_FILE_BYTES, parseManifest } from '../dist/manifest/schema.js';
import { mergeManifest } from '../dist/manifest/merge.js';
import { defaultManifest } from '../dist/manifest/default-manifest.js';
import { selectResources } from '../dist/manifest/select.js';
import * as vocabulary from '../dist/manifest/vocabulary.js';
import { generateManifest } from './generate.mjs';
import { FILTER_CHANGES, timeFilterChanges } from './filter-changes.mjs';
import { measureSizes } from './size.mjs';
import { measureButtonPress } from './button-press.mjs';
import { listWatch, message } from './page-message.mjs';

/** The budgets of issue 21 ("Pay only for what is on screen"), which keeps issue 9's for the long list. */
const BUDGETS = {
  /** A 10,000-resource site manifest validated and merged, in ms (these five unthrottled). */
  validate: 400,
  /** The same, from the element's view: sp-loadstart (fetch, JSON, validate, merge) to its first list laid out, in ms. */
  whole: 1_000,
  /** Its first list rendered after that, in ms. */
  firstList: 50,
  /** A filter change, in ms: one frame. */
  filter: 16,
  /** DOM nodes in the panel, however long the manifest's list (it pages by 10). */
  nodes: 3_000,
  /** First panel content over a static page of the same content, CPU throttled 4× (unthrottled: printed). */
  ratio: 1.3,
};
const RESOURCES = 10_000;
/** Cold pages per figure and variant. */
const RUNS = Number(process.env.BENCH_RUNS) || 5;
const THROTTLE = 4;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Sizes: what real pages load, file by file (bench/size.mjs).
const over = await measureSizes();
console.log('');

// A generated site manifest: varied, realistic resources across 33 countries (bench/generate.mjs).
const big = generateManifest(RESOURCES, vocabulary);
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/big-manifest.json', JSON.stringify(big));
const bigBytes = statSync('bench/out/big-manifest.json').size;
console.log(`\ngenerated manifest: ${RESOURCES} varied resources in 33 countries, ${kb(bigBytes)}`);
if (bigBytes > MAX_FILE_BYTES) throw new Error('the generated manifest is over the file limit');

const validateTimes = [];
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  const result = parseManifest(big);
  if (!result.ok) throw new Error(`generated manifest is invalid: ${result.issues[0].path}`);
  mergeManifest(result.manifest, defaultManifest);
  validateTimes.push(performance.now() - start);
}
const filterTimes = [];
let shown = 0;
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  shown = selectResources(big.resources, {
    region: 'US',
    audience: 'teen',
    topics: ['sextortion'],
  }).length;
  filterTimes.push(performance.now() - start);
}
console.log(
  `  validate + merge (node)     median ${median(validateTimes).toFixed(1)} ms of ${RUNS}`,
);
console.log(
  `  select for US (node)        median ${median(filterTimes).toFixed(2)} ms of ${RUNS} (${shown} shown)`,
);

// The pages. The validator as the loader runs it (parseManifestInSteps, then mergeManifest), bundled for the page.
await build({
  stdin: {
    contents: `export { parseManifestInSteps } from './src/manifest/schema.ts';
      export { mergeManifest } from './src/manifest/merge.ts';
      export { defaultManifest } from './src/manifest/default-manifest.ts';`,
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: 'bench/out/pipeline.js',
  logLevel: 'error',
});
const page = (body, head = '') => `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <title>safety-panels bench</title>
    <link rel="icon" href="data:," />${head}
  </head>
  <body>${body}</body>
</html>
`;
const bundle = '\n    <script type="module" src="/dist/safety-panels.js"></script>';
writeFileSync(
  'bench/out/panel.html',
  page('<hotline-list region="US"></hotline-list>', listWatch + bundle),
);
writeFileSync(
  'bench/out/validate.html',
  page(`<script type="module">
    import { parseManifestInSteps, mergeManifest, defaultManifest } from '/bench/out/pipeline.js';
    const text = await (await fetch('/bench/out/big-manifest.json')).text();
    const json = JSON.parse(text);
    const start = performance.now();
    const parsed = await parseManifestInSteps(json);
    if (!parsed.ok) throw new Error('invalid');
    mergeManifest(parsed.manifest, defaultManifest);
    console.log('bench:validate ' + (performance.now() - start));
  </script>`),
);
// Times the element's own path: sp-loadstart (fetch, JSON, validate, merge) to sp-load, then the first list: the
// first frame with the list in it (after sp-load the panel may still wait for its country's built-in file).
writeFileSync(
  'bench/out/big.html',
  page(
    '<hotline-list region="US" manifest="/bench/out/big-manifest.json"></hotline-list>',
    `
    <script type="module">
      const marks = {};
      document.addEventListener('sp-loadstart', () => (marks.loadstart = performance.now()));
      document.addEventListener('sp-load', async (event) => {
        const el = event.target;
        marks.load = performance.now();
        while (true) {
          await el.updateComplete;
          const list = el.shadowRoot.querySelector('.list');
          if (list) {
            list.getBoundingClientRect();
            break;
          }
          await new Promise(requestAnimationFrame);
        }
        marks.list = performance.now();
        console.log('bench:marks ' + JSON.stringify(marks));
      });
    </script>${bundle}`,
  ),
);

/** A new browser context (no cache, nothing compiled), optionally CPU-throttled through CDP. */
async function coldPage(browser, throttle) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return { tab, close: () => context.close() };
}

/** Asked once the list is painted (the figure is taken by then), so the polling cannot slow the page down. */
const firstPaint = (tab) =>
  tab
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)
    .then((handle) => handle.jsonValue());

const lines = [];
let timingOver = false;
/** One figure beside its budget; `budget` undefined: printed, not budgeted. */
function report(label, value, budget, unit, runs) {
  const ok = budget === undefined || value <= budget;
  if (!ok) timingOver = true;
  const shownValue = unit === '×' ? value.toFixed(2) : value.toFixed(unit === 'nodes' ? 0 : 1);
  const verdict =
    budget === undefined ? 'no budget' : `budget ${budget} ${unit}: ${ok ? 'ok' : 'OVER'}`;
  lines.push(`  ${label.padEnd(44)} ${`${shownValue} ${unit}`.padStart(12)}  (${verdict})${runs}`);
}

await withServedBrowser(8124, async (browser, origin) => {
  // The static baseline: the panel as the element renders it, written out as a page with no script (a declarative
  // shadow root with the same styles), so both draw the same content.
  {
    const { tab, close } = await coldPage(browser, 1);
    await tab.goto(`${origin}/bench/out/panel.html`);
    const { css, markup } = await tab.evaluate(async () => {
      const el = document.querySelector('hotline-list');
      await customElements.whenDefined('hotline-list');
      await el.updateComplete;
      const root = el.shadowRoot;
      return {
        css: root.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('\n'),
        markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''),
      };
    });
    await close();
    writeFileSync(
      'bench/out/static.html',
      page(
        `<hotline-list region="US"><template shadowrootmode="open"><style>${css}</style>${markup}</template></hotline-list>`,
        listWatch,
      ),
    );
  }

  for (const throttle of [1, THROTTLE]) {
    const times = {
      static: [],
      panel: [],
      staticPaint: [],
      panelPaint: [],
      validate: [],
      firstList: [],
      load: [],
      whole: [],
      filter: [],
    };
    let nodes = 0;
    let cards = 0;
    // Interleaved: each run opens the static page, the panel, the validator and the long list, each cold.
    for (let run = 0; run < RUNS; run += 1) {
      for (const which of ['static', 'panel']) {
        const { tab, close } = await coldPage(browser, throttle);
        const painted = message(tab, 'list');
        await tab.goto(`${origin}/bench/out/${which}.html`);
        times[which].push(await painted);
        times[`${which}Paint`].push(await firstPaint(tab));
        await close();
      }
      {
        const { tab, close } = await coldPage(browser, throttle);
        const result = message(tab, 'validate');
        await tab.goto(`${origin}/bench/out/validate.html`);
        times.validate.push(await result);
        await close();
      }
      {
        const { tab, close } = await coldPage(browser, throttle);
        const reported = message(tab, 'marks');
        await tab.goto(`${origin}/bench/out/big.html`);
        const marks = await reported;
        times.firstList.push(marks.list - marks.load);
        times.load.push(marks.load - marks.loadstart);
        times.whole.push(marks.list - marks.loadstart);
        const counted = await tab.evaluate(() => {
          const root = document.querySelector('hotline-list').shadowRoot;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
          let nodes = 0;
          while (walker.nextNode()) nodes += 1;
          return { nodes, cards: root.querySelectorAll('.item').length };
        });
        const filter = await tab.evaluate(timeFilterChanges, {
          changes: FILTER_CHANGES,
          profile: false,
        });
        nodes = Math.max(nodes, counted.nodes);
        cards = counted.cards;
        times.filter.push(median(filter));
        await close();
      }
    }
    const runs = ` median of ${RUNS} cold pages`;
    // The long list's budgets hold unthrottled (throttled, printed); the page against the static one, throttled.
    const budget = (name) => ((name === 'ratio') === throttle > 1 ? BUDGETS[name] : undefined);
    lines.push(
      `\n${throttle === 1 ? 'No throttling' : `CPU throttled ${throttle}× (CDP Emulation.setCPUThrottlingRate)`}:`,
    );
    report(
      'validate + merge, 10,000 resources',
      median(times.validate),
      budget('validate'),
      'ms',
      runs,
    );
    report(
      "the element's view: fetch … first list",
      median(times.whole),
      budget('whole'),
      'ms',
      runs,
    );
    lines.push(
      `  ${'  (of which fetch, JSON, validate, merge)'.padEnd(44)} ${`${median(times.load).toFixed(1)} ms`.padStart(12)}  (sp-loadstart to sp-load)`,
    );
    report(
      'first list rendered after that',
      median(times.firstList),
      budget('firstList'),
      'ms',
      runs,
    );
    report(
      'filter change',
      median(times.filter),
      budget('filter'),
      'ms',
      `${runs}, each the median of 8 changes`,
    );
    report(`nodes in the panel (${cards} cards)`, nodes, BUDGETS.nodes, 'nodes', ', the most seen');
    const ratio = median(times.panel) / median(times.static);
    report('first panel content / static page', ratio, budget('ratio'), '×', '');
    lines.push(
      `  ${'  (the list painted)'.padEnd(44)} panel ${median(times.panel).toFixed(0)} ms, static ${median(times.static).toFixed(0)} ms,${runs} each`,
    );
    lines.push(
      `  ${'  (first contentful paint, no budget)'.padEnd(44)} panel ${median(times.panelPaint).toFixed(0)} ms, static ${median(times.staticPaint).toFixed(0)} ms`,
    );
  }
});

console.log(`
In Chromium (${process.env.CHROME_PATH || '/usr/bin/chromium'}), every page cold (a new browser context: no cache,
nothing compiled), the static page and the panel interleaved run by run; medians of ${RUNS}. Validate + merge:
parseManifestInSteps and mergeManifest on the parsed file (JSON.parse not counted). First list: from the element's
sp-load to its list laid out (its country's file, if still on its way, included). The element's view:
sp-loadstart to that list. Filter change: select changed to list laid out (a country not loaded yet waits for
its file). First panel content: the first frame after the list of services is in a page with
<hotline-list region="US"> (after its country's file, regions/US.js), against the same content as static HTML (a
declarative shadow root), the same rAF watcher in both. Budgets: the long list's unthrottled (its throttled
figures printed); the panel against the static page throttled 4× (its unthrottled ratio printed). Load average of this machine at the end: ${os
  .loadavg()
  .map((value) => value.toFixed(1))
  .join(', ')} on ${os.cpus().length} cores.`);
for (const line of lines) console.log(line);

if (over || timingOver) {
  console.error('\nA bundle, a rendered list or a timing is over its budget.');
  process.exitCode = 1;
}

// The forum button (issue 21, item 1): from a press to the dialog's first question.
if (await measureButtonPress()) process.exitCode = 1;

// The timing promises that tests do not make (issue 20): grace, quick exit under a huge manifest, long checks.
await import('./responsive.mjs');
await import('./prerender.mjs');
